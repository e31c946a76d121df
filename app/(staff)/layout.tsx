import { StaffShell } from "@/components/shell/staff-shell";
import { sessionCtx } from "@/lib/server/auth/session";
import { serverT } from "@/lib/i18n/server-locale";

export const dynamic = "force-dynamic";

export default async function StaffLayout({ children }: { children: React.ReactNode }) {
  const ctx = await sessionCtx();
  // Signed out: each page's requirePage() redirects to sign-in with the right callback (and "expired" notice).
  if (ctx.actor.type !== "user") return <>{children}</>;
  const { locale, t } = await serverT();
  return (
    <StaffShell user={ctx.actor} locale={locale} t={t}>
      {children}
    </StaffShell>
  );
}
