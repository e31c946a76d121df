// The request context every service verb and query receives: who is acting, from where, under which request id.
import { ForbiddenError, UnauthenticatedError } from "@/lib/domain/errors";
import { roleCan, type Permission, type Role } from "@/lib/domain/access/permissions";

export type Actor =
  | { type: "user"; id: string; email: string; name: string; role: Role }
  | { type: "api_key"; id: string; name: string; role: Role }
  | { type: "system"; label: string }
  | { type: "anonymous" };

export interface Ctx {
  actor: Actor;
  requestId: string;
  ip?: string;
}

export function authorize(ctx: Ctx, permission: Permission): void {
  const { actor } = ctx;
  if (actor.type === "system") return;
  if (actor.type === "anonymous") throw new UnauthenticatedError();
  if (!roleCan(actor.role, permission)) throw new ForbiddenError(permission);
}

export function can(ctx: Ctx, permission: Permission): boolean {
  const { actor } = ctx;
  if (actor.type === "system") return true;
  if (actor.type === "anonymous") return false;
  return roleCan(actor.role, permission);
}

/** How an actor is recorded in audit rows. */
export function actorRecord(ctx: Ctx): { actorType: string; actorId: string | null; actorLabel: string | null } {
  const a = ctx.actor;
  switch (a.type) {
    case "user":
      return { actorType: "user", actorId: a.id, actorLabel: a.email };
    case "api_key":
      return { actorType: "api_key", actorId: a.id, actorLabel: a.name };
    case "system":
      return { actorType: "system", actorId: null, actorLabel: a.label };
    default:
      return { actorType: "anonymous", actorId: null, actorLabel: null };
  }
}

export function systemCtx(label: string, requestId = crypto.randomUUID()): Ctx {
  return { actor: { type: "system", label }, requestId };
}
