import { redirect } from "next/navigation";
import { ROLE_HOME } from "@/lib/domain/access/permissions";
import { sessionCtx } from "@/lib/server/auth/session";

export const dynamic = "force-dynamic";

export default async function Home() {
  const ctx = await sessionCtx();
  if (ctx.actor.type !== "user") redirect("/login");
  redirect(ROLE_HOME[ctx.actor.role]);
}
