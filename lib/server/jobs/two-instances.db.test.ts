import { execFile } from "node:child_process";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useTestDatabase } from "@/lib/server/db/use-test-database";

const run = promisify(execFile);
const database = useTestDatabase();
const queries = new Map<string, number>();
// Kuaidi100 stand-in: counts real-time queries per tracking number and answers with two checkpoints.
const fake = createServer((req, res) => {
  let raw = "";
  req.on("data", (c) => (raw += c));
  req.on("end", () => {
    const { num, com } = JSON.parse(new URLSearchParams(raw).get("param") ?? "{}");
    queries.set(num, (queries.get(num) ?? 0) + 1);
    res.writeHead(200, { "content-type": "application/json" });
    res.end(JSON.stringify({
      message: "ok", nu: num, ischeck: "0", condition: "00", com, status: "200", state: "0",
      data: [
        { time: "2026-11-21 20:10:00", ftime: "2026-11-21 20:10:00", context: "【武汉转运中心】已发出", status: "在途", statusCode: "1002" },
        { time: "2026-11-21 08:30:00", ftime: "2026-11-21 08:30:00", context: "【武汉市】已揽收", status: "揽收", statusCode: "1" },
      ],
    }));
  });
});
let baseUrl = "";
beforeAll(async () => {
  await new Promise<void>((r) => fake.listen(0, "127.0.0.1", r));
  baseUrl = `http://127.0.0.1:${(fake.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => fake.close(() => r())));

describe.skipIf(!process.env.DATABASE_URL)("two app instances against one PostgreSQL", () => {
  it("poll each due waybill exactly once and store each event once", async () => {
    const { prisma, url } = database.current();
    const numbers = Array.from({ length: 40 }, (_, i) => `7730${String(100000000 + i).padStart(11, "0")}`);
    for (const [i, tn] of numbers.entries()) {
      await prisma.order.create({
        data: {
          platformOrderNo: `TWO${i}`, platform: "taobao", status: "shipped", customerName: "测试", customerPhone: "13800000000",
          province: "湖北省", city: "武汉市", district: "洪山区", addressLine: "珞喻路 1 号", items: [], totalFen: 100, requestHash: "t",
          parcels: { create: { carrier: "sto", trackingNumber: tn, issuedBy: "manual", nextPollAt: new Date(Date.now() - 1000) } },
        },
      });
    }
    const env = { ...process.env, DATABASE_URL: url!, KUAIDI100_KEY: "key-for-two-instances", KUAIDI100_CUSTOMER: "CUSTOMER-TWO", KUAIDI100_POLL_BASE_URL: baseUrl, DURATION_MS: "4000" };
    const worker = () => run(process.execPath, ["--conditions=react-server", "--import", "tsx", "lib/server/jobs/testing/poll-worker.ts"], { env, timeout: 60_000 });
    const [a, b] = await Promise.all([worker(), worker()]);
    const totals = [a, b].map((r) => JSON.parse(r.stdout.trim().split("\n").at(-1)!));
    expect(totals[0].polled + totals[1].polled).toBe(numbers.length);
    expect(totals[0].polled).toBeGreaterThan(0);
    expect(totals[1].polled).toBeGreaterThan(0);
    for (const tn of numbers) expect(queries.get(tn), tn).toBe(1);
    const events = await prisma.trackingEvent.groupBy({ by: ["parcelId"], _count: { _all: true } });
    expect(events).toHaveLength(numbers.length);
    expect(events.every((e) => e._count._all === 2)).toBe(true);
    const next = await prisma.parcel.findMany({ where: { trackingNumber: { in: numbers } }, select: { nextPollAt: true, status: true } });
    expect(next.every((p) => p.nextPollAt && p.nextPollAt.getTime() > Date.now() + 25 * 60_000)).toBe(true);
    expect(next.every((p) => p.status === "in_transit")).toBe(true);
  }, 90_000);
});
