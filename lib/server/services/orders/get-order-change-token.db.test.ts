import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { NotFoundError } from "@/lib/domain/errors";
import { systemCtx, type Ctx } from "@/lib/server/auth/context";
import { useTestDatabase } from "@/lib/server/db/use-test-database";
import { createOrder } from "@/lib/server/services/orders/create-order";
import { shipOrder } from "@/lib/server/services/shipping/ship-order";
import { ingestShipmentUpdates } from "@/lib/server/services/tracking/ingest-shipment-updates";
import { getOrderChangeToken } from "./get-order-change-token";

useTestDatabase();
const warehouse: Ctx = { actor: { type: "user", id: randomUUID(), email: "w@test", name: "W", role: "WAREHOUSE" }, requestId: "r" };

describe("order change token (database)", () => {
  it("changes with every change an order page shows, and only then", async () => {
    const { order } = await createOrder({
      ctx: warehouse,
      input: { platformOrderNo: `V${randomUUID().slice(0, 12)}`, platform: "jd", customer: { name: "赵六", phone: "13700001111" }, address: { province: "北京市", city: "北京市", district: "海淀区", line: "中关村大街 1 号" }, items: [{ sku: "B", name: "书", quantity: 1, unitPriceFen: 4500 }] },
    });
    const token = () => getOrderChangeToken({ ctx: warehouse, input: { id: order.id } });
    const created = await token();
    expect(await token()).toBe(created);

    const { waybills } = await shipOrder({ ctx: warehouse, input: { orderId: order.id, body: {} } });
    const shipped = await token();
    expect(shipped).not.toBe(created);

    // An older scan changes no status and no row but the checkpoints: the page must still re-render.
    const scan = (at: string, status: "in_transit" | "info_received") => ({ trackingNumber: waybills[0].trackingNumber, checkpoints: [{ occurredAt: new Date(at), status, description: `扫描 ${at}` }] });
    await ingestShipmentUpdates({ ctx: systemCtx("t"), input: { source: "test", updates: [scan("2026-11-20T05:00:00Z", "in_transit")] } });
    const moved = await token();
    expect(moved).not.toBe(shipped);
    await ingestShipmentUpdates({ ctx: systemCtx("t"), input: { source: "test", updates: [scan("2026-11-20T01:00:00Z", "info_received")] } });
    expect(await token()).not.toBe(moved);
  });

  it("is not found for an unknown or malformed order id", async () => {
    await expect(getOrderChangeToken({ ctx: warehouse, input: { id: randomUUID() } })).rejects.toBeInstanceOf(NotFoundError);
    await expect(getOrderChangeToken({ ctx: warehouse, input: { id: "not-a-uuid" } })).rejects.toBeInstanceOf(NotFoundError);
  });
});
