import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyShiplaneSignature } from "@/lib/carriers/shiplane/push-signature";
import { MAX_DELIVERY_ATTEMPTS } from "@/lib/domain/webhooks/retry-schedule";
import type { Ctx } from "@/lib/server/auth/context";
import { useTestDatabase } from "@/lib/server/db/use-test-database";
import { replayDelivery } from "@/lib/server/db/webhook-repository";
import { createOrder } from "@/lib/server/services/orders/create-order";
import { getOrder } from "@/lib/server/services/orders/get-order";
import { completeDeliveredOrders } from "./complete-delivered-orders";
import { createWebhook } from "@/lib/server/services/webhooks/manage-webhooks";
import { openSecret, sealSecret } from "@/lib/server/secrets/sealed-secret";
import { deliverWebhooks, dispatchOutbox } from "./deliver-webhooks";
import { sealWebhookSecrets } from "./seal-webhook-secrets";

const database = useTestDatabase();
const admin: Ctx = { actor: { type: "user", id: randomUUID(), email: "a@test", name: "A", role: "ADMIN" }, requestId: "r" };
const received: { event: string; body: string; verified: boolean }[] = [];
let failNext = 0;
let url = "";
const server = createServer(async (req: IncomingMessage, res) => {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  const body = Buffer.concat(chunks);
  let verified = false;
  try {
    verifyShiplaneSignature({ header: String(req.headers["x-shiplane-signature"]), body, secrets: { current: "subscriber-secret-123" }, now: new Date() });
    verified = true;
  } catch {}
  if (failNext > 0) {
    failNext--;
    res.writeHead(500).end();
    return;
  }
  received.push({ event: String(req.headers["x-shiplane-event"]), body: body.toString(), verified });
  res.writeHead(204).end();
});

beforeAll(async () => {
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

async function newOrder() {
  return (await createOrder({ ctx: admin, input: { platformOrderNo: `J${randomUUID().slice(0, 12)}`, platform: "pdd", customer: { name: "王五", phone: "13500003333" }, address: { province: "湖北省", city: "武汉市", district: "洪山区", line: "珞喻路 129 号" }, items: [{ sku: "X", name: "台灯", quantity: 1, unitPriceFen: 5900 }] } })).order;
}

describe("outbox, webhooks and scheduled jobs (database)", () => {
  it("fans outbox events out to subscriptions once and delivers them signed", async () => {
    const { prisma } = database.current();
    await prisma.webhookSubscription.create({ data: { name: "ERP", url, secret: "subscriber-secret-123", eventTypes: ["order.created"] } });
    const order = await newOrder();
    await dispatchOutbox();
    await dispatchOutbox();
    expect(await prisma.webhookDelivery.count({ where: { eventType: "order.created" } })).toBeGreaterThanOrEqual(1);
    expect(await prisma.outboxEvent.count({ where: { processedAt: null } })).toBe(0);
    await deliverWebhooks();
    const mine = received.filter((r) => JSON.parse(r.body).data.orderId === order.id);
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({ event: "order.created", verified: true });
    await deliverWebhooks();
    expect(received.filter((r) => JSON.parse(r.body).data.orderId === order.id)).toHaveLength(1);
  });

  it("stores a new subscription's secret sealed and signs its deliveries with the plain secret", async () => {
    const { prisma } = database.current();
    const created = await createWebhook({ ctx: admin, input: { name: "Finance", url, eventTypes: ["waybill.voided"] } });
    const row = await prisma.webhookSubscription.findUniqueOrThrow({ where: { id: created.id } });
    expect(row.secret).not.toContain(created.secret);
    expect(openSecret(row.secret)).toBe(created.secret);
    // A subscription sealed with the key deliveries are signed with, verified by the subscriber's plain secret.
    await prisma.webhookSubscription.update({ where: { id: created.id }, data: { secret: sealSecret("subscriber-secret-123"), eventTypes: ["order.created"] } });
    await prisma.webhookSubscription.updateMany({ where: { id: { not: created.id } }, data: { active: false } });
    const order = await newOrder();
    await dispatchOutbox();
    await deliverWebhooks();
    expect(received.filter((r) => JSON.parse(r.body).data.orderId === order.id)).toEqual([expect.objectContaining({ verified: true })]);
    await prisma.webhookSubscription.updateMany({ data: { active: true } });
    await prisma.webhookSubscription.update({ where: { id: created.id }, data: { active: false } });
  });

  it("seals signing secrets stored in plain text before sealing existed, once", async () => {
    const { prisma } = database.current();
    const legacy = await prisma.webhookSubscription.create({ data: { name: "Legacy ERP", url, secret: "legacy-plain-secret-1", eventTypes: ["waybill.voided"], active: false } });
    expect(await sealWebhookSecrets()).toBeGreaterThanOrEqual(1);
    const row = await prisma.webhookSubscription.findUniqueOrThrow({ where: { id: legacy.id } });
    expect(row.secret).not.toContain("legacy-plain-secret-1");
    expect(openSecret(row.secret)).toBe("legacy-plain-secret-1");
    expect(await sealWebhookSecrets()).toBe(0);
  });

  it("retries failures with backoff, dead-letters after the last attempt, and replays by hand", async () => {
    const { prisma } = database.current();
    const order = await newOrder();
    await dispatchOutbox();
    const delivery = await prisma.webhookDelivery.findFirstOrThrow({ where: { payload: { path: ["data", "orderId"], equals: order.id } } });
    failNext = 1;
    await deliverWebhooks();
    let row = await prisma.webhookDelivery.findUniqueOrThrow({ where: { id: delivery.id } });
    expect(row).toMatchObject({ status: "pending", attempts: 1, lastStatusCode: 500 });
    expect(row.nextAttemptAt.getTime()).toBeGreaterThan(Date.now() + 20_000);

    failNext = 100;
    for (let i = row.attempts; i < MAX_DELIVERY_ATTEMPTS; i++) {
      await prisma.webhookDelivery.update({ where: { id: delivery.id }, data: { nextAttemptAt: new Date(0) } });
      await deliverWebhooks();
    }
    row = await prisma.webhookDelivery.findUniqueOrThrow({ where: { id: delivery.id } });
    expect(row).toMatchObject({ status: "dead", attempts: MAX_DELIVERY_ATTEMPTS });

    failNext = 0;
    await replayDelivery(prisma, delivery.id);
    await deliverWebhooks();
    row = await prisma.webhookDelivery.findUniqueOrThrow({ where: { id: delivery.id } });
    expect(row.status).toBe("succeeded");
  });

  it("completes delivered orders after the return window, once", async () => {
    const { prisma } = database.current();
    const order = await newOrder();
    await prisma.order.update({ where: { id: order.id }, data: { status: "delivered", statusChangedAt: new Date(Date.now() - 8 * 86_400_000) } });
    const [a, b] = await Promise.all([completeDeliveredOrders(new Date(), 7), completeDeliveredOrders(new Date(), 7)]);
    expect(a + b).toBeGreaterThanOrEqual(1);
    expect((await getOrder({ ctx: admin, input: { id: order.id } })).status).toBe("completed");
    expect(await prisma.orderStatusHistory.count({ where: { orderId: order.id, toStatus: "completed" } })).toBe(1);
  });
});

describe("reconcile delivered orders (database)", () => {
  it("delivers an order whose every parcel is delivered but which still shows in transit", async () => {
    const { reconcileDeliveredOrders } = await import("./reconcile-delivered-orders");
    const { prisma } = database.current();
    const order = await newOrder();
    await prisma.order.update({ where: { id: order.id }, data: { status: "in_transit" } });
    await prisma.parcel.createMany({ data: [
      { orderId: order.id, carrier: "zto", trackingNumber: `R1${order.id.slice(0, 8)}`, status: "delivered" },
      { orderId: order.id, carrier: "zto", trackingNumber: `R2${order.id.slice(0, 8)}`, status: "delivered" },
    ] });
    expect(await reconcileDeliveredOrders()).toBeGreaterThanOrEqual(1);
    expect((await getOrder({ ctx: admin, input: { id: order.id } })).status).toBe("delivered");
    expect(await prisma.outboxEvent.count({ where: { aggregateId: order.id, type: "order.delivered" } })).toBe(1);
  });
});
