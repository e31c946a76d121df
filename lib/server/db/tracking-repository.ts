import "server-only";
import type { Db } from "./client";

/** By tracking number first, then by platform order number. */
export async function findPublicTracking(db: Db, number: string) {
  const include = {
    parcels: {
      where: { state: "active" as const },
      orderBy: { createdAt: "asc" as const },
      include: { events: { orderBy: { occurredAt: "desc" as const }, take: 200 } },
    },
  };
  const parcel = await db.parcel.findFirst({ where: { trackingNumber: number, state: "active" }, select: { orderId: true } });
  if (parcel) return db.order.findUnique({ where: { id: parcel.orderId }, include });
  return db.order.findUnique({ where: { platformOrderNo: number }, include });
}

export function listParcelEvents(db: Db, orderId: string) {
  return db.parcel.findMany({
    where: { orderId },
    orderBy: [{ createdAt: "asc" }],
    include: { events: { orderBy: { occurredAt: "desc" }, take: 100 } },
  });
}

/**
 * A token that changes whenever anything an order page shows changes: the order, its parcels, a new checkpoint,
 * its history. Cheap (index lookups on one order), so pages can ask for it every second or two.
 */
export async function orderChangeToken(db: Db, orderId: string): Promise<string | null> {
  const rows = await db.$queryRawUnsafe<{ token: string | null }[]>(
    `SELECT concat_ws('|', o.status::text, o.updated_at::text,
       (SELECT max(p.updated_at)::text FROM parcels p WHERE p.order_id = o.id),
       (SELECT count(*)::text || ':' || coalesce(max(e.received_at)::text, '') FROM tracking_events e JOIN parcels p ON p.id = e.parcel_id WHERE p.order_id = o.id),
       (SELECT count(*)::text FROM order_status_history h WHERE h.order_id = o.id)) AS token
     FROM orders o WHERE o.id = $1::uuid`,
    orderId,
  );
  return rows[0]?.token ?? null;
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
  return rows[0].token;
}
