import "server-only";
import type { ParsedShipmentUpdate } from "@/lib/carriers/types";
import { systemCtx } from "@/lib/server/auth/context";
import { db } from "@/lib/server/db/client";
import { findBindableUnmatched, markUnmatchedBound } from "@/lib/server/db/ingestion-repository";
import { ingestShipmentUpdates } from "@/lib/server/services/tracking/ingest-shipment-updates";

/**
 * Replays kept pushes once their waybill exists, then marks them bound. Ingestion is idempotent, so two
 * instances replaying the same row, or a replay after a crash before the mark, store nothing twice.
 */
export async function bindUnmatchedPushes(limit = 50): Promise<number> {
  const rows = await findBindableUnmatched(db(), limit);
  for (const row of rows) {
    const stored = row.update as ParsedShipmentUpdate & { checkpoints: (Omit<ParsedShipmentUpdate["checkpoints"][number], "occurredAt"> & { occurredAt: string })[] };
    const update: ParsedShipmentUpdate = { ...stored, checkpoints: stored.checkpoints.map((c) => ({ ...c, occurredAt: new Date(c.occurredAt) })) };
    await ingestShipmentUpdates({ ctx: systemCtx("bind-unmatched"), input: { source: row.source, updates: [update] } });
    await markUnmatchedBound(db(), row.id);
  }
  return rows.length;
}
