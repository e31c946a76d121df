import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { Truck } from "lucide-react";
import { ROLE_HOME } from "@/lib/domain/access/permissions";
import { sessionCtx } from "@/lib/server/auth/session";
import { serverT } from "@/lib/i18n/server-locale";
import { DEMO_USERS } from "@/lib/server/seed/seed-access";
import { LoginForm } from "@/components/shell/login-form";
import { LocaleSwitch } from "@/components/shell/locale-switch";

export const metadata: Metadata = { title: "Sign in" };
export const dynamic = "force-dynamic";

export default async function LoginPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const ctx = await sessionCtx();
  const params = await searchParams;
  if (ctx.actor.type === "user") redirect(safeCallback(params.callbackUrl) ?? ROLE_HOME[ctx.actor.role]);
  const { locale, t } = await serverT();
  const notice = params.signedOut ? t("login.signedOut") : params.expired ? t("login.expired") : undefined;
  return (
    <div className="flex min-h-dvh flex-col items-center justify-center gap-6 px-4 py-10">
      <div className="absolute top-3 right-3">
        <LocaleSwitch locale={locale} label={t("nav.language")} />
      </div>
      <div className="flex items-center gap-2 text-xl font-semibold">
        <Truck aria-hidden className="size-7 text-primary" /> {t("app.name")}
      </div>
      <LoginForm
        callbackUrl={safeCallback(params.callbackUrl) ?? "/"}
        notice={notice}
        text={{
          title: t("login.title"),
          subtitle: t("login.subtitle"),
          email: t("login.email"),
          password: t("login.password"),
          submit: t("login.submit"),
          wrong: t("login.wrong"),
          throttled: t("login.throttled"),
        }}
      />
      {process.env.SHIPLANE_HIDE_DEMO_ACCOUNTS ? null : (
        <section className="w-full max-w-sm rounded-lg border border-dashed border-border p-4 text-sm text-muted-foreground">
          <h2 className="mb-2 font-medium text-foreground">{t("login.demo")}</h2>
          <ul className="space-y-1">
            {DEMO_USERS.map((u) => (
              <li key={u.email} className="flex justify-between gap-2">
                <span className="font-mono">{u.email}</span>
                <span>{t(`role.${u.role}`)}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}

/** Only same-site paths: an open redirect would let a phishing link bounce users anywhere after sign-in. */
function safeCallback(url: string | undefined): string | undefined {
  if (!url || !url.startsWith("/") || url.startsWith("//")) return undefined;
  return url;
}
