import "server-only";
// The one place that turns typed errors into HTTP responses, and the wrapper every route handler goes through:
// request id, client IP, authentication, body limits, JSON errors.
import { getServerSession } from "next-auth";
import { isRole } from "@/lib/domain/access/permissions";
import {
  ConflictError,
  DomainError,
  ForbiddenError,
  InvalidTransitionError,
  NotFoundError,
  RateLimitedError,
  UnauthenticatedError,
  ValidationError,
} from "@/lib/domain/errors";
import { CarrierApiError } from "@/lib/carriers/push-errors";
import { authenticateApiKey } from "@/lib/server/auth/authenticate-api-key";
import { authOptions } from "@/lib/server/auth/auth-options";
import type { Ctx } from "@/lib/server/auth/context";
import { clientIp } from "@/lib/server/auth/client-ip";
import { log } from "@/lib/server/log";

export const MAX_BODY_BYTES = 1024 * 1024;

export class HttpError extends Error {
  constructor(public readonly status: number, public readonly code: string, message: string) {
    super(message);
  }
}

type Auth = "required" | "public";
type Handler<P> = (req: Request, args: { ctx: Ctx; params: P }) => Promise<Response>;

export function route<P = Record<string, string>>(handler: Handler<P>, opts: { auth?: Auth } = {}) {
  return async (req: Request, context: { params: Promise<P> }): Promise<Response> => {
    const requestId = req.headers.get("x-request-id") ?? crypto.randomUUID();
    const started = performance.now();
    let response: Response;
    try {
      const ctx = await requestCtx(req, requestId);
      if ((opts.auth ?? "required") === "required" && ctx.actor.type === "anonymous") {
        throw new UnauthenticatedError("Send an API key as 'Authorization: Bearer <key>' or sign in");
      }
      response = await handler(req, { ctx, params: await context.params });
    } catch (error) {
      response = errorResponse(error, requestId);
    }
    response.headers.set("x-request-id", requestId);
    log(response.status >= 500 ? "error" : "info", "http", {
      requestId,
      method: req.method,
      path: new URL(req.url).pathname,
      status: response.status,
      ms: Math.round(performance.now() - started),
    });
    return response;
  };
}

async function requestCtx(req: Request, requestId: string): Promise<Ctx> {
  const ip = clientIp(req.headers);
  const authorization = req.headers.get("authorization");
  if (authorization) {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization);
    if (!match) throw new UnauthenticatedError("Authorization header must be 'Bearer <key>'");
    const actor = await authenticateApiKey(match[1]);
    if (!actor) throw new UnauthenticatedError("Unknown or revoked API key");
    return { actor, requestId, ip };
  }
  const session = await getServerSession(authOptions);
  const u = session?.user;
  if (u?.id && isRole(u.role)) return { actor: { type: "user", id: u.id, email: u.email ?? "", name: u.name ?? "", role: u.role }, requestId, ip };
  return { actor: { type: "anonymous" }, requestId, ip };
}

/** Reads a JSON body with a size limit; malformed JSON → 400, wrong type → 415, too large → 413. */
export async function readJson(req: Request): Promise<unknown> {
  const type = req.headers.get("content-type") ?? "";
  if (!/^application\/([\w.+-]+\+)?json\b/i.test(type)) throw new HttpError(415, "unsupported_media_type", "Send Content-Type: application/json");
  const text = new TextDecoder().decode(await readBodyLimited(req));
  if (!text.trim()) throw new HttpError(400, "malformed_json", "Request body is empty");
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new HttpError(400, "malformed_json", `Malformed JSON: ${(error as Error).message}`);
  }
}

export async function readBodyLimited(req: Request, limit = MAX_BODY_BYTES): Promise<Uint8Array> {
  const declared = Number(req.headers.get("content-length") ?? "0");
  if (declared > limit) throw new HttpError(413, "payload_too_large", `Body over ${limit} bytes`);
  if (!req.body) return new Uint8Array();
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      throw new HttpError(413, "payload_too_large", `Body over ${limit} bytes`);
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let offset = 0;
  for (const c of chunks) {
    out.set(c, offset);
    offset += c.byteLength;
  }
  return out;
}

export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json; charset=utf-8", ...headers } });
}

export function errorResponse(error: unknown, requestId: string): Response {
  const body = (status: number, code: string, message: string, extra: Record<string, unknown> = {}, headers: Record<string, string> = {}) =>
    json({ error: { code, message, requestId, ...extra } }, status, headers);
  if (error instanceof HttpError) return body(error.status, error.code, error.message);
  if (error instanceof ValidationError) return body(422, "validation_failed", error.message, { fieldErrors: error.fieldErrors });
  if (error instanceof UnauthenticatedError) return body(401, "unauthenticated", error.message, {}, { "www-authenticate": "Bearer" });
  if (error instanceof ForbiddenError) return body(403, "forbidden", error.message);
  if (error instanceof NotFoundError) return body(404, "not_found", error.message);
  if (error instanceof InvalidTransitionError) return body(409, "invalid_transition", error.message, { from: error.from, to: error.to, allowed: error.allowed });
  if (error instanceof ConflictError) return body(409, "conflict", error.message, error.details);
  if (error instanceof RateLimitedError) return body(429, "rate_limited", error.message, {}, { "retry-after": String(error.retryAfterSeconds) });
  if (error instanceof DomainError) return body(400, "bad_request", error.message);
  if (error instanceof CarrierApiError) {
    log("warn", "carrier API failed", { requestId, provider: error.provider, code: error.code });
    return body(502, "carrier_unavailable", `${error.provider} did not answer properly (${error.code}); try again`);
  }
  log("error", "unhandled error", { requestId, error: error instanceof Error ? `${error.name}: ${error.message}` : String(error), stack: error instanceof Error ? error.stack : undefined });
  return body(500, "internal_error", "Something went wrong on our side; quote the request id if you contact us");
}
