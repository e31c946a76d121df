import "server-only";
// One verb per exported function: createApiKey, revokeApiKey, listApiKeys.
import { NotFoundError, ValidationError } from "@/lib/domain/errors";
import { actorRecord, authorize, type Ctx } from "@/lib/server/auth/context";
import { apiKeyPrefix, generateApiKey, hashApiKey } from "@/lib/server/auth/api-key-format";
import { db } from "@/lib/server/db/client";
import { insertApiKey, insertAudit, listApiKeys as listApiKeyRows, revokeApiKey as revokeApiKeyRow } from "@/lib/server/db/access-repository";
import { isUuid } from "@/lib/server/db/orders-repository";
import { createApiKeySchema } from "@/lib/schemas/admin";
import { zodFieldErrors } from "@/lib/schemas/field-errors";

/** Returns the plain key once; only its hash is stored. */
export async function createApiKey({ ctx, input }: { ctx: Ctx; input: unknown }) {
  authorize(ctx, "apikey:manage");
  const parsed = createApiKeySchema.safeParse(input);
  if (!parsed.success) throw new ValidationError("Invalid API key", zodFieldErrors(parsed.error));
  const key = generateApiKey();
  const row = await insertApiKey(db(), {
    ...parsed.data,
    prefix: apiKeyPrefix(key),
    keyHash: hashApiKey(key),
    createdById: ctx.actor.type === "user" ? ctx.actor.id : null,
  });
  const who = actorRecord(ctx);
  await insertAudit(db(), { actorType: who.actorType, actorId: who.actorId, action: "apikey.create", entityType: "api_key", entityId: row.id, data: { name: row.name, role: row.role }, ip: ctx.ip, requestId: ctx.requestId });
  return { id: row.id, key, prefix: row.prefix };
}

export async function revokeApiKey({ ctx, input }: { ctx: Ctx; input: { id: string } }) {
  authorize(ctx, "apikey:manage");
  if (!isUuid(input.id)) throw new NotFoundError("API key", input.id);
  const result = await revokeApiKeyRow(db(), input.id);
  if (result.count === 0) throw new NotFoundError("Active API key", input.id);
  const who = actorRecord(ctx);
  await insertAudit(db(), { actorType: who.actorType, actorId: who.actorId, action: "apikey.revoke", entityType: "api_key", entityId: input.id, ip: ctx.ip, requestId: ctx.requestId });
}

export async function listApiKeys({ ctx }: { ctx: Ctx }) {
  authorize(ctx, "apikey:manage");
  return listApiKeyRows(db());
}
