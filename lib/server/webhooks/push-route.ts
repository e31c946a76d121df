import "server-only";
// Every inbound push endpoint: size-limited raw body → format adapter (signature on raw bytes, parse) →
// ingestion → the sender's expected answer, sent only after the commit. Bad input never yields a 5xx.
import { CarrierNotConfiguredError, PushError, type PushRequest } from "@/lib/carriers/push-errors";
import type { ParsedShipmentUpdate } from "@/lib/carriers/types";
import { systemCtx } from "@/lib/server/auth/context";
import { HttpError, readBodyLimited } from "@/lib/server/http";
import { log } from "@/lib/server/log";
import { ingestShipmentUpdates, type IngestOutcome } from "@/lib/server/services/tracking/ingest-shipment-updates";

export interface ParsedPush {
  updates: ParsedShipmentUpdate[];
  unknownStatusCodes: string[];
  /** Runs after ingestion (e.g. remember a Kuaidi100 subscription that must be renewed). */
  afterIngest?: (outcomes: IngestOutcome[]) => Promise<void>;
  answer?: unknown;
}

export interface PushFormat {
  source: string;
  parse(request: PushRequest, now: Date): ParsedPush | Promise<ParsedPush>;
  /** The body the sender expects on success. */
  success(parsed: ParsedPush, outcomes: IngestOutcome[], now: Date): unknown;
  /** The body the sender expects on failure (it will retry on non-2xx). */
  failure(message: string, now: Date): unknown;
}

const jsonResponse = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json; charset=utf-8" } });

export function pushRoute(format: PushFormat) {
  return async (req: Request): Promise<Response> => {
    const requestId = req.headers.get("x-request-id") ?? crypto.randomUUID();
    const now = new Date();
    const reject = (status: number, reason: string) => {
      log("warn", "push rejected", { requestId, source: format.source, status, reason });
      return jsonResponse(status, format.failure(reason, now));
    };
    let parsed: ParsedPush;
    try {
      const body = await readBodyLimited(req);
      parsed = await format.parse({ body, headers: req.headers }, now);
    } catch (error) {
      if (error instanceof HttpError) return reject(error.status, error.message);
      if (error instanceof PushError) return reject(error.httpStatus, error.message);
      if (error instanceof CarrierNotConfiguredError) return reject(503, error.message);
      log("error", "push parse crashed", { requestId, source: format.source, error: String(error) });
      return reject(400, "Unreadable push");
    }
    try {
      const outcomes = await ingestShipmentUpdates({ ctx: systemCtx(`push:${format.source}`, requestId), input: { source: format.source, updates: parsed.updates, unknownCodes: parsed.unknownStatusCodes } });
      await parsed.afterIngest?.(outcomes);
      const unmatched = outcomes.some((o) => !o.matched);
      log("info", "push stored", { requestId, source: format.source, updates: outcomes.length, inserted: outcomes.reduce((n, o) => n + o.inserted, 0), unmatched });
      return jsonResponse(unmatched ? 202 : 200, format.success(parsed, outcomes, now));
    } catch (error) {
      // Nothing was acknowledged: the sender retries, and ingestion is idempotent.
      log("error", "push storage failed", { requestId, source: format.source, error: error instanceof Error ? error.message : String(error) });
      return jsonResponse(503, format.failure("Temporarily unavailable, retry later", now));
    }
  };
}
