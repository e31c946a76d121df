import { redirect } from "next/navigation";
import { StaffShell } from "@/components/shell/staff-shell";
import { sessionCtx } from "@/lib/server/auth/session";
import { serverT } from "@/lib/i18n/server-locale";

export const dynamic = "force-dynamic";

export default async function StaffLayout({ children }: { children: React.ReactNode }) {
  const ctx = await sessionCtx();
  if (ctx.actor.type !== "user") redirect("/login");
  const { locale, t } = await serverT();
  return (
    <StaffShell user={ctx.actor} locale={locale} t={t}>
      {children}
    </StaffShell>
  );
}
