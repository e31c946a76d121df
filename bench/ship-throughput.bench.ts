// Ship + bind throughput through the HTTP API on PostgreSQL: POST /api/v1/orders/{id}/ship with an API key,
// each call issuing a sandbox e-waybill, binding it and moving the order to shipped in one transaction.
// Run: DATABASE_URL=postgresql://… npx tsx --conditions=react-server bench/ship-throughput.bench.ts [orders] [concurrency]
process.env.SHIPLANE_LOG_LEVEL ??= "warn";
import { POST as ship } from "../app/api/v1/orders/[id]/ship/route";
import { systemCtx } from "../lib/server/auth/context";
import { useDatabase } from "../lib/server/db/client";
import { createTestDatabase } from "../lib/server/db/test-database";
import { seedAccess } from "../lib/server/seed/seed-access";
import { createOrder } from "../lib/server/services/orders/create-order";
import { serveRoute } from "../lib/server/testing/serve-route";

const ORDERS = Number(process.argv[2] ?? 1000);
const CONCURRENCY = Number(process.argv[3] ?? 8);
if (!process.env.DATABASE_URL) throw new Error("Set DATABASE_URL to a PostgreSQL server");

const database = await createTestDatabase();
useDatabase(database);
const { apiKey } = await seedAccess(database.prisma, { password: "bench-password", apiKey: "shpl_bench_key_000000000000000000" });
const ids: string[] = [];
for (let i = 0; i < ORDERS; i++) {
  const { order } = await createOrder({
    ctx: systemCtx("bench"),
    input: { platformOrderNo: `SHIPB${i}`, platform: "taobao", customer: { name: "压测", phone: "13800000000" }, address: { province: "浙江省", city: "杭州市", district: "西湖区", line: "文三路 398 号" }, items: [{ sku: "B", name: "书", quantity: 1, unitPriceFen: 100 }] },
  });
  ids.push(order.id);
}
const server = await serveRoute((req) => ship(req, { params: Promise.resolve({ id: new URL(req.url).pathname.split("/")[4] }) }));

const latencies: number[] = [];
let next = 0;
let failures = 0;
const started = performance.now();
await Promise.all(
  Array.from({ length: CONCURRENCY }, async () => {
    while (next < ids.length) {
      const id = ids[next++];
      const t = performance.now();
      const res = await fetch(`${server.url}/api/v1/orders/${id}/ship`, { method: "POST", headers: { authorization: `Bearer ${apiKey}`, "content-type": "application/json" }, body: "{}" });
      if (res.status !== 201) failures++;
      await res.arrayBuffer();
      latencies.push(performance.now() - t);
    }
  }),
);
const seconds = (performance.now() - started) / 1000;
latencies.sort((a, b) => a - b);
const pct = (p: number) => latencies[Math.floor((latencies.length - 1) * p)].toFixed(1);
console.log(`ship + bind via API: ${(ORDERS / seconds).toFixed(0)} orders/s   p50 ${pct(0.5)} ms   p99 ${pct(0.99)} ms   (${ORDERS} orders, ${CONCURRENCY} concurrent, ${failures} failed)`);
const parcels = await database.prisma.parcel.count();
console.log(`waybills bound: ${parcels} (expected ${ORDERS})`);
await server.close();
await database.close();
