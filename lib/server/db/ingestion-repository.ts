import "server-only";
// The push-ingestion hot path: one read and one write statement per parcel update, no interactive transaction,
// sent straight to the driver (Prisma's raw-query layer adds ~1 ms per statement, which is most of the budget).
// The write is a single data-modifying CTE: insert checkpoints (duplicates stopped by the unique key),
// compare-and-set the parcel's status, move the order, write its history and the outbox — atomically.
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

export interface CheckpointRow {
  dedupe_key: string;
  occurred_at: string;
  local_time: string | null;
  location: string | null;
  lng: number | null;
  lat: number | null;
  raw_code: string | null;
  status: string;
  sub_status: string | null;
  description: string;
  source: string;
}

export interface IngestionWrite {
  parcelId: string;
  checkpoints: CheckpointRow[];
  latestEventAt: string | null;
  /** Status change to apply, guarded by the status the decision was made against. */
  /** The parcel's new in-force observation; statusChanged is false when only its time moved. */
  change: { status: string; subStatus: string | null; statusAt: string | null; statusChanged: boolean } | null;
  expected: { status: string; statusAt: string | null };
  order: { id: string; expectedStatus: string; finalStatus: string | null; steps: { from_status: string; to_status: string; reason: string }[] };
  /** Outbox events written only if the parcel ('parcel') or the order ('order') actually changed. */
  outbox: { type: string; aggregate_type: string; aggregate_id: string; payload: unknown; needs: "parcel" | "order" }[];
  actorLabel: string;
  requestId: string;
}

export interface IngestionWriteResult {
  inserted: number;
  parcelChanged: boolean;
  /** false when the parcel changed since it was read: re-read and decide again. */
  casHeld: boolean;
  orderChanged: boolean;
}

const WRITE_SQL = `
WITH act AS (
  -- A remembered parcel may have been voided since: then nothing is written and the caller re-reads.
  SELECT 1 FROM parcels WHERE id = $1::uuid AND state = 'active'
),
ins AS (
  INSERT INTO tracking_events (parcel_id, dedupe_key, occurred_at, local_time, location, lng, lat, raw_code, status, sub_status, description, source)
  SELECT $1::uuid, x.dedupe_key, x.occurred_at, x.local_time, x.location, x.lng, x.lat, x.raw_code, x.status::"ShipmentStatus", x.sub_status,
    x.description, x.source
  FROM jsonb_to_recordset($2::jsonb) AS x(dedupe_key text, occurred_at timestamptz, local_time text, location text, lng float8, lat float8,
    raw_code text, status text, sub_status text, description text, source text)
  WHERE EXISTS (SELECT 1 FROM act)
  ON CONFLICT (parcel_id, dedupe_key) DO NOTHING
  RETURNING 1
),
upd AS (
  -- Only a moved in-force observation touches the parcel row: older or not-accepted scans cost one insert.
  UPDATE parcels SET status = $4::"ShipmentStatus", sub_status = $5, status_at = $6::timestamptz,
    last_event_at = GREATEST(last_event_at, $9::timestamptz), updated_at = now()
  WHERE $3 AND id = $1::uuid AND state = 'active' AND status = $7::"ShipmentStatus" AND status_at IS NOT DISTINCT FROM $8::timestamptz
  RETURNING $17::boolean AS changed
),
ord AS (
  UPDATE orders SET status = $12::"OrderStatus", status_changed_at = now(), updated_at = now()
  WHERE $12::text IS NOT NULL AND id = $10::uuid AND status = $11::"OrderStatus" AND EXISTS (SELECT 1 FROM upd WHERE changed)
  RETURNING id
),
hist AS (
  INSERT INTO order_status_history (order_id, from_status, to_status, actor_type, actor_label, reason, request_id)
  SELECT $10::uuid, h.from_status::"OrderStatus", h.to_status::"OrderStatus", 'carrier', $14, h.reason, $15
  FROM jsonb_to_recordset($13::jsonb) AS h(from_status text, to_status text, reason text)
  WHERE EXISTS (SELECT 1 FROM ord)
  RETURNING 1
),
outbox AS (
  INSERT INTO outbox_events (type, aggregate_type, aggregate_id, payload)
  SELECT e.type, e.aggregate_type, e.aggregate_id, e.payload
  FROM jsonb_to_recordset($16::jsonb) AS e(type text, aggregate_type text, aggregate_id text, payload jsonb, needs text)
  WHERE (e.needs = 'parcel' AND EXISTS (SELECT 1 FROM upd WHERE changed)) OR (e.needs = 'order' AND EXISTS (SELECT 1 FROM ord))
  RETURNING 1
)
SELECT (SELECT count(*)::int FROM ins) AS inserted,
       EXISTS (SELECT 1 FROM upd WHERE changed) AS parcel_changed,
       EXISTS (SELECT 1 FROM upd) AS cas_held,
       EXISTS (SELECT 1 FROM ord) AS order_changed,
       EXISTS (SELECT 1 FROM act) AS active`;

export async function writeIngestion(sql: SqlExecutor, w: IngestionWrite): Promise<IngestionWriteResult> {
  const [row] = await sql.query<{ inserted: number; parcel_changed: boolean; cas_held: boolean; order_changed: boolean; active: boolean }>(WRITE_SQL, [
    w.parcelId,
    JSON.stringify(w.checkpoints),
    w.change !== null,
    w.change?.status ?? w.expected.status,
    w.change?.subStatus ?? null,
    w.change?.statusAt ?? null,
    w.expected.status,
    w.expected.statusAt,
    w.latestEventAt,
    w.order.id,
    w.order.expectedStatus,
    w.order.finalStatus,
    JSON.stringify(w.order.steps),
    w.actorLabel,
    w.requestId,
    JSON.stringify(w.outbox),
    w.change?.statusChanged ?? false,
  ], "ingest-write");
  return { inserted: row.inserted, parcelChanged: row.parcel_changed, casHeld: row.active && (w.change === null || row.cas_held), orderChanged: row.order_changed };
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
