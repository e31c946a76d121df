import "server-only";
// Outgoing webhook subscriptions and their delivery log: createWebhook, listWebhooks, setWebhookActive,
// listWebhookDeliveries, replayWebhookDelivery.
import { randomBytes } from "node:crypto";
import { NotFoundError, ValidationError } from "@/lib/domain/errors";
import { actorRecord, authorize, type Ctx } from "@/lib/server/auth/context";
import { db } from "@/lib/server/db/client";
import { insertAudit } from "@/lib/server/db/access-repository";
import { isUuid } from "@/lib/server/db/orders-repository";
import { insertSubscription, listDeliveries, listSubscriptions, replayDelivery, setSubscriptionActive } from "@/lib/server/db/webhook-repository";
import { createWebhookSchema } from "@/lib/schemas/webhooks";
import { zodFieldErrors } from "@/lib/schemas/field-errors";
import { sealSecret } from "@/lib/server/secrets/sealed-secret";

export async function createWebhook({ ctx, input }: { ctx: Ctx; input: unknown }) {
  authorize(ctx, "integration:manage");
  const parsed = createWebhookSchema.safeParse(input);
  if (!parsed.success) throw new ValidationError("Invalid webhook", zodFieldErrors(parsed.error));
  const secret = `whsec_${randomBytes(24).toString("base64url")}`;
  // Stored sealed; the plain secret is shown once, in this answer, for the subscriber to verify signatures.
  const row = await insertSubscription(db(), { ...parsed.data, secret: sealSecret(secret) });
  const who = actorRecord(ctx);
  await insertAudit(db(), { actorType: who.actorType, actorId: who.actorId, action: "webhook.create", entityType: "webhook_subscription", entityId: row.id, data: { name: row.name, url: row.url }, ip: ctx.ip, requestId: ctx.requestId });
  return { ...row, secret };
}

export async function listWebhooks({ ctx }: { ctx: Ctx }) {
  authorize(ctx, "integration:manage");
  return listSubscriptions(db());
}

export async function setWebhookActive({ ctx, input }: { ctx: Ctx; input: { id: string; active: boolean } }) {
  authorize(ctx, "integration:manage");
  if (!isUuid(input.id) || (await setSubscriptionActive(db(), input.id, input.active)).count === 0) throw new NotFoundError("Webhook", input.id);
}

export async function listWebhookDeliveries({ ctx, input }: { ctx: Ctx; input: { status?: string; limit?: number } }) {
  authorize(ctx, "integration:manage");
  return listDeliveries(db(), { status: input.status, limit: input.limit ?? 50 });
}

export async function replayWebhookDelivery({ ctx, input }: { ctx: Ctx; input: { id: string } }) {
  authorize(ctx, "integration:manage");
  if (!isUuid(input.id) || (await replayDelivery(db(), input.id)).count === 0) throw new NotFoundError("Delivery", input.id);
  const who = actorRecord(ctx);
  await insertAudit(db(), { actorType: who.actorType, actorId: who.actorId, action: "webhook.replay", entityType: "webhook_delivery", entityId: input.id, ip: ctx.ip, requestId: ctx.requestId });
}
