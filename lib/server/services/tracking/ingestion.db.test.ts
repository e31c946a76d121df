import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { ParsedShipmentUpdate } from "@/lib/carriers/types";
import { systemCtx, type Ctx } from "@/lib/server/auth/context";
import { useTestDatabase } from "@/lib/server/db/use-test-database";
import { createOrder } from "@/lib/server/services/orders/create-order";
import { getOrder, getOrderHistory } from "@/lib/server/services/orders/get-order";
import { shipOrder } from "@/lib/server/services/shipping/ship-order";
import { ingestionWriteStats } from "@/lib/server/db/ingestion-write-repository";
import { ingestShipmentUpdates } from "./ingest-shipment-updates";

const database = useTestDatabase();
const warehouse: Ctx = { actor: { type: "user", id: randomUUID(), email: "w@test", name: "W", role: "WAREHOUSE" }, requestId: "r" };
const push = systemCtx("push:test");

async function shippedParcel() {
  const { order } = await createOrder({
    ctx: warehouse,
    input: {
      platformOrderNo: `I${randomUUID().slice(0, 13)}`,
      platform: "taobao",
      customer: { name: "韩梅梅", phone: "13600002222" },
      address: { province: "四川省", city: "成都市", district: "武侯区", line: "人民南路四段 1 号" },
      items: [{ sku: "T1", name: "保温杯", quantity: 1, unitPriceFen: 8900 }],
    },
  });
  const { waybills } = await shipOrder({ ctx: warehouse, input: { orderId: order.id, body: {} } });
  return { orderId: order.id, trackingNumber: waybills[0].trackingNumber, carrier: waybills[0].carrier };
}

const at = (iso: string) => new Date(iso);
function update(trackingNumber: string, checkpoints: [string, ParsedShipmentUpdate["checkpoints"][number]["status"], string, string?][]): ParsedShipmentUpdate {
  return {
    trackingNumber,
    checkpoints: checkpoints.map(([time, status, description, subStatus]) => ({ occurredAt: at(time), status, description, subStatus, rawCode: status.toUpperCase(), location: "【成都市】成都转运中心" })),
  };
}

async function counts(orderId: string) {
  const { prisma } = database.current();
  const parcel = await prisma.parcel.findFirstOrThrow({ where: { orderId } });
  return {
    events: await prisma.trackingEvent.count({ where: { parcelId: parcel.id } }),
    statusChanges: await prisma.outboxEvent.count({ where: { aggregateId: parcel.id, type: "shipment.status_changed" } }),
    parcel,
  };
}

describe("tracking ingestion (database)", () => {
  it("stores checkpoints, moves parcel and order, and writes outbox events", async () => {
    const p = await shippedParcel();
    const [outcome] = await ingestShipmentUpdates({ ctx: push, input: { source: "test", updates: [update(p.trackingNumber, [["2026-11-20T02:00:00Z", "in_transit", "快件已揽收"], ["2026-11-20T10:00:00Z", "in_transit", "快件已到达【成都转运中心】"]])] } });
    expect(outcome).toMatchObject({ matched: true, inserted: 2, statusChanged: true, orderChanged: true });
    expect((await getOrder({ ctx: warehouse, input: { id: p.orderId } })).status).toBe("in_transit");
    const c = await counts(p.orderId);
    expect(c.parcel.status).toBe("in_transit");
    expect(c.parcel.lastEventAt?.toISOString()).toBe("2026-11-20T10:00:00.000Z");
    expect(c.statusChanges).toBe(1);
    // No coordinates were sent: the offline gazetteer placed the checkpoint in Chengdu.
    const event = await database.current().prisma.trackingEvent.findFirstOrThrow({ where: { parcelId: c.parcel.id } });
    expect(event.lng).toBeCloseTo(104.07, 0);
    expect(event.lat).toBeCloseTo(30.6, 0);
  });

  it("the same push delivered 50 times concurrently yields one stored event set, one status change, one outbox entry", async () => {
    const p = await shippedParcel();
    const u = update(p.trackingNumber, [["2026-11-21T01:00:00Z", "in_transit", "运输中"], ["2026-11-21T05:00:00Z", "out_for_delivery", "快递员正在派件"]]);
    const orderEventsBefore = await database.current().prisma.outboxEvent.count({ where: { aggregateId: p.orderId, type: "order.status_changed" } });
    const results = await Promise.all(Array.from({ length: 50 }, () => ingestShipmentUpdates({ ctx: push, input: { source: "test", updates: [u] } })));
    expect(results.flat().filter((o) => o.statusChanged)).toHaveLength(1);
    const c = await counts(p.orderId);
    expect(c.events).toBe(2);
    expect(c.statusChanges).toBe(1);
    expect(c.parcel.status).toBe("out_for_delivery");
    const { prisma } = database.current();
    expect(await prisma.outboxEvent.count({ where: { aggregateId: p.orderId, type: "order.status_changed" } })).toBe(orderEventsBefore + 1);
  });

  it("merges a full re-sent history without duplicates and never moves backwards for an older event", async () => {
    const p = await shippedParcel();
    const history: [string, "in_transit" | "delivered", string][] = [["2026-11-18T01:00:00Z", "in_transit", "已揽收"], ["2026-11-18T09:00:00Z", "in_transit", "运输中"], ["2026-11-19T03:00:00Z", "delivered", "快件已签收，签收人：本人"]];
    await ingestShipmentUpdates({ ctx: push, input: { source: "test", updates: [update(p.trackingNumber, history)] } });
    await ingestShipmentUpdates({ ctx: push, input: { source: "test", updates: [update(p.trackingNumber, history)] } });
    const late = await ingestShipmentUpdates({ ctx: push, input: { source: "test", updates: [update(p.trackingNumber, [["2026-11-18T20:00:00Z", "in_transit", "到达中转站（迟到的扫描）"]])] } });
    expect(late[0]).toMatchObject({ inserted: 1, statusChanged: false });
    const c = await counts(p.orderId);
    expect(c.events).toBe(4);
    expect(c.parcel.status).toBe("delivered");
    const order = await getOrder({ ctx: warehouse, input: { id: p.orderId } });
    expect(order.status).toBe("delivered");
    const historyRows = await getOrderHistory({ ctx: warehouse, input: { id: p.orderId } });
    expect(historyRows.filter((h) => h.actorType === "carrier").map((h) => h.to)).toEqual(["delivered"]);
    const { prisma } = database.current();
    expect(await prisma.outboxEvent.count({ where: { aggregateId: p.orderId, type: "order.delivered" } })).toBe(1);
  });

  it("lets a terminal state win by event time even when it arrives first", async () => {
    const p = await shippedParcel();
    await ingestShipmentUpdates({ ctx: push, input: { source: "test", updates: [update(p.trackingNumber, [["2026-11-19T03:00:00Z", "delivered", "已签收"]])] } });
    await ingestShipmentUpdates({ ctx: push, input: { source: "test", updates: [update(p.trackingNumber, [["2026-11-18T03:00:00Z", "out_for_delivery", "派送中"]])] } });
    expect((await counts(p.orderId)).parcel.status).toBe("delivered");
  });

  it("keeps pushes for unknown numbers in the unmatched inbox, once", async () => {
    const u = update("ZZ999000111222", [["2026-11-21T01:00:00Z", "in_transit", "运输中"]]);
    const [a] = await ingestShipmentUpdates({ ctx: push, input: { source: "test", updates: [u] } });
    await ingestShipmentUpdates({ ctx: push, input: { source: "test", updates: [u] } });
    expect(a.matched).toBe(false);
    const { prisma } = database.current();
    expect(await prisma.unmatchedPush.count({ where: { trackingNumber: "ZZ999000111222" } })).toBe(1);
  });

  it("counts unknown status codes", async () => {
    await ingestShipmentUpdates({ ctx: push, input: { source: "codes", updates: [], unknownCodes: ["999", "999", "888"] } });
    await ingestShipmentUpdates({ ctx: push, input: { source: "codes", updates: [], unknownCodes: ["999"] } });
    const { prisma } = database.current();
    const rows = await prisma.unknownStatusCode.findMany({ where: { source: "codes" }, orderBy: { code: "asc" } });
    expect(rows.map((r) => [r.code, r.count])).toEqual([["888", 1], ["999", 2]]);
  });
});

describe("unmatched inbox binding (database)", () => {
  it("replays a kept push once its waybill is bound, exactly once", async () => {
    const { bindUnmatchedPushes } = await import("@/lib/server/jobs/bind-unmatched-pushes");
    const { bindWaybill } = await import("@/lib/server/services/shipping/bind-waybill");
    const tn = "SF1234500000017";
    await ingestShipmentUpdates({ ctx: push, input: { source: "test", updates: [update(tn, [["2026-11-21T01:00:00Z", "in_transit", "顺丰已收取快件"]])] } });
    const { order } = await createOrder({ ctx: warehouse, input: { platformOrderNo: `U${randomUUID().slice(0, 10)}`, platform: "jd", customer: { name: "李四", phone: "13900004444" }, address: { province: "广东省", city: "深圳市", district: "南山区", line: "科技园 1 号" }, items: [{ sku: "Z", name: "耳机", quantity: 1, unitPriceFen: 100 }] } });
    await bindWaybill({ ctx: warehouse, input: { orderId: order.id, body: { trackingNumber: tn, carrier: "sf" } } });
    expect(await bindUnmatchedPushes()).toBeGreaterThanOrEqual(1);
    expect(await bindUnmatchedPushes()).toBe(0);
    const { prisma } = database.current();
    const parcel = await prisma.parcel.findFirstOrThrow({ where: { trackingNumber: tn } });
    expect(await prisma.trackingEvent.count({ where: { parcelId: parcel.id } })).toBe(1);
    expect(parcel.status).toBe("in_transit");
    expect((await getOrder({ ctx: warehouse, input: { id: order.id } })).status).toBe("in_transit");
  });
});

describe("many pushes at once (database)", () => {
  it("pushes for many parcels, arriving together in any order, end exactly where their journeys say", async () => {
    const parcels = await Promise.all(Array.from({ length: 24 }, () => shippedParcel()));
    const journey: [string, ParsedShipmentUpdate["checkpoints"][number]["status"], string][] = [
      ["2026-11-20T01:00:00Z", "info_received", "已揽收"],
      ["2026-11-20T06:00:00Z", "in_transit", "到达【成都转运中心】"],
      ["2026-11-20T12:00:00Z", "in_transit", "离开【成都转运中心】"],
      ["2026-11-21T01:00:00Z", "out_for_delivery", "快递员正在派件"],
      ["2026-11-21T05:00:00Z", "delivered", "已签收，签收人：本人"],
    ];
    const pushes = parcels.flatMap((p) => journey.map((step) => update(p.trackingNumber, [step])));
    // A fixed shuffle: every parcel's scans arrive out of order, interleaved with other parcels'.
    const shuffled = pushes.map((u, i) => ({ u, k: (i * 7919) % pushes.length })).sort((a, b) => a.k - b.k).map((x) => x.u);
    const stats = () => ({ ...ingestionWriteStats(database.current().sql)! });
    const before = stats();
    const outcomes = (await Promise.all(shuffled.map((u) => ingestShipmentUpdates({ ctx: push, input: { source: "test", updates: [u] } })))).flat();
    const after = stats();
    expect(outcomes.every((o) => o.matched && o.inserted === 1)).toBe(true);
    // The pushes really shared statements (otherwise this test would not exercise grouped writes).
    expect(after.writes - before.writes).toBeGreaterThanOrEqual(pushes.length);
    expect(after.statements - before.statements).toBeLessThan(after.writes - before.writes);
    const { prisma } = database.current();
    for (const p of parcels) {
      const parcel = await prisma.parcel.findFirstOrThrow({ where: { trackingNumber: p.trackingNumber }, include: { _count: { select: { events: true } } } });
      expect(parcel).toMatchObject({ status: "delivered", statusAt: new Date("2026-11-21T05:00:00Z"), _count: { events: 5 } });
      expect((await getOrder({ ctx: warehouse, input: { id: p.orderId } })).status).toBe("delivered");
      expect(await prisma.outboxEvent.count({ where: { aggregateId: p.orderId, type: "order.delivered" } })).toBe(1);
      const history = await getOrderHistory({ ctx: warehouse, input: { id: p.orderId } });
      expect(history.filter((h) => h.to === "delivered")).toHaveLength(1);
    }
  });
});

describe("ingestion against a concurrent writer (database)", () => {
  it("re-decides when another instance moved the parcel meanwhile, so a later scan still wins", async () => {
    const p = await shippedParcel();
    await ingestShipmentUpdates({ ctx: push, input: { source: "test", updates: [update(p.trackingNumber, [["2026-11-20T10:00:00Z", "in_transit", "到达转运中心"]])] } });
    // Another instance (not this one's memory) records an out-for-delivery scan at 11:00.
    const { prisma } = database.current();
    await prisma.parcel.updateMany({ where: { trackingNumber: p.trackingNumber }, data: { status: "out_for_delivery", statusAt: new Date("2026-11-20T11:00:00Z") } });
    // A 12:00 scan sends it back into transit (e.g. redelivery); this instance still remembers in_transit@10:00.
    const [outcome] = await ingestShipmentUpdates({ ctx: push, input: { source: "test", updates: [update(p.trackingNumber, [["2026-11-20T12:00:00Z", "in_transit", "改派，重新转运"]])] } });
    expect(outcome.statusChanged).toBe(true);
    const parcel = await prisma.parcel.findFirstOrThrow({ where: { trackingNumber: p.trackingNumber } });
    expect(parcel.status).toBe("in_transit");
    expect(parcel.statusAt?.toISOString()).toBe("2026-11-20T12:00:00.000Z");
  });
});

describe("ingestion after a waybill is voided and reissued (database)", () => {
  it("never writes into the voided parcel this instance still remembers", async () => {
    const { voidWaybill } = await import("@/lib/server/services/shipping/void-waybill");
    const { bindWaybill } = await import("@/lib/server/services/shipping/bind-waybill");
    const p = await shippedParcel();
    await ingestShipmentUpdates({ ctx: push, input: { source: "test", updates: [update(p.trackingNumber, [["2026-11-20T01:00:00Z", "info_received", "运单已生成"]])] } });
    await voidWaybill({ ctx: warehouse, input: { trackingNumber: p.trackingNumber, body: { reason: "重新打包" } } });
    // The same number is bound again (to the same order, by hand): a new active parcel row.
    await bindWaybill({ ctx: warehouse, input: { orderId: p.orderId, body: { trackingNumber: p.trackingNumber, carrier: p.carrier } } }).catch(() => undefined);
    await ingestShipmentUpdates({ ctx: push, input: { source: "test", updates: [update(p.trackingNumber, [["2026-11-20T05:00:00Z", "in_transit", "已揽收"]])] } });
    const { prisma } = database.current();
    const parcels = await prisma.parcel.findMany({ where: { trackingNumber: p.trackingNumber }, include: { events: true } });
    const voided = parcels.find((x) => x.state === "voided")!;
    expect(voided.events.map((e) => e.description)).toEqual(["运单已生成"]);
    const active = parcels.find((x) => x.state === "active");
    if (active) expect(active.events.map((e) => e.description)).toContain("已揽收");
  });
});
