import "server-only";
import { getServerSession } from "next-auth";
import { cookies, headers } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import { isRole, type Permission } from "@/lib/domain/access/permissions";
import { authOptions } from "./auth-options";
import { clientIp } from "./client-ip";
import { can, type Ctx } from "./context";


/** The ctx of the signed-in staff user, or an anonymous ctx. */
export async function sessionCtx(): Promise<Ctx> {
  const [session, h] = await Promise.all([getServerSession(authOptions), headers()]);
  const requestId = h.get("x-request-id") ?? crypto.randomUUID();
  const u = session?.user;
  if (!u?.id || !isRole(u.role)) return { actor: { type: "anonymous" }, requestId, ip: clientIp(h) };
  return { actor: { type: "user", id: u.id, email: u.email ?? "", name: u.name ?? "", role: u.role }, requestId, ip: clientIp(h) };
}

/** For pages: redirect to sign-in when signed out, render the 403 page when the role lacks the permission. */
export async function requirePage(permission: Permission, callbackPath: string): Promise<Ctx & { actor: Extract<Ctx["actor"], { type: "user" }> }> {
  const ctx = await sessionCtx();
  if (ctx.actor.type !== "user") {
    // A session cookie that no longer verifies means the shift's session expired (or was tampered with): say so.
    const jar = await cookies();
    const expired = jar.has("next-auth.session-token") || jar.has("__Secure-next-auth.session-token");
    redirect(`/login?callbackUrl=${encodeURIComponent(callbackPath)}${expired ? "&expired=1" : ""}`);
  }
  if (!can(ctx, permission)) forbidden();
  return ctx as never;
}
