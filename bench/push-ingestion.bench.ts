// Sustained push ingestion on PostgreSQL: the real write path (ingestShipmentUpdates: one read + one
// data-modifying statement per parcel update) next to the raw SQL ceiling — the same checkpoint INSERTs with no
// logic — measured in the same run on the same database, printed as a ratio.
// Run: DATABASE_URL=postgresql://… npx tsx --conditions=react-server bench/push-ingestion.bench.ts [updates] [concurrency]
import { randomUUID } from "node:crypto";
import pg from "pg";
import type { ParsedShipmentUpdate } from "../lib/carriers/types";
import { checkpointDedupeKey } from "../lib/domain/tracking/checkpoint-dedupe-key";
import { systemCtx } from "../lib/server/auth/context";
import { useDatabase } from "../lib/server/db/client";
import { createTestDatabase } from "../lib/server/db/test-database";
import { ingestShipmentUpdates } from "../lib/server/services/tracking/ingest-shipment-updates";

const UPDATES = Number(process.argv[2] ?? 4000);
const CONCURRENCY = Number(process.argv[3] ?? 8);
const PARCELS = 500;
if (!process.env.DATABASE_URL) throw new Error("Set DATABASE_URL to a PostgreSQL server: the benchmark measures PostgreSQL");

const database = await createTestDatabase();
useDatabase(database);
const pool = new pg.Pool({ connectionString: database.url, max: CONCURRENCY });
// Dropping the benchmark database at the end terminates idle connections; that is expected, not a crash.
pool.on("error", () => undefined);

const parcelIds: string[] = [];
const numbers: string[] = [];
for (let i = 0; i < PARCELS; i++) {
  const tn = `BENCH${String(i).padStart(9, "0")}`;
  const { rows } = await pool.query(
    `INSERT INTO orders (platform_order_no, platform, status, customer_name, customer_phone, province, city, district, address_line, items, total_fen, request_hash, updated_at)
     VALUES ($1, 'taobao', 'shipped', '压测', '13800000000', '浙江省', '杭州市', '西湖区', '文三路', '[]', 100, 'bench', now()) RETURNING id`,
    [`BENCH${i}`],
  );
  const p = await pool.query(`INSERT INTO parcels (order_id, carrier, tracking_number, updated_at) VALUES ($1, 'zto', $2, now()) RETURNING id`, [rows[0].id, tn]);
  parcelIds.push(p.rows[0].id);
  numbers.push(tn);
}

const STATUSES = ["in_transit", "in_transit", "out_for_delivery", "delivered"] as const;
function updateFor(i: number): ParsedShipmentUpdate {
  const occurredAt = new Date(Date.UTC(2026, 10, 1) + i * 1000);
  return { trackingNumber: numbers[i % PARCELS], checkpoints: [{ occurredAt, status: STATUSES[Math.floor(i / PARCELS) % 4], description: `【杭州转运中心】扫描 ${i}`, rawCode: "IN_TRANSIT", location: "杭州" }] };
}

async function measure(label: string, n: number, op: (i: number) => Promise<void>) {
  const latencies: number[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
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
  console.log(`${label.padEnd(34)} ${rate.toFixed(0).padStart(6)} events/s   p50 ${pct(0.5)} ms   p99 ${pct(0.99)} ms   (${n} events, ${CONCURRENCY} concurrent)`);
  return rate;
}

// Warm up connections and plans for both paths.
await measure("warm-up (ingestion)", 200, (i) => ingestShipmentUpdates({ ctx: systemCtx("bench"), input: { source: "bench", updates: [updateFor(1_000_000 + i)] } }).then(() => undefined));

const ceiling = await measure("raw SQL ceiling (INSERT only)", UPDATES, async (i) => {
  const u = updateFor(2_000_000 + i);
  const c = u.checkpoints[0];
  // A named (prepared) statement, like the ingestion path's, so the ceiling is as fast as it can be.
  await pool.query({
    name: "ceiling-insert",
    text: `INSERT INTO tracking_events (parcel_id, dedupe_key, occurred_at, location, raw_code, status, description, source)
     VALUES ($1, $2, $3, $4, $5, $6::"ShipmentStatus", $7, 'raw') ON CONFLICT (parcel_id, dedupe_key) DO NOTHING`,
    values: [parcelIds[i % PARCELS], checkpointDedupeKey({ ...c, occurredAt: c.occurredAt }), c.occurredAt, c.location, c.rawCode, c.status, c.description],
  });
});
const ingestion = await measure("Shiplane ingestion (full path)", UPDATES, async (i) => {
  await ingestShipmentUpdates({ ctx: systemCtx("bench"), input: { source: "bench", updates: [updateFor(i)] } });
});
const replay = await measure("replayed duplicates (full path)", UPDATES, async (i) => {
  await ingestShipmentUpdates({ ctx: systemCtx("bench"), input: { source: "bench", updates: [updateFor(i)] } });
});

const { rows } = await pool.query(`SELECT count(*)::int AS n FROM tracking_events WHERE source = 'bench'`);
console.log(`stored ${rows[0].n} bench events for ${UPDATES + 200} distinct pushes (duplicates merged: ${rows[0].n === UPDATES + 200 ? "yes" : "NO"})`);
console.log(`ratio to raw ceiling: ${(ingestion / ceiling).toFixed(2)} (target ≥ 0.50); duplicate replay ${(replay / ceiling).toFixed(2)}  run ${randomUUID().slice(0, 8)}`);
await pool.end();
await database.close();
