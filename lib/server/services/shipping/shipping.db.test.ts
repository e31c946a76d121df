import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { detectCarrier } from "@/lib/carriers/detect-carrier";
import { ConflictError, ForbiddenError, ValidationError } from "@/lib/domain/errors";
import type { Ctx } from "@/lib/server/auth/context";
import { useTestDatabase } from "@/lib/server/db/use-test-database";
import { createOrder } from "@/lib/server/services/orders/create-order";
import { getOrder, getOrderHistory } from "@/lib/server/services/orders/get-order";
import { bindWaybill } from "./bind-waybill";
import { shipOrder } from "./ship-order";
import { voidWaybill } from "./void-waybill";

const database = useTestDatabase();
const warehouse: Ctx = { actor: { type: "user", id: randomUUID(), email: "w@test", name: "W", role: "WAREHOUSE" }, requestId: "r", ip: "10.0.0.2" };
const support: Ctx = { actor: { type: "user", id: randomUUID(), email: "s@test", name: "S", role: "SUPPORT" }, requestId: "r" };

async function paidOrder(overrides: Record<string, unknown> = {}) {
  const { order } = await createOrder({
    ctx: warehouse,
    input: {
      platformOrderNo: `S${randomUUID().slice(0, 13)}`,
      platform: "jd",
      customer: { name: "李雷", phone: "13700001111" },
      address: { province: "江苏省", city: "南京市", district: "鼓楼区", line: "中山北路 30 号 2 单元 501" },
      items: [{ sku: "A1", name: "运动鞋", quantity: 1, unitPriceFen: 39900 }, { sku: "B2", name: "袜子", quantity: 3, unitPriceFen: 1500 }],
      ...overrides,
    },
  });
  return order;
}

describe("shipping (database)", () => {
  it("issues a waybill in the carrier's real format, binds it and moves the order to shipped in one step", async () => {
    const order = await paidOrder();
    const result = await shipOrder({ ctx: warehouse, input: { orderId: order.id, body: {} } });
    expect(result.created).toBe(true);
    expect(result.carrierChoice).toMatchObject({ carrier: "zto", ruleId: "default" });
    expect(result.waybills).toHaveLength(1);
    const [w] = result.waybills;
    const detected = detectCarrier(w.trackingNumber).candidates.find((c) => c.carrier === "zto");
    expect(detected?.valid).toBe(true);
    expect(w.labelUrl).toBe(`/api/v1/waybills/${w.trackingNumber}/label.pdf`);
    const after = await getOrder({ ctx: warehouse, input: { id: order.id } });
    expect(after.status).toBe("shipped");
    expect(after.parcels.map((p) => p.trackingNumber)).toEqual([w.trackingNumber]);
    const history = await getOrderHistory({ ctx: warehouse, input: { id: order.id } });
    expect(history.map((h) => h.to)).toEqual(["paid", "picking", "packed", "shipped"]);
    const events = await database.current().prisma.outboxEvent.findMany({ where: { aggregateId: order.id, type: "order.shipped" } });
    expect(events).toHaveLength(1);
  });

  it("ships multi-parcel orders with cold chain on SF", async () => {
    const order = await paidOrder({ attributes: { coldChain: true } });
    const result = await shipOrder({ ctx: warehouse, input: { orderId: order.id, body: { parcels: [{ weightKg: 2.5, items: [{ sku: "A1", quantity: 1 }] }, { weightKg: 0.6, items: [{ sku: "B2", quantity: 3 }] }] } } });
    expect(result.waybills.map((w) => w.carrier)).toEqual(["sf", "sf"]);
    expect(new Set(result.waybills.map((w) => w.trackingNumber)).size).toBe(2);
    expect(result.waybills.every((w) => /^SF\d{13}$/.test(w.trackingNumber))).toBe(true);
  });

  it("produces exactly one set of waybills when two stations ship the same order at once", async () => {
    const order = await paidOrder();
    const results = await Promise.all([0, 1, 2].map(() => shipOrder({ ctx: warehouse, input: { orderId: order.id, body: {} } })));
    expect(results.filter((r) => r.created)).toHaveLength(1);
    const numbers = new Set(results.flatMap((r) => r.waybills.map((w) => w.trackingNumber)));
    expect(numbers.size).toBe(1);
    expect(await database.current().prisma.parcel.count({ where: { orderId: order.id } })).toBe(1);
  });

  it("refuses an order the carrier cannot serve and leaves nothing half-done", async () => {
    const order = await paidOrder({ attributes: { coldChain: true } });
    const error = await shipOrder({ ctx: warehouse, input: { orderId: order.id, body: { carrier: "yunda" } } }).catch((e) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).message).toMatch(/cold-chain/);
    const after = await getOrder({ ctx: warehouse, input: { id: order.id } });
    expect(after.status).toBe("paid");
    expect(after.parcels).toEqual([]);
    expect(await database.current().prisma.orderStatusHistory.count({ where: { orderId: order.id } })).toBe(1);
  });

  it("refuses to ship a cancelled order and checks permission", async () => {
    const order = await paidOrder();
    await database.current().prisma.order.update({ where: { id: order.id }, data: { status: "cancelled" } });
    await expect(shipOrder({ ctx: warehouse, input: { orderId: order.id, body: {} } })).rejects.toBeInstanceOf(ConflictError);
    await expect(shipOrder({ ctx: support, input: { orderId: order.id, body: {} } })).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("binds a manual waybill: detects the carrier, is idempotent, and names the other order on a clash", async () => {
    const order = await paidOrder();
    const first = await bindWaybill({ ctx: warehouse, input: { orderId: order.id, body: { trackingNumber: "sf 1234 5678 9012 3" } } });
    expect(first).toMatchObject({ created: true, waybill: { carrier: "sf", trackingNumber: "SF1234567890123" } });
    expect((await getOrder({ ctx: warehouse, input: { id: order.id } })).status).toBe("shipped");
    const again = await bindWaybill({ ctx: warehouse, input: { orderId: order.id, body: { trackingNumber: "SF1234567890123" } } });
    expect(again.created).toBe(false);
    const other = await paidOrder();
    const clash = await bindWaybill({ ctx: warehouse, input: { orderId: other.id, body: { trackingNumber: "SF1234567890123" } } }).catch((e) => e);
    expect(clash).toBeInstanceOf(ConflictError);
    expect((clash as ConflictError).message).toContain(order.platformOrderNo);
  });

  it("explains why a number cannot be bound", async () => {
    const order = await paidOrder();
    const badCheck = await bindWaybill({ ctx: warehouse, input: { orderId: order.id, body: { trackingNumber: "EE123456784CN" } } }).catch((e) => e);
    expect(badCheck).toBeInstanceOf(ValidationError);
    expect((badCheck as ValidationError).fieldErrors.trackingNumber?.join()).toMatch(/check digit/i);
    const unknown = await bindWaybill({ ctx: warehouse, input: { orderId: order.id, body: { trackingNumber: "HELLO" } } }).catch((e) => e);
    expect(unknown).toBeInstanceOf(ValidationError);
    expect((await getOrder({ ctx: warehouse, input: { id: order.id } })).parcels).toEqual([]);
  });

  it("voids a waybill before pickup with the reason audited, returning the order to packed", async () => {
    const order = await paidOrder();
    const { waybills } = await shipOrder({ ctx: warehouse, input: { orderId: order.id, body: {} } });
    await voidWaybill({ ctx: warehouse, input: { trackingNumber: waybills[0].trackingNumber, body: { reason: "包装破损，重新打包" } } });
    const after = await getOrder({ ctx: warehouse, input: { id: order.id } });
    expect(after.status).toBe("packed");
    expect(after.parcels[0].state).toBe("voided");
    const audit = await database.current().prisma.auditLog.findFirst({ where: { action: "waybill.void", entityId: after.parcels[0].id } });
    expect(audit?.data).toMatchObject({ reason: "包装破损，重新打包" });
    await expect(voidWaybill({ ctx: warehouse, input: { trackingNumber: waybills[0].trackingNumber, body: { reason: "again" } } })).rejects.toThrow(/not found/i);
    const reshipped = await shipOrder({ ctx: warehouse, input: { orderId: order.id, body: {} } });
    expect(reshipped.created).toBe(true);
    expect(reshipped.waybills[0].trackingNumber).not.toBe(waybills[0].trackingNumber);
  });

  it("refuses to void once the carrier has the parcel", async () => {
    const order = await paidOrder();
    const { waybills } = await shipOrder({ ctx: warehouse, input: { orderId: order.id, body: {} } });
    await database.current().prisma.parcel.updateMany({ where: { trackingNumber: waybills[0].trackingNumber }, data: { status: "in_transit" } });
    await expect(voidWaybill({ ctx: warehouse, input: { trackingNumber: waybills[0].trackingNumber, body: { reason: "too late" } } })).rejects.toBeInstanceOf(ConflictError);
  });
});

describe("shipping without a waybill provider (database)", () => {
  it("refuses with a clear message and changes nothing", async () => {
    const { useWaybillProvider } = await import("./shipping-context");
    const previous = process.env.SHIPLANE_SANDBOX;
    process.env.SHIPLANE_SANDBOX = "off";
    useWaybillProvider(undefined);
    try {
      const order = await paidOrder();
      const error = await shipOrder({ ctx: warehouse, input: { orderId: order.id, body: {} } }).catch((e) => e);
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).message).toMatch(/no e-waybill provider is configured/);
      expect((await getOrder({ ctx: warehouse, input: { id: order.id } })).status).toBe("paid");
    } finally {
      process.env.SHIPLANE_SANDBOX = previous;
      useWaybillProvider(undefined);
    }
  });
});
