import { randomUUID } from "node:crypto";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signAfterShipBody } from "@/lib/carriers/aftership/webhook";
import { signKdniaoRequestData } from "@/lib/carriers/kdniao/data-sign";
import { signKuaidi100Param } from "@/lib/carriers/kuaidi100/push";
import type { Ctx } from "@/lib/server/auth/context";
import { useTestDatabase } from "@/lib/server/db/use-test-database";
import { createOrder } from "@/lib/server/services/orders/create-order";
import { bindWaybill } from "@/lib/server/services/shipping/bind-waybill";
import { serveRoute } from "@/lib/server/testing/serve-route";

Object.assign(process.env, { KUAIDI100_SALT: "k100-salt-for-tests", KDNIAO_APP_KEY: "kdniao-app-key-tests", KDNIAO_EBUSINESS_ID: "1234567", AFTERSHIP_WEBHOOK_SECRET: "aftership-secret-tests" });
const database = useTestDatabase();
const warehouse: Ctx = { actor: { type: "user", id: randomUUID(), email: "w@test", name: "W", role: "WAREHOUSE" }, requestId: "r" };
const servers: Record<string, Awaited<ReturnType<typeof serveRoute>>> = {};

beforeAll(async () => {
  for (const name of ["kuaidi100", "kdniao", "aftership", "shiplane"]) {
    const mod = await import(`@/app/api/webhooks/${name}/route`);
    servers[name] = await serveRoute(mod.POST);
  }
});
afterAll(async () => Promise.all(Object.values(servers).map((s) => s.close())));

async function boundParcel(trackingNumber: string, carrier: string) {
  const { order } = await createOrder({ ctx: warehouse, input: { platformOrderNo: `W${randomUUID().slice(0, 12)}`, platform: "taobao", customer: { name: "陈晨", phone: "13800006666" }, address: { province: "北京市", city: "北京市", district: "朝阳区", line: "建国路 88 号" }, items: [{ sku: "A", name: "书", quantity: 1, unitPriceFen: 4500 }] } });
  await bindWaybill({ ctx: warehouse, input: { orderId: order.id, body: { trackingNumber, carrier } } });
  return order.id;
}

const post = (name: string, body: string, headers: Record<string, string>) => fetch(`${servers[name].url}/api/webhooks/${name}`, { method: "POST", headers, body });
const form = (fields: Record<string, string>) => new URLSearchParams(fields).toString();
const FORM = { "content-type": "application/x-www-form-urlencoded" };

function kuaidi100Param(nu: string, data: { time: string; context: string; statusCode: string }[], state: string) {
  return JSON.stringify({ status: "polling", message: "", lastResult: { message: "ok", state, status: "200", condition: "F00", ischeck: state === "3" ? "1" : "0", com: "shunfeng", nu, data: data.map((d) => ({ ...d, ftime: d.time, status: "", areaCenter: "116.443108,39.92147", areaName: "北京,朝阳区" })) } });
}

describe("push endpoints over HTTP (database)", () => {
  it("Kuaidi100: merges re-sent full histories and answers in its format", async () => {
    const tn = "SF1400000000011";
    const orderId = await boundParcel(tn, "sf");
    const history = [
      { time: "2026-11-20 22:10:00", context: "【北京转运中心】已到达", statusCode: "1002" },
      { time: "2026-11-20 09:00:00", context: "【深圳市】顺丰速运 已收取快件", statusCode: "1" },
    ];
    const first = kuaidi100Param(tn, history, "0");
    const res = await post("kuaidi100", form({ param: first, sign: signKuaidi100Param(first, "k100-salt-for-tests") }), FORM);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ result: true, returnCode: "200", message: "成功" });
    const full = kuaidi100Param(tn, [{ time: "2026-11-21 10:00:00", context: "快件已签收，签收人：本人", statusCode: "301" }, ...history], "3");
    await post("kuaidi100", form({ param: full, sign: signKuaidi100Param(full, "k100-salt-for-tests") }), FORM);
    const { prisma } = database.current();
    const parcel = await prisma.parcel.findFirstOrThrow({ where: { trackingNumber: tn } });
    const events = await prisma.trackingEvent.findMany({ where: { parcelId: parcel.id }, orderBy: { occurredAt: "asc" } });
    expect(events).toHaveLength(3);
    expect(events[0].occurredAt.toISOString()).toBe("2026-11-20T01:00:00.000Z");
    expect(events[0].lng).toBeCloseTo(116.443108);
    expect(parcel.status).toBe("delivered");
    expect((await prisma.order.findUniqueOrThrow({ where: { id: orderId } })).status).toBe("delivered");
  });

  it("Kuaidi100: a wrong signature is 401 and stores nothing; bad content type 415; over 1 MB 413", async () => {
    const tn = "SF1400000000022";
    await boundParcel(tn, "sf");
    const param = kuaidi100Param(tn, [{ time: "2026-11-20 09:00:00", context: "已收取快件", statusCode: "1" }], "0");
    expect((await post("kuaidi100", form({ param, sign: "0".repeat(32) }), FORM)).status).toBe(401);
    expect((await post("kuaidi100", form({ param }), FORM)).status).toBe(401);
    expect((await post("kuaidi100", JSON.stringify({ param }), { "content-type": "application/json" })).status).toBe(415);
    expect((await post("kuaidi100", form({ param: "x".repeat(1_100_000), sign: "y" }), FORM)).status).toBe(413);
    const parcel = await database.current().prisma.parcel.findFirstOrThrow({ where: { trackingNumber: tn } });
    expect(await database.current().prisma.trackingEvent.count({ where: { parcelId: parcel.id } })).toBe(0);
  });

  it("Kdniao: signed form push is stored and answered with EBusinessID/UpdateTime/Success", async () => {
    const tn = "YT7400000000033";
    await boundParcel(tn, "yto");
    const requestData = JSON.stringify({ EBusinessID: "1234567", PushTime: "2026-11-21 10:00:00", Count: 1, Data: [{ EBusinessID: "1234567", ShipperCode: "YTO", LogisticCode: tn, Success: true, State: "2", StateEx: "201", Location: "上海市", Traces: [{ AcceptTime: "2026-11-21 08:00:00", AcceptStation: "【上海市】快件已到达 上海转运中心", Location: "上海市", Action: "201" }] }] });
    const res = await post("kdniao", form({ RequestData: requestData, RequestType: "101", DataSign: signKdniaoRequestData(requestData, "kdniao-app-key-tests") }), FORM);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ EBusinessID: "1234567", Success: true, Reason: "" });
    const parcel = await database.current().prisma.parcel.findFirstOrThrow({ where: { trackingNumber: tn } });
    expect(parcel.status).toBe("in_transit");
  });

  it("AfterShip: HMAC on the raw body; 50 concurrent deliveries of one webhook store once and all get 2xx", async () => {
    const tn = "JD0100000000044";
    await boundParcel(tn, "jd");
    const body = JSON.stringify({ event: "tracking_update", event_id: randomUUID(), ts: 1795000000, msg: { id: "x", tracking_number: tn, slug: "jd", tag: "OutForDelivery", subtag: "OutForDelivery_001", checkpoints: [{ checkpoint_time: "2026-11-21T09:00:00+08:00", message: "快递员正在派件", location: "北京市朝阳区", tag: "OutForDelivery", subtag: "OutForDelivery_001" }] } });
    const headers = { "content-type": "application/json", "aftership-hmac-sha256": signAfterShipBody(body, "aftership-secret-tests") };
    const statuses = await Promise.all(Array.from({ length: 50 }, () => post("aftership", body, headers).then((r) => r.status)));
    expect(statuses.every((s) => s === 200)).toBe(true);
    const { prisma } = database.current();
    const parcel = await prisma.parcel.findFirstOrThrow({ where: { trackingNumber: tn } });
    expect(await prisma.trackingEvent.count({ where: { parcelId: parcel.id } })).toBe(1);
    expect(await prisma.outboxEvent.count({ where: { aggregateId: parcel.id, type: "shipment.status_changed" } })).toBe(1);
    expect((await post("aftership", body, { ...headers, "aftership-hmac-sha256": signAfterShipBody(body, "wrong") })).status).toBe(401);
  });

  it("answers 202 for an unknown tracking number and keeps it", async () => {
    const body = JSON.stringify({ event: "tracking_update", msg: { tracking_number: "UNKNOWN0000055", slug: "sf-express", tag: "InTransit", checkpoints: [{ checkpoint_time: "2026-11-21T09:00:00+08:00", message: "运输中", tag: "InTransit" }] } });
    const res = await post("aftership", body, { "content-type": "application/json", "aftership-hmac-sha256": signAfterShipBody(body, "aftership-secret-tests") });
    expect(res.status).toBe(202);
    expect(await database.current().prisma.unmatchedPush.count({ where: { trackingNumber: "UNKNOWN0000055" } })).toBe(1);
  });

  it("random and truncated bodies never produce a 5xx or a write (property)", async () => {
    const { prisma } = database.current();
    const before = await Promise.all([prisma.trackingEvent.count(), prisma.unmatchedPush.count(), prisma.outboxEvent.count()]);
    const valid = kuaidi100Param("SF1400000000011", [{ time: "2026-11-20 09:00:00", context: "已收取", statusCode: "1" }], "0");
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom("kuaidi100", "kdniao", "aftership", "shiplane"),
        fc.oneof(fc.string(), fc.uint8Array({ maxLength: 300 }).map((b) => Buffer.from(b).toString("latin1")), fc.nat({ max: valid.length }).map((n) => form({ param: valid.slice(0, n), sign: "AB" }))),
        fc.constantFrom("application/json", "application/x-www-form-urlencoded", "text/plain"),
        async (name, body, type) => {
          const res = await post(name, body, { "content-type": type, "x-shiplane-signature": "t=1,v1=00", "aftership-hmac-sha256": "AAAA" });
          await res.arrayBuffer();
          return res.status < 500;
        },
      ),
      { numRuns: 120 },
    );
    const after = await Promise.all([prisma.trackingEvent.count(), prisma.unmatchedPush.count(), prisma.outboxEvent.count()]);
    expect(after).toEqual(before);
  });
});

describe("push endpoints when the database fails", () => {
  it("answer 503 in the sender's format, so the sender retries, and never 2xx", async () => {
    const { useDatabase } = await import("@/lib/server/db/client");
    const healthy = database.current();
    const failing = { ...healthy, sql: { ...healthy.sql, query: async () => Promise.reject(new Error("connection refused")) } };
    useDatabase(failing);
    try {
      const param = kuaidi100Param("SF1400000000011", [{ time: "2026-11-22 09:00:00", context: "运输中", statusCode: "0" }], "0");
      const res = await post("kuaidi100", form({ param, sign: signKuaidi100Param(param, "k100-salt-for-tests") }), FORM);
      expect(res.status).toBe(503);
      expect(await res.json()).toMatchObject({ result: false, returnCode: "500" });
    } finally {
      useDatabase(healthy);
    }
  });
});
