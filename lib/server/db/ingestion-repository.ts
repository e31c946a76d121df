import "server-only";
// The push-ingestion hot path's reads and its side tables (unmatched inbox, unknown codes). Statements go
// straight to the driver (Prisma's raw-query layer adds ~1 ms per statement, which is most of the budget).
// The write itself is in ingestion-write-repository.ts.
import type { Db } from "./client";
import type { SqlExecutor } from "./migrations";

export interface ParcelForIngestion {
  id: string;
  carrier: string;
  status: string;
  subStatus: string | null;
  statusAt: Date | null;
  lastEventAt: Date | null;
  orderId: string;
  orderStatus: string;
  platformOrderNo: string;
  otherParcelsUndelivered: number;
}

export async function findParcelsForIngestion(sql: SqlExecutor, trackingNumber: string, carrier?: string): Promise<ParcelForIngestion[]> {
  const rows = await sql.query<Record<string, unknown>>(
    `SELECT p.id, p.carrier, p.status::text AS status, p.sub_status, p.status_at, p.last_event_at, p.order_id, o.status::text AS order_status,
       o.platform_order_no,
       (SELECT count(*)::int FROM parcels q WHERE q.order_id = p.order_id AND q.id <> p.id AND q.state = 'active' AND q.status <> 'delivered') AS others
     FROM parcels p JOIN orders o ON o.id = p.order_id
     WHERE p.tracking_number = $1 AND p.state = 'active' AND ($2::text IS NULL OR p.carrier = $2)`,
    [trackingNumber, carrier ?? null],
    "ingest-read",
  );
  return rows.map((r) => ({
    id: String(r.id),
    carrier: String(r.carrier),
    status: String(r.status),
    subStatus: (r.sub_status as string | null) ?? null,
    statusAt: r.status_at ? new Date(r.status_at as string) : null,
    lastEventAt: r.last_event_at ? new Date(r.last_event_at as string) : null,
    orderId: String(r.order_id),
    orderStatus: String(r.order_status),
    platformOrderNo: String(r.platform_order_no),
    otherParcelsUndelivered: Number(r.others),
  }));
}

export async function insertUnmatchedPush(db: Db, p: { source: string; carrier: string | null; trackingNumber: string; update: unknown; dedupeKey: string }) {
  await db.$executeRawUnsafe(
    `INSERT INTO unmatched_pushes (source, carrier, tracking_number, update, dedupe_key) VALUES ($1, $2, $3, $4::jsonb, $5) ON CONFLICT (dedupe_key) DO NOTHING`,
    p.source,
    p.carrier,
    p.trackingNumber,
    JSON.stringify(p.update),
    p.dedupeKey,
  );
}

export async function countUnknownCodes(db: Db, source: string, codes: string[]) {
  if (codes.length === 0) return;
  await db.$executeRawUnsafe(
    `INSERT INTO unknown_status_codes (source, code, count) SELECT $1, c, 1 FROM unnest($2::text[]) AS c
     ON CONFLICT (source, code) DO UPDATE SET count = unknown_status_codes.count + 1, last_seen = now()`,
    source,
    codes,
  );
}

/** For pushes that name only the order (Shiplane format): the order's most recent active parcel. */
export async function findTrackingNumberForOrder(db: Db, orderRef: string): Promise<{ trackingNumber: string; carrier: string } | null> {
  const rows = await db.$queryRawUnsafe<{ tracking_number: string; carrier: string }[]>(
    `SELECT p.tracking_number, p.carrier FROM parcels p JOIN orders o ON o.id = p.order_id
     WHERE p.state = 'active' AND (o.platform_order_no = upper($1) OR o.id::text = lower($1))
     ORDER BY p.created_at DESC LIMIT 1`,
    orderRef,
  );
  return rows[0] ? { trackingNumber: rows[0].tracking_number, carrier: rows[0].carrier } : null;
}

export function listUnmatched(db: Db, limit: number) {
  return db.unmatchedPush.findMany({ where: { boundAt: null }, orderBy: { receivedAt: "desc" }, take: limit });
}

export function listUnknownCodes(db: Db) {
  return db.unknownStatusCode.findMany({ orderBy: [{ count: "desc" }], take: 100 });
}

/** Unmatched pushes whose tracking number now belongs to an active parcel. */
export async function findBindableUnmatched(db: Db, limit: number) {
  return db.$queryRawUnsafe<{ id: string; source: string; update: unknown }[]>(
    `SELECT u.id, u.source, u.update FROM unmatched_pushes u
     WHERE u.bound_at IS NULL AND EXISTS (SELECT 1 FROM parcels p WHERE p.tracking_number = u.tracking_number AND p.state = 'active')
     ORDER BY u.received_at LIMIT $1`,
    limit,
  );
}

export async function markUnmatchedBound(db: Db, id: string) {
  await db.$executeRawUnsafe(
    `UPDATE unmatched_pushes u SET bound_at = now(),
       parcel_id = (SELECT p.id FROM parcels p WHERE p.tracking_number = u.tracking_number AND p.state = 'active' LIMIT 1)
     WHERE u.id = $1::uuid`,
    id,
  );
}
