import "server-only";
// Change tokens for live pages: an opaque digest of the few columns that move whenever what a page shows moves.
// Cheap enough (index lookups) for an open page to ask every second or two; read from the shared database, so a
// change made through any instance shows.
import { createHash } from "node:crypto";
import type { Db } from "./client";

const digest = (state: string) => createHash("sha256").update(state).digest("base64url").slice(0, 16);

/** Changes with anything an order page shows: the order, its parcels, a new checkpoint, its history. */
export async function orderChangeToken(db: Db, orderId: string): Promise<string | null> {
  const rows = await db.$queryRawUnsafe<{ token: string | null }[]>(
    `SELECT concat_ws('|', o.status::text, o.updated_at::text,
       (SELECT max(p.updated_at)::text FROM parcels p WHERE p.order_id = o.id),
       (SELECT count(*)::text || ':' || coalesce(max(e.received_at)::text, '') FROM tracking_events e JOIN parcels p ON p.id = e.parcel_id WHERE p.order_id = o.id),
       (SELECT count(*)::text FROM order_status_history h WHERE h.order_id = o.id)) AS token
     FROM orders o WHERE o.id = $1::uuid`,
    orderId,
  );
  return rows[0]?.token == null ? null : digest(rows[0].token);
}

/**
 * A token that changes whenever the warehouse queue or its "recently shipped" list changes: an order enters or
 * leaves a ready-to-ship state (a void sends it back), or a waybill is bound. Index lookups only.
 */
export async function warehouseChangeToken(db: Db, readyStates: readonly string[]): Promise<string> {
  const rows = await db.$queryRawUnsafe<{ token: string }[]>(
    `SELECT concat_ws('|',
       (SELECT count(*)::text || ':' || coalesce(max(status_changed_at)::text, '') || ':' || coalesce(max(updated_at)::text, '')
          FROM orders WHERE status::text = ANY($1::text[])),
       (SELECT coalesce(max(created_at)::text, '') FROM parcels)) AS token`,
    [...readyStates],
  );
  return digest(rows[0].token);
}
