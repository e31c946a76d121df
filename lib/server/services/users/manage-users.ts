import "server-only";
import bcrypt from "bcryptjs";
import { ConflictError, ValidationError } from "@/lib/domain/errors";
import { actorRecord, authorize, type Ctx } from "@/lib/server/auth/context";
import { db } from "@/lib/server/db/client";
import { createUser as insertUser, findUserByEmail, insertAudit, listUsers as listUserRows } from "@/lib/server/db/access-repository";
import { createUserSchema } from "@/lib/schemas/admin";
import { zodFieldErrors } from "@/lib/schemas/field-errors";

export async function createUser({ ctx, input }: { ctx: Ctx; input: unknown }) {
  authorize(ctx, "user:manage");
  const parsed = createUserSchema.safeParse(input);
  if (!parsed.success) throw new ValidationError("Invalid user", zodFieldErrors(parsed.error));
  const { password, ...rest } = parsed.data;
  if (await findUserByEmail(db(), rest.email)) throw new ConflictError(`${rest.email} already has an account`);
  const user = await insertUser(db(), { ...rest, passwordHash: await bcrypt.hash(password, 10) });
  const who = actorRecord(ctx);
  await insertAudit(db(), { actorType: who.actorType, actorId: who.actorId, action: "user.create", entityType: "user", entityId: user.id, data: { email: user.email, role: user.role }, ip: ctx.ip, requestId: ctx.requestId });
  return user;
}

export async function listUsers({ ctx }: { ctx: Ctx }) {
  authorize(ctx, "user:manage");
  return listUserRows(db());
}
