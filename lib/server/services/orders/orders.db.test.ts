import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { ConflictError, ForbiddenError, InvalidTransitionError, UnauthenticatedError, ValidationError } from "@/lib/domain/errors";
import type { Ctx } from "@/lib/server/auth/context";
import { useTestDatabase } from "@/lib/server/db/use-test-database";
import { createOrder } from "./create-order";
import { getOrder, getOrderHistory } from "./get-order";
import { listOrders } from "./list-orders";
import { transitionOrder } from "./transition-order";

const database = useTestDatabase();
const warehouse: Ctx = { actor: { type: "user", id: randomUUID(), email: "w@test", name: "W", role: "WAREHOUSE" }, requestId: "r1", ip: "10.0.0.1" };
const analyst: Ctx = { actor: { type: "user", id: randomUUID(), email: "a@test", name: "A", role: "ANALYST" }, requestId: "r2" };

function orderBody(no = `T${randomUUID().slice(0, 12)}`) {
  return {
    platformOrderNo: no,
    platform: "taobao",
    customer: { name: "张三", phone: "13812345678" },
    address: { province: "广东省", city: "深圳市", district: "南山区", line: "科技园南区 1 号" },
    items: [{ sku: "SKU-1", name: "蓝牙耳机", quantity: 2, unitPriceFen: 19900 }],
    attributes: { fragile: true },
  };
}

describe("orders service (database)", () => {
  it("creates an order with audit row and outbox event, normalizing the number", async () => {
    const { order, created } = await createOrder({ ctx: warehouse, input: orderBody("tb-abc-001") });
    expect(created).toBe(true);
    expect(order.platformOrderNo).toBe("TB-ABC-001");
    expect(order.status).toBe("paid");
    expect(order.totalFen).toBe(39800);
    const history = await getOrderHistory({ ctx: warehouse, input: { id: order.id } });
    expect(history).toEqual([expect.objectContaining({ from: null, to: "paid", actorType: "user", actorLabel: "w@test" })]);
    const outbox = await database.current().prisma.outboxEvent.findMany({ where: { aggregateId: order.id } });
    expect(outbox.map((e) => e.type)).toEqual(["order.created"]);
  });

  it("is idempotent for the same body and conflicts for a different one", async () => {
    const body = orderBody();
    const first = await createOrder({ ctx: warehouse, input: body });
    const again = await createOrder({ ctx: warehouse, input: { ...body, attributes: { fragile: true } } });
    expect(again.created).toBe(false);
    expect(again.order.id).toBe(first.order.id);
    await expect(createOrder({ ctx: warehouse, input: { ...body, items: [{ ...body.items[0], quantity: 3 }] } })).rejects.toBeInstanceOf(ConflictError);
  });

  it("creates exactly one order when the same request races", async () => {
    const body = orderBody();
    const results = await Promise.all(Array.from({ length: 8 }, () => createOrder({ ctx: warehouse, input: body })));
    expect(new Set(results.map((r) => r.order.id)).size).toBe(1);
    expect(results.filter((r) => r.created)).toHaveLength(1);
    const count = await database.current().prisma.order.count({ where: { platformOrderNo: body.platformOrderNo.toUpperCase() } });
    expect(count).toBe(1);
  });

  it("rejects invalid input with field errors and stores nothing", async () => {
    const body = { ...orderBody(), customer: { name: "", phone: "12" }, items: [] };
    const before = await database.current().prisma.order.count();
    const error = await createOrder({ ctx: warehouse, input: body }).catch((e) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect(Object.keys((error as ValidationError).fieldErrors).sort()).toEqual(["customer.name", "customer.phone", "items"]);
    expect(await database.current().prisma.order.count()).toBe(before);
  });

  it("checks permission before anything else", async () => {
    await expect(createOrder({ ctx: analyst, input: orderBody() })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(createOrder({ ctx: { actor: { type: "anonymous" }, requestId: "x" }, input: orderBody() })).rejects.toBeInstanceOf(UnauthenticatedError);
  });

  it("moves through legal transitions with an audit trail and rejects illegal ones", async () => {
    const { order } = await createOrder({ ctx: warehouse, input: orderBody() });
    await transitionOrder({ ctx: warehouse, input: { orderId: order.id, body: { to: "picking" } } });
    const packed = await transitionOrder({ ctx: warehouse, input: { orderId: order.id, body: { to: "packed", reason: "boxed" } } });
    expect(packed.status).toBe("packed");
    const error = await transitionOrder({ ctx: warehouse, input: { orderId: order.id, body: { to: "delivered" } } }).catch((e) => e);
    expect(error).toBeInstanceOf(InvalidTransitionError);
    expect((error as InvalidTransitionError).allowed).toEqual(["shipped", "cancelled"]);
    const history = await getOrderHistory({ ctx: warehouse, input: { id: order.id } });
    expect(history.map((h) => `${h.from}>${h.to}`)).toEqual(["null>paid", "paid>picking", "picking>packed"]);
    expect(history[2].reason).toBe("boxed");
    expect((await getOrder({ ctx: analyst, input: { id: order.id } })).status).toBe("packed");
  });

  it("lets only one of two concurrent transitions from the same state win", async () => {
    const { order } = await createOrder({ ctx: warehouse, input: orderBody() });
    const results = await Promise.allSettled([
      transitionOrder({ ctx: warehouse, input: { orderId: order.id, body: { to: "picking" } } }),
      transitionOrder({ ctx: warehouse, input: { orderId: order.id, body: { to: "cancelled" } } }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const history = await getOrderHistory({ ctx: warehouse, input: { id: order.id } });
    expect(history).toHaveLength(2);
  });

  it("pages through orders with a cursor without gaps or repeats", async () => {
    const prefix = `PG${randomUUID().slice(0, 6)}`.toUpperCase();
    for (let i = 0; i < 7; i++) await createOrder({ ctx: warehouse, input: orderBody(`${prefix}-${i}`) });
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await listOrders({ ctx: analyst, input: { q: prefix, limit: "3", ...(cursor ? { cursor } : {}) } });
      seen.push(...page.data.map((o) => o.platformOrderNo));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(seen.sort()).toEqual(Array.from({ length: 7 }, (_, i) => `${prefix}-${i}`));
    await expect(listOrders({ ctx: analyst, input: { status: "nonsense" } })).rejects.toBeInstanceOf(ValidationError);
  });
});
