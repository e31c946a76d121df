import { describe, expect, it } from "vitest";
import { findPlace } from "@/lib/geo/find-place";
import { isInChina } from "@/lib/geo/distance";
import { generateDemoOrderBatches, generateDemoOrders, generateDemoOrdersStream } from "./generate-demo-orders";
import { ORDER_STATUSES, isDemoTransition, type OrderStatus } from "./order-states";
import { PLATFORM_ORDER_NO_FORMATS } from "./platforms";
import type { DemoCarrier, DemoOrder, GenerateDemoOrdersOptions } from "./types";
import { DEMO_WAREHOUSES } from "./warehouses";

const NOW = new Date("2025-06-01T04:00:00Z");
const DAY = 86_400_000;

// Stand-in for the real tracking-number issuer: deterministic given `random`, carrier-prefixed.
const fakeIssuer = (carrier: DemoCarrier, random: () => number) =>
  carrier.toUpperCase() + String(Math.floor(random() * 1e12)).padStart(12, "0");

const options = (count: number, seed: number | string = 20250601): GenerateDemoOrdersOptions => ({
  count,
  seed,
  now: NOW,
  issueTrackingNumber: fakeIssuer,
});

const sample = generateDemoOrders(options(300));
const large = generateDemoOrders(options(3000, "large"));
// Generated at 03:30 in Shanghai, when warehouses and couriers are idle: timelines must still hold.
const NIGHT = new Date("2025-06-01T19:30:00Z");
const atNight = generateDemoOrders({ ...options(1000, "night"), now: NIGHT });
const runs = [
  { name: "noon", orders: large, now: NOW },
  { name: "night", orders: atNight, now: NIGHT },
];

describe("generateDemoOrders determinism", () => {
  it("gives the same orders for the same seed and different ones for another seed", () => {
    expect(generateDemoOrders(options(300))).toEqual(sample);
    const other = generateDemoOrders(options(300, 7));
    expect(other.map((o) => o.platformOrderNo)).not.toEqual(sample.map((o) => o.platformOrderNo));
  });

  it("streams and batches exactly what the array version returns", () => {
    expect([...generateDemoOrdersStream(options(300))]).toEqual(sample);
    const batches = [...generateDemoOrderBatches(options(300), 128)];
    expect(batches.map((b) => b.length)).toEqual([128, 128, 44]);
    expect(batches.flat()).toEqual(sample);
  });

  it("never calls Math.random", () => {
    const original = Math.random;
    Math.random = () => {
      throw new Error("Math.random used");
    };
    try {
      expect(generateDemoOrders(options(50)).length).toBe(50);
    } finally {
      Math.random = original;
    }
  });
});

describe("order lifecycle", () => {
  it.each([20250601, 1, "another seed"])("covers every status in a 300-order sample (seed %s)", (seed) => {
    const orders = seed === 20250601 ? sample : generateDemoOrders(options(300, seed));
    const seen = new Set(orders.map((o) => o.status));
    expect([...ORDER_STATUSES].filter((s) => !seen.has(s))).toEqual([]);
  });

  it("mostly completes, delivers or is on the way", () => {
    const share = (statuses: OrderStatus[]) => large.filter((o) => statuses.includes(o.status)).length / large.length;
    expect(share(["completed", "delivered", "in_transit"])).toBeGreaterThan(0.55);
    expect(share(["completed"])).toBeGreaterThan(0.3);
  });

  it.each(runs)("records histories that follow the transition graph exactly ($name)", ({ orders }) => {
    for (const order of orders) {
      const [created, ...changes] = order.history;
      expect(created).toMatchObject({ from: null, to: "pending_payment" });
      expect(created.at).toEqual(order.createdAt);
      let current: OrderStatus = "pending_payment";
      let paid = false;
      for (const change of changes) {
        expect(change.from).toBe(current);
        expect(isDemoTransition(change.from!, change.to, paid), `${change.from} → ${change.to}`).toBe(true);
        if (change.to === "paid") paid = true;
        current = change.to;
      }
      expect(current).toBe(order.status);
      expect(order.statusChangedAt).toEqual(order.history[order.history.length - 1].at);
    }
  });

  it.each(runs)("keeps every timestamp in the last 60 days, at or before now, strictly increasing ($name)", (run) => {
    const now = run.now.getTime();
    for (const order of run.orders) {
      const created = order.createdAt.getTime();
      expect(created).toBeGreaterThanOrEqual(now - 60 * DAY);
      expect(order.promisedDeliveryAt.getTime()).toBeGreaterThan(created);
      const times = order.history.map((h) => h.at.getTime());
      times.slice(1).forEach((t, i) => expect(t).toBeGreaterThan(times[i]));
      expect(times[times.length - 1]).toBeLessThanOrEqual(now);
      for (const parcel of order.parcels) {
        const scans = parcel.checkpoints.map((c) => c.occurredAt.getTime());
        scans.slice(1).forEach((t, i) => expect(t).toBeGreaterThan(scans[i]));
        expect(scans[0]).toBeGreaterThan(created);
        expect(scans[scans.length - 1]).toBeLessThanOrEqual(now);
      }
    }
  });

  it("puts more orders in recent weeks than in older ones", () => {
    const ageDays = large.map((o) => (NOW.getTime() - o.createdAt.getTime()) / DAY);
    const lastMonth = ageDays.filter((d) => d < 30).length;
    expect(lastMonth).toBeGreaterThan(large.length - lastMonth);
  });
});

describe("parcels and checkpoints", () => {
  const outbound = (order: DemoOrder) => order.parcels.filter((p) => p.direction === "outbound");
  const at = (order: DemoOrder, status: OrderStatus) => order.history.find((h) => h.to === status)?.at.getTime();

  it("ship parcels only for orders that were shipped: waybill at shipping, pickup when in transit", () => {
    for (const order of large) {
      const shippedAt = at(order, "shipped");
      if (shippedAt === undefined) {
        expect(order.parcels).toEqual([]);
        continue;
      }
      const [first] = outbound(order);
      expect(first.checkpoints[0]).toMatchObject({ rawCode: "CREATED", status: "info_received" });
      expect(first.checkpoints[0].occurredAt.getTime()).toBe(shippedAt);
      const pickup = first.checkpoints.find((c) => c.rawCode === "PICKED_UP");
      const transitAt = at(order, "in_transit");
      if (transitAt !== undefined && order.history.find((h) => h.to === "in_transit")!.from === "shipped") {
        expect(pickup).toMatchObject({ status: "in_transit", subStatus: "collected" });
        expect(pickup!.occurredAt.getTime()).toBe(transitAt);
      }
    }
  });

  it("match the order status with the latest scan of the first parcel", () => {
    const expected: Partial<Record<OrderStatus, string[]>> = {
      shipped: ["info_received"],
      in_transit: ["in_transit"],
      out_for_delivery: ["out_for_delivery", "available_for_pickup"],
      delivered: ["delivered"],
      completed: ["delivered"],
      exception: ["exception", "attempt_fail"],
    };
    for (const order of large) {
      const allowed = expected[order.status];
      if (allowed) expect(allowed, order.status).toContain(outbound(order)[0].status);
      const deliveredAt = at(order, "delivered");
      if (deliveredAt !== undefined) {
        const scan = outbound(order)[0].checkpoints.find((c) => c.status === "delivered");
        expect(scan?.occurredAt.getTime()).toBe(deliveredAt);
      }
    }
  });

  it("route returns back to the warehouse", () => {
    const returned = large.filter((o) => o.status === "returned");
    expect(returned.length).toBeGreaterThan(10);
    for (const order of returned) {
      const warehouse = DEMO_WAREHOUSES.find((w) => w.code === order.warehouseCode)!;
      // Refused or intercepted parcels come back under their own number; customer returns under a new one.
      const parcel = order.parcels.find((p) => p.direction === "return") ?? outbound(order)[0];
      const home = parcel.checkpoints[parcel.checkpoints.length - 1];
      expect(["RETURNED", "DELIVERED"]).toContain(home.rawCode);
      expect(findPlace(home.location)?.city).toBe(warehouse.city);
    }
  });

  it("locate every checkpoint inside China, at the point the gazetteer gives its location text", () => {
    for (const order of large.slice(0, 600)) {
      for (const checkpoint of order.parcels.flatMap((p) => p.checkpoints)) {
        expect(isInChina(checkpoint)).toBe(true);
        const place = findPlace(checkpoint.location);
        expect(place, checkpoint.location).not.toBeNull();
        expect([place!.lng, place!.lat], checkpoint.location).toEqual([checkpoint.lng, checkpoint.lat]);
      }
    }
  });

  it("use SF or JD for cold chain, with temperatures, and split some orders in two parcels", () => {
    const cold = large.filter((o) => o.attributes.coldChain);
    expect(cold.length).toBeGreaterThan(50);
    for (const order of cold) {
      expect(order.attributes.temperatureC).toHaveLength(2);
      const [first] = outbound(order);
      if (first) expect(["sf", "jd"]).toContain(first.carrier);
    }
    const twoParcels = large.filter((o) => outbound(o).length === 2).length;
    expect(twoParcels / large.length).toBeGreaterThan(0.03);
  });
});

describe("order fields", () => {
  it("look like real marketplace data", () => {
    for (const order of large) {
      expect(order.customerPhone).toMatch(/^1[3-9]\d{9}$/);
      expect(order.platformOrderNo).toMatch(PLATFORM_ORDER_NO_FORMATS[order.platform]);
      expect(order.customerName).toMatch(/^[\u4e00-\u9fa5]{2,4}$/);
      expect(order.totalFen).toBe(order.items.reduce((s, i) => s + i.unitPriceFen * i.quantity, 0));
      for (const item of order.items) expect(Number.isInteger(item.unitPriceFen) && item.quantity >= 1).toBe(true);
      expect(findPlace(order.province + order.city + order.district)).toMatchObject({ province: order.province, city: order.city });
    }
    expect(new Set(large.map((o) => o.platformOrderNo)).size).toBe(large.length);
    expect(new Set(large.map((o) => o.platform))).toEqual(new Set(["taobao", "tmall", "jd", "pdd", "douyin"]));
  });

  it("formats Pinduoduo numbers with the local order date", () => {
    const pdd = large.find((o) => o.platform === "pdd")!;
    const local = new Date(pdd.createdAt.getTime() + 8 * 3_600_000).toISOString();
    expect(pdd.platformOrderNo.slice(0, 6)).toBe(local.slice(2, 4) + local.slice(5, 7) + local.slice(8, 10));
  });
});

describe("performance", () => {
  it("streams 100,000 orders in a few seconds", () => {
    const started = performance.now();
    let checkpoints = 0;
    for (const order of generateDemoOrdersStream(options(100_000, "bench"))) {
      for (const parcel of order.parcels) checkpoints += parcel.checkpoints.length;
    }
    const seconds = (performance.now() - started) / 1000;
    console.log(`generateDemoOrdersStream: 100,000 orders, ${checkpoints} checkpoints in ${seconds.toFixed(2)} s`);
    expect(seconds).toBeLessThan(30);
  }, 60_000);
});
