// Sustained push ingestion on PostgreSQL: the real write path (ingestShipmentUpdates: decide in TypeScript, one
// data-modifying statement shared by the pushes arriving together) next to the raw SQL ceiling — the same
// checkpoint INSERTs, one statement per push, with no logic — measured in the same run on the same database.
// Both are measured at several numbers of concurrent senders, because they scale differently: the raw inserts
// saturate early, while grouped writes get cheaper per push as more arrive together. At each level the ceiling
// is measured before and after the real path and the higher figure is used, so drift cannot flatter the ratio.
// The database looks like production: tens of thousands of analysed orders and parcels, of which a hot set
// receives pushes; each parcel's scans follow a real journey in time order (collected, eight transit scans,
// out for delivery, delivered), so about a third of the pushes change a status and move the order.
// Run: DATABASE_URL=postgresql://… npx tsx --conditions=react-server bench/push-ingestion.bench.ts [pushes] [senders]
import pg from "pg";
import type { ParsedShipmentUpdate } from "../lib/carriers/types";
import type { ShipmentStatus } from "../lib/domain/tracking/shipment-status";
import { checkpointDedupeKey } from "../lib/domain/tracking/checkpoint-dedupe-key";
import { systemCtx } from "../lib/server/auth/context";
import { useDatabase } from "../lib/server/db/client";
import { ingestionWriteStats } from "../lib/server/db/ingestion-write-repository";
import { createTestDatabase } from "../lib/server/db/test-database";
import { ingestShipmentUpdates } from "../lib/server/services/tracking/ingest-shipment-updates";

const PUSHES = Number(process.argv[2] ?? 5500);
const LEVELS = process.argv[3] ? [Number(process.argv[3])] : [8, 16, 32, 64];
const BACKGROUND_ORDERS = 50_000;
const HOT_PARCELS = 500;
const JOURNEY: ShipmentStatus[] = ["info_received", ...Array<ShipmentStatus>(8).fill("in_transit"), "out_for_delivery", "delivered"];
if (!process.env.DATABASE_URL) throw new Error("Set DATABASE_URL to a PostgreSQL server: the benchmark measures PostgreSQL");

const database = await createTestDatabase();
useDatabase(database);
const pool = new pg.Pool({ connectionString: database.url, max: Math.max(...LEVELS) });
// Dropping the benchmark database at the end terminates idle connections; that is expected, not a crash.
pool.on("error", () => undefined);

await pool.query(
  `INSERT INTO orders (platform_order_no, platform, status, customer_name, customer_phone, province, city, district, address_line, items, total_fen, request_hash, updated_at)
   SELECT 'BENCH' || g, 'taobao', 'shipped', '压测', '13800000000', '浙江省', '杭州市', '西湖区', '文三路 ' || g || ' 号', '[]', 100, 'bench', now()
   FROM generate_series(1, $1) AS g`,
  [BACKGROUND_ORDERS],
);
await pool.query(
  `INSERT INTO parcels (order_id, carrier, tracking_number, updated_at)
   SELECT id, 'zto', 'BENCH' || lpad(substr(platform_order_no, 6), 9, '0'), now() FROM orders WHERE platform_order_no LIKE 'BENCH%'`,
);
await pool.query("ANALYZE");
// Disjoint hot sets: warm-up, ceiling, and one per level for the measured path, so none sees another's scans.
const numberOf = (set: number, i: number) => `BENCH${String(set * HOT_PARCELS + (i % HOT_PARCELS) + 1).padStart(9, "0")}`;
const { rows: idRows } = await pool.query<{ tracking_number: string; id: string }>(`SELECT tracking_number, id FROM parcels WHERE tracking_number = ANY($1)`, [
  Array.from({ length: HOT_PARCELS }, (_, i) => numberOf(1, i)),
]);
const ceilingParcel = new Map(idRows.map((r) => [r.tracking_number, r.id]));

/** The i-th push of a hot set: parcel i mod 500, the journey's next scan, an hour after the previous one. */
function pushFor(set: number, i: number): ParsedShipmentUpdate {
  const round = Math.floor(i / HOT_PARCELS);
  const status = JOURNEY[Math.min(round, JOURNEY.length - 1)];
  const occurredAt = new Date(Date.UTC(2026, 10, 1) + round * 3_600_000 + (i % HOT_PARCELS) * 1000);
  return { trackingNumber: numberOf(set, i), checkpoints: [{ occurredAt, status, description: `【杭州转运中心】${status} 扫描 ${i}`, rawCode: status.toUpperCase(), location: "杭州" }] };
}

let lastLatency = { p50: "", p99: "" };
async function measure(label: string, n: number, senders: number, op: (i: number) => Promise<void>) {
  const latencies: number[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: senders }, async () => {
      while (next < n) {
        const i = next++;
        const t = performance.now();
        await op(i);
        latencies.push(performance.now() - t);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const pct = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * p))].toFixed(2);
  const rate = n / seconds;
  lastLatency = { p50: pct(0.5), p99: pct(0.99) };
  console.log(`${label.padEnd(34)} ${rate.toFixed(0).padStart(6)} events/s   p50 ${pct(0.5)} ms   p99 ${pct(0.99)} ms   (${n} events, ${senders} senders)`);
  return rate;
}

const ingest = (set: number) => (i: number) => ingestShipmentUpdates({ ctx: systemCtx("bench"), input: { source: "bench", updates: [pushFor(set, i)] } }).then(() => undefined);
let ceilingRound = 0;
const rawInsert = async (i: number) => {
  // Each ceiling run inserts new checkpoints (later rounds), never duplicates of an earlier run's.
  const push = pushFor(1, i + ceilingRound * PUSHES);
  const c = push.checkpoints[0];
  // A named (prepared) statement, like the ingestion path's, so the ceiling is as fast as it can be.
  await pool.query({
    name: "ceiling-insert",
    text: `INSERT INTO tracking_events (parcel_id, dedupe_key, occurred_at, location, raw_code, status, description, source)
     VALUES ($1, $2, $3, $4, $5, $6::"ShipmentStatus", $7, 'raw') ON CONFLICT (parcel_id, dedupe_key) DO NOTHING`,
    values: [ceilingParcel.get(push.trackingNumber), checkpointDedupeKey(c), c.occurredAt, c.location, c.rawCode, c.status, c.description],
  });
};

// Warm up connections and statement plans for both paths.
await measure("warm-up (ingestion)", 1000, 8, ingest(0));
await measure("warm-up (raw SQL)", 1000, Math.max(...LEVELS), (i) => pool.query({ name: "warm", text: "SELECT $1::int", values: [i] }).then(() => undefined));

const stats = ingestionWriteStats(database.sql)!;
const table: { senders: number; ceiling: number; ingestion: number; latency: typeof lastLatency; replay: number; perStatement: number }[] = [];
for (const [k, senders] of LEVELS.entries()) {
  ceilingRound++;
  const before = await measure("raw SQL ceiling (INSERT only)", PUSHES, senders, rawInsert);
  const [statementsBefore, writesBefore] = [stats.statements, stats.writes];
  const ingestion = await measure("Shiplane ingestion (full path)", PUSHES, senders, ingest(2 + k));
  const perStatement = (stats.writes - writesBefore) / (stats.statements - statementsBefore);
  const latency = lastLatency;
  const replay = await measure("replayed duplicates (full path)", PUSHES, senders, ingest(2 + k));
  ceilingRound++;
  const after = await measure("raw SQL ceiling, again", PUSHES, senders, rawInsert);
  table.push({ senders, ceiling: Math.max(before, after), ingestion, latency, replay, perStatement });
}

const { rows } = await pool.query(
  `SELECT count(*)::int AS events, (SELECT count(*)::int FROM outbox_events WHERE type = 'order.delivered') AS delivered
   FROM tracking_events e WHERE e.source = 'bench'`,
);
const expected = 1000 + PUSHES * LEVELS.length;
console.log(`\nstored ${rows[0].events} events for ${expected} distinct pushes (duplicates merged: ${rows[0].events === expected ? "yes" : "NO"}); ${rows[0].delivered} orders delivered`);
console.log("senders   raw ceiling   Shiplane   p50 ms   p99 ms   ratio   duplicates   pushes/statement");
for (const r of table) {
  console.log(`${String(r.senders).padStart(7)} ${r.ceiling.toFixed(0).padStart(13)} ${r.ingestion.toFixed(0).padStart(10)} ${r.latency.p50.padStart(8)} ${r.latency.p99.padStart(8)} ${(r.ingestion / r.ceiling).toFixed(2).padStart(7)} ${(r.replay / r.ceiling).toFixed(2).padStart(12)} ${r.perStatement.toFixed(1).padStart(18)}`);
}
const bestCeiling = table.reduce((a, b) => (b.ceiling > a.ceiling ? b : a));
const bestIngestion = table.reduce((a, b) => (b.ingestion > a.ingestion ? b : a));
console.log(
  `capacity: Shiplane ${bestIngestion.ingestion.toFixed(0)} events/s (${bestIngestion.senders} senders) against a raw ceiling of ` +
    `${bestCeiling.ceiling.toFixed(0)} events/s (${bestCeiling.senders} senders): ratio ${(bestIngestion.ingestion / bestCeiling.ceiling).toFixed(2)} (target ≥ 0.50)`,
);
await pool.end();
await database.close();
