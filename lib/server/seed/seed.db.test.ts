import { describe, expect, it } from "vitest";
import { ORDER_STATUSES, canTransition } from "@/lib/domain/orders/order-state-machine";
import { useTestDatabase } from "@/lib/server/db/use-test-database";
import { seedAccess } from "./seed-access";
import { seedDemoOrders } from "./seed-demo-orders";

const database = useTestDatabase();

describe("demo seed (database)", () => {
  it("loads users, a hashed API key and orders in every state whose history follows the state machine", async () => {
    const { prisma } = database.current();
    const access = await seedAccess(prisma, { password: "test-password-1", apiKey: "shpl_test_key_for_seed_0000000000" });
    expect(await prisma.user.count()).toBe(4);
    const key = await prisma.apiKey.findFirstOrThrow();
    expect(key.keyHash).not.toContain(access.apiKey);
    expect(key.keyHash).toMatch(/^[0-9a-f]{64}$/);

    const n = await seedDemoOrders(database.current(), { count: 400, seed: 7, now: new Date("2026-11-22T00:00:00Z"), batchSize: 150 });
    expect(n).toBe(400);
    const byStatus = await prisma.order.groupBy({ by: ["status"], _count: { _all: true } });
    expect(byStatus.map((g) => g.status).sort()).toEqual([...ORDER_STATUSES].sort());

    const history = await prisma.orderStatusHistory.findMany({ orderBy: [{ orderId: "asc" }, { createdAt: "asc" }] });
    for (const h of history) if (h.fromStatus) expect(canTransition(h.fromStatus, h.toStatus), `${h.fromStatus}→${h.toStatus}`).toBe(true);
    const shipped = await prisma.order.count({ where: { status: "in_transit", parcels: { some: { events: { some: {} } } } } });
    expect(shipped).toBeGreaterThan(0);
    const oldest = await prisma.order.findFirstOrThrow({ orderBy: { createdAt: "asc" } });
    expect(Date.parse("2026-11-22T00:00:00Z") - oldest.createdAt.getTime()).toBeGreaterThan(40 * 86_400_000);
  });
});
