import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { expect, test } from "@playwright/test";
import pg from "pg";
import { signShiplanePayload } from "../lib/carriers/shiplane/push-signature";

// kill -9 the server under push load, restart it, and check that every push that got a 2xx is stored once.
const adminUrl = process.env.CHAOS_DATABASE_URL ?? process.env.DATABASE_URL;
const PORT = 3217;
const SECRET = "chaos-test-secret-0123456789";

function withDb(url: string, name: string) {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

function startServer(dbUrl: string): ChildProcess {
  return spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", String(PORT)], {
    env: { ...process.env, DATABASE_URL: dbUrl, SHIPLANE_WEBHOOK_SECRET: SECRET, SHIPLANE_JOBS: "off", PORT: String(PORT), DATA_DIR: ".data-chaos" },
    stdio: "ignore",
  });
}

async function waitHealthy() {
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${PORT}/api/health`)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error("server did not come up");
}

test.describe.configure({ mode: "serial" });
test.skip(!adminUrl, "needs a PostgreSQL server (DATABASE_URL)");

test("every acknowledged push survives kill -9 exactly once", async () => {
  test.setTimeout(180_000);
  const name = `shiplane_chaos_${randomBytes(4).toString("hex")}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  const dbUrl = withDb(adminUrl!, name);
  execFileSync("npx", ["tsx", "scripts/migrate.ts"], { env: { ...process.env, DATABASE_URL: dbUrl } });
  const db = new pg.Client({ connectionString: dbUrl });
  await db.connect();
  const numbers = Array.from({ length: 20 }, (_, i) => `ZT${String(7000000000000 + i)}`);
  for (const [i, tn] of numbers.entries()) {
    const { rows } = await db.query(
      `INSERT INTO orders (platform_order_no, platform, status, customer_name, customer_phone, province, city, district, address_line, items, total_fen, request_hash, updated_at)
       VALUES ($1, 'taobao', 'shipped', '测试', '13800000000', '浙江省', '杭州市', '西湖区', '文三路 1 号', '[]', 100, 'chaos', now()) RETURNING id`,
      [`CHAOS${i}`],
    );
    await db.query(`INSERT INTO parcels (order_id, carrier, tracking_number, updated_at) VALUES ($1, 'zto', $2, now())`, [rows[0].id, tn]);
  }

  let server = startServer(dbUrl);
  // Whatever happens, leave no server behind on the port: a retry would otherwise talk to it.
  try {
    await waitHealthy();
    const acknowledged = new Set<string>();
    const send = async (id: number) => {
      const tn = numbers[id % numbers.length];
      const body = JSON.stringify({ event_id: `chaos-${id}`, tracking_number: tn, status_code: "IN_TRANSIT", timestamp: new Date(Date.UTC(2026, 10, 1) + id * 60_000).toISOString(), description: `chaos event ${id}`, location: "杭州" });
      try {
        const res = await fetch(`http://127.0.0.1:${PORT}/api/webhooks/shiplane`, { method: "POST", headers: { "content-type": "application/json", "x-shiplane-signature": signShiplanePayload(body, SECRET, Math.floor(Date.now() / 1000)) }, body, signal: AbortSignal.timeout(5_000) });
        if (res.status >= 200 && res.status < 300) acknowledged.add(`chaos event ${id}`);
      } catch {
        // connection reset by the kill: not acknowledged, the sender would retry
      }
    };

    let next = 0;
    const total = 600;
    const workers = Array.from({ length: 8 }, async () => {
      while (next < total) await send(next++);
    });
    await new Promise((r) => setTimeout(r, 1_500));
    server.kill("SIGKILL");
    await Promise.all(workers);
    const beforeRestart = acknowledged.size;
    server = startServer(dbUrl);
    await waitHealthy();
    // The senders retry everything they were not sure about; duplicates must merge.
    for (let id = 0; id < total; id++) await send(id);
    server.kill("SIGKILL");

    const stored = await db.query(`SELECT description, count(*)::int AS n FROM tracking_events GROUP BY description`);
    const counts = new Map(stored.rows.map((r) => [r.description as string, r.n as number]));
    expect(beforeRestart).toBeGreaterThan(0);
    expect(beforeRestart).toBeLessThan(total);
    for (const d of acknowledged) expect(counts.get(d), d).toBe(1);
    expect([...counts.values()].every((n) => n === 1)).toBe(true);
    expect(counts.size).toBe(total);
  } finally {
    server.kill("SIGKILL");
  }
  await db.end();
  await admin.query(`DROP DATABASE "${name}" WITH (FORCE)`);
  await admin.end();
});
