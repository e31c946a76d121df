import "server-only";
// The push-ingestion write: one data-modifying statement for one or several pushes, no interactive transaction.
// Per push it inserts the checkpoints once (the unique key stops duplicates), compare-and-sets the parcel's
// in-force observation, moves the order with its own compare-and-set, and writes order history and outbox rows
// only where those updates happened — atomically, in one commit.
// Concurrent pushes share a statement through a WriteCoalescer (group commit): most of a statement's cost is
// per statement (round trip, executor start, commit), not per row. PostgreSQL applies at most one update per
// row per statement, so a statement never holds two writes for one parcel or one order.
import { config } from "@/lib/server/config";
import { log } from "@/lib/server/log";
import type { SqlExecutor } from "./migrations";
import { WriteCoalescer } from "./write-coalescer";

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
  /** The parcel's new in-force observation; statusChanged is false when only its time moved. */
  change: { status: string; subStatus: string | null; statusAt: string | null; statusChanged: boolean } | null;
  /** What the decision was made against: the update applies only if the parcel still holds it. */
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
  /** false when the parcel changed (or was voided) since it was read: re-read and decide again. */
  casHeld: boolean;
  orderChanged: boolean;
}

const ITEM_COLUMNS = `idx int, parcel_id uuid, checkpoints jsonb, latest_event_at timestamptz, has_change boolean, status text,
    sub_status text, status_at timestamptz, status_changed boolean, expected_status text, expected_status_at timestamptz, order_id uuid,
    expected_order_status text, final_status text, steps jsonb, actor_label text, request_id text, outbox jsonb`;

// Checkpoints and the parcel's compare-and-set: all a scan needs when it changes no status.
const EVENT_AND_PARCEL_CTES = `
items AS (SELECT * FROM jsonb_to_recordset($1::jsonb) AS i(${ITEM_COLUMNS})),
act AS (
  -- A remembered parcel may have been voided since: then nothing is written for it and the caller re-reads.
  SELECT i.idx FROM items i JOIN parcels p ON p.id = i.parcel_id AND p.state = 'active'
),
ins AS (
  INSERT INTO tracking_events (parcel_id, dedupe_key, occurred_at, local_time, location, lng, lat, raw_code, status, sub_status, description, source)
  SELECT i.parcel_id, x.dedupe_key, x.occurred_at, x.local_time, x.location, x.lng, x.lat, x.raw_code, x.status::"ShipmentStatus", x.sub_status,
    x.description, x.source
  FROM items i JOIN act a ON a.idx = i.idx
  CROSS JOIN LATERAL jsonb_to_recordset(i.checkpoints) AS x(dedupe_key text, occurred_at timestamptz, local_time text, location text,
    lng float8, lat float8, raw_code text, status text, sub_status text, description text, source text)
  ON CONFLICT (parcel_id, dedupe_key) DO NOTHING
  RETURNING parcel_id
),
upd AS (
  -- Only a moved in-force observation touches the parcel row: older or not-accepted scans cost one insert.
  UPDATE parcels p SET status = i.status::"ShipmentStatus", sub_status = i.sub_status, status_at = i.status_at,
    last_event_at = GREATEST(p.last_event_at, i.latest_event_at), updated_at = now()
  FROM items i
  WHERE i.has_change AND p.id = i.parcel_id AND p.state = 'active' AND p.status = i.expected_status::"ShipmentStatus"
    AND p.status_at IS NOT DISTINCT FROM i.expected_status_at
  RETURNING i.idx, i.status_changed AS changed
)`;

const RESULT_COLUMNS = `i.idx,
  (SELECT count(*)::int FROM ins WHERE ins.parcel_id = i.parcel_id) AS inserted,
  EXISTS (SELECT 1 FROM upd WHERE upd.idx = i.idx AND upd.changed) AS parcel_changed,
  EXISTS (SELECT 1 FROM upd WHERE upd.idx = i.idx) AS cas_held,
  EXISTS (SELECT 1 FROM act WHERE act.idx = i.idx) AS active`;

/** For statements where no push changes a status: no order, history or outbox work to start. */
const SCANS_ONLY_SQL = `WITH ${EVENT_AND_PARCEL_CTES}
SELECT ${RESULT_COLUMNS}, false AS order_changed FROM items i`;

const STATUS_CHANGES_SQL = `WITH ${EVENT_AND_PARCEL_CTES},
ord AS (
  UPDATE orders o SET status = i.final_status::"OrderStatus", status_changed_at = now(), updated_at = now()
  FROM items i JOIN upd u ON u.idx = i.idx AND u.changed
  WHERE i.final_status IS NOT NULL AND o.id = i.order_id AND o.status = i.expected_order_status::"OrderStatus"
  RETURNING i.idx
),
hist AS (
  INSERT INTO order_status_history (order_id, from_status, to_status, actor_type, actor_label, reason, request_id)
  SELECT i.order_id, h.from_status::"OrderStatus", h.to_status::"OrderStatus", 'carrier', i.actor_label, h.reason, i.request_id
  FROM items i JOIN ord ON ord.idx = i.idx
  CROSS JOIN LATERAL ROWS FROM (jsonb_to_recordset(i.steps) AS (from_status text, to_status text, reason text)) WITH ORDINALITY AS h(from_status, to_status, reason, n)
  ORDER BY i.idx, h.n
),
outbox AS (
  INSERT INTO outbox_events (type, aggregate_type, aggregate_id, payload)
  SELECT e.type, e.aggregate_type, e.aggregate_id, e.payload
  FROM items i
  CROSS JOIN LATERAL ROWS FROM (jsonb_to_recordset(i.outbox) AS (type text, aggregate_type text, aggregate_id text, payload jsonb, needs text))
    WITH ORDINALITY AS e(type, aggregate_type, aggregate_id, payload, needs, n)
  WHERE (e.needs = 'parcel' AND EXISTS (SELECT 1 FROM upd WHERE upd.idx = i.idx AND upd.changed))
     OR (e.needs = 'order' AND EXISTS (SELECT 1 FROM ord WHERE ord.idx = i.idx))
  ORDER BY i.idx, e.n
)
SELECT ${RESULT_COLUMNS}, EXISTS (SELECT 1 FROM ord WHERE ord.idx = i.idx) AS order_changed FROM items i`;

/** Writes the pushes in one statement; results are in the writes' order. */
export async function writeIngestions(sql: SqlExecutor, writes: IngestionWrite[]): Promise<IngestionWriteResult[]> {
  assertDistinctTargets(writes);
  const changesStatus = writes.some((w) => w.change?.statusChanged);
  // Rows are locked in parcel-id order, so two instances' statements cannot lock the same rows crosswise.
  const byParcel = writes.map((_, idx) => idx).sort((a, b) => (writes[a].parcelId < writes[b].parcelId ? -1 : writes[a].parcelId > writes[b].parcelId ? 1 : 0));
  const items = byParcel.map((idx) => writes[idx]).map((w, k) => ({
    idx: byParcel[k],
    parcel_id: w.parcelId,
    checkpoints: w.checkpoints,
    latest_event_at: w.latestEventAt,
    has_change: w.change !== null,
    status: w.change?.status ?? w.expected.status,
    sub_status: w.change?.subStatus ?? null,
    status_at: w.change?.statusAt ?? null,
    status_changed: w.change?.statusChanged ?? false,
    expected_status: w.expected.status,
    expected_status_at: w.expected.statusAt,
    ...(changesStatus
      ? { order_id: w.order.id, expected_order_status: w.order.expectedStatus, final_status: w.order.finalStatus, steps: w.order.steps, actor_label: w.actorLabel, request_id: w.requestId, outbox: w.outbox }
      : {}),
  }));
  const rows = await sql.query<{ idx: number; inserted: number; parcel_changed: boolean; cas_held: boolean; order_changed: boolean; active: boolean }>(
    changesStatus ? STATUS_CHANGES_SQL : SCANS_ONLY_SQL,
    [JSON.stringify(items)],
    changesStatus ? "ingest-write-status-changes" : "ingest-write-scans",
  );
  const results: IngestionWriteResult[] = new Array(writes.length);
  for (const r of rows) {
    const w = writes[r.idx];
    results[r.idx] = { inserted: r.inserted, parcelChanged: r.parcel_changed, casHeld: r.active && (w.change === null || r.cas_held), orderChanged: r.order_changed };
  }
  return results;
}

function assertDistinctTargets(writes: IngestionWrite[]) {
  const parcels = new Set(writes.map((w) => w.parcelId));
  const orders = new Set(writes.map((w) => w.order.id));
  if (parcels.size !== writes.length || orders.size !== writes.length) throw new Error("A statement may hold one write per parcel and per order");
}

// One coalescer per database (tests switch databases; each has its own pool).
const coalescers = new WeakMap<SqlExecutor, WriteCoalescer<IngestionWrite, IngestionWriteResult>>();

/**
 * Writes one push, sharing a statement with other pushes being written at the same moment. Resolves after the
 * statement holding it has committed, with this push's own result.
 */
export function writeIngestion(sql: SqlExecutor, write: IngestionWrite): Promise<IngestionWriteResult> {
  let coalescer = coalescers.get(sql);
  if (!coalescer) {
    coalescer = new WriteCoalescer({
      writeOne: async (w) => (await writeIngestions(sql, [w]))[0],
      writeMany: (ws) => writeIngestions(sql, ws),
      keysOf: (w) => [`p:${w.parcelId}`, `o:${w.order.id}`],
      maxBatch: config().ingestion.maxBatch,
      maxInFlight: config().ingestion.writesInFlight,
      onGroupFailed: (error, size) => log("warn", "grouped ingestion write failed; writing its pushes one by one", { size, error: error instanceof Error ? error.message : String(error) }),
    });
    coalescers.set(sql, coalescer);
  }
  return coalescer.write(write);
}

export function ingestionWriteStats(sql: SqlExecutor) {
  return coalescers.get(sql)?.stats;
}
