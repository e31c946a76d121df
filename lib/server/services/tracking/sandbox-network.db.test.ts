import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as shiplanePush } from "@/app/api/webhooks/shiplane/route";
import type { Ctx } from "@/lib/server/auth/context";
import { useTestDatabase } from "@/lib/server/db/use-test-database";
import { createOrder } from "@/lib/server/services/orders/create-order";
import { getOrder } from "@/lib/server/services/orders/get-order";
import { shipOrder } from "@/lib/server/services/shipping/ship-order";
import { serveRoute } from "@/lib/server/testing/serve-route";
import { emitSandboxScans } from "./sandbox-network";

const database = useTestDatabase();
const warehouse: Ctx = { actor: { type: "user", id: randomUUID(), email: "w@test", name: "W", role: "WAREHOUSE" }, requestId: "r" };
let endpoint: Awaited<ReturnType<typeof serveRoute>>;
beforeAll(async () => {
  process.env.SHIPLANE_WEBHOOK_SECRET = "sandbox-test-secret-0123456789";
  endpoint = await serveRoute(shiplanePush);
});
afterAll(() => endpoint.close());

describe("sandbox carrier network (database + real push endpoint)", () => {
  it("pushes a shipped parcel's journey through /api/webhooks/shiplane and drives the order, without repeats", async () => {
    const { order } = await createOrder({ ctx: warehouse, input: { platformOrderNo: `SB${randomUUID().slice(0, 10)}`, platform: "tmall", customer: { name: "周杰", phone: "13600005555" }, address: { province: "浙江省", city: "宁波市", district: "鄞州区", line: "天童南路 588 号" }, items: [{ sku: "K", name: "键盘", quantity: 1, unitPriceFen: 29900 }] } });
    const { waybills } = await shipOrder({ ctx: warehouse, input: { orderId: order.id, body: {} } });
    const { prisma } = database.current();
    // Pretend it shipped two days ago: at 60× speed its whole journey is due.
    await prisma.parcel.updateMany({ where: { trackingNumber: waybills[0].trackingNumber }, data: { createdAt: new Date(Date.now() - 2 * 86_400_000) } });

    const sent = await emitSandboxScans({ baseUrl: endpoint.url });
    expect(sent).toBeGreaterThan(3);
    const parcel = await prisma.parcel.findFirstOrThrow({ where: { trackingNumber: waybills[0].trackingNumber } });
    expect(await prisma.trackingEvent.count({ where: { parcelId: parcel.id } })).toBe(sent);
    expect(["delivered", "exception"]).toContain(parcel.status);
    const after = await getOrder({ ctx: warehouse, input: { id: order.id } });
    expect(["delivered", "returned", "exception", "returning"]).toContain(after.status);

    expect(await emitSandboxScans({ baseUrl: endpoint.url })).toBe(0);
    expect(await prisma.trackingEvent.count({ where: { parcelId: parcel.id } })).toBe(sent);
  });

  it("rejects a push signed with the wrong secret and stores nothing", async () => {
    const before = await database.current().prisma.trackingEvent.count();
    const res = await fetch(`${endpoint.url}/api/webhooks/shiplane`, { method: "POST", headers: { "content-type": "application/json", "x-shiplane-signature": `t=${Math.floor(Date.now() / 1000)},v1=${"0".repeat(64)}` }, body: JSON.stringify({ event_id: "e1", tracking_number: "X", status_code: "IN_TRANSIT", timestamp: new Date().toISOString() }) });
    expect(res.status).toBe(401);
    expect(await database.current().prisma.trackingEvent.count()).toBe(before);
  });
});
