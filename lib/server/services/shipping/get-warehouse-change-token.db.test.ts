import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { ForbiddenError } from "@/lib/domain/errors";
import type { Ctx } from "@/lib/server/auth/context";
import { useTestDatabase } from "@/lib/server/db/use-test-database";
import { createOrder } from "@/lib/server/services/orders/create-order";
import { getWarehouseChangeToken } from "./get-warehouse-change-token";
import { shipOrder } from "./ship-order";

useTestDatabase();
const warehouse: Ctx = { actor: { type: "user", id: randomUUID(), email: "w@test", name: "W", role: "WAREHOUSE" }, requestId: "r" };
const support: Ctx = { actor: { type: "user", id: randomUUID(), email: "s@test", name: "S", role: "SUPPORT" }, requestId: "r" };

describe("warehouse change token (database)", () => {
  it("changes when an order joins or leaves the queue, and only then", async () => {
    const token = () => getWarehouseChangeToken({ ctx: warehouse });
    const empty = await token();
    expect(await token()).toBe(empty);
    const { order } = await createOrder({
      ctx: warehouse,
      input: { platformOrderNo: `WQ${randomUUID().slice(0, 12)}`, platform: "pdd", customer: { name: "钱七", phone: "13600007777" }, address: { province: "湖北省", city: "武汉市", district: "洪山区", line: "珞喻路 1 号" }, items: [{ sku: "C", name: "充电宝", quantity: 1, unitPriceFen: 9900 }] },
    });
    const queued = await token();
    expect(queued).not.toBe(empty);
    await shipOrder({ ctx: warehouse, input: { orderId: order.id, body: {} } });
    expect(await token()).not.toBe(queued);
  });

  it("is for roles that work the warehouse page", async () => {
    await expect(getWarehouseChangeToken({ ctx: support })).rejects.toBeInstanceOf(ForbiddenError);
  });
});
