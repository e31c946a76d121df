import Link from "next/link";
import { BarChart3, Package, Search, Settings, Headset, Truck } from "lucide-react";
import { roleCan, type Permission, type Role } from "@/lib/domain/access/permissions";
import type { Locale, MessageKey } from "@/lib/i18n/messages";
import { Badge } from "@/components/ui/badge";
import { LocaleSwitch } from "./locale-switch";
import { SignOutButton } from "./sign-out-button";
import { NavLink } from "./nav-link";

const NAV: { href: string; label: MessageKey; permission: Permission; icon: typeof Package }[] = [
  { href: "/warehouse", label: "nav.warehouse", permission: "page:warehouse", icon: Package },
  { href: "/support", label: "nav.support", permission: "page:support", icon: Headset },
  { href: "/analytics", label: "nav.analytics", permission: "page:analytics", icon: BarChart3 },
  { href: "/admin", label: "nav.admin", permission: "page:admin", icon: Settings },
];

export function StaffShell(props: {
  user: { name: string; email: string; role: Role };
  locale: Locale;
  t: (key: MessageKey) => string;
  children: React.ReactNode;
}) {
  const { user, t } = props;
  return (
    <div className="flex min-h-dvh flex-col md:flex-row">
      <aside data-print-hide className="border-b border-border bg-card md:sticky md:top-0 md:h-dvh md:w-60 md:shrink-0 md:border-r md:border-b-0">
        <div className="flex items-center gap-2 px-4 py-4">
          <Truck aria-hidden className="size-6 text-primary" />
          <span className="text-base font-semibold">{t("app.name")}</span>
        </div>
        <nav aria-label="Main" className="flex gap-1 overflow-x-auto px-2 pb-2 md:flex-col md:pb-0">
          {NAV.filter((n) => roleCan(user.role, n.permission)).map((n) => (
            <NavLink key={n.href} href={n.href}>
              <n.icon aria-hidden className="size-4" />
              {t(n.label)}
            </NavLink>
          ))}
          <Link href="/track" className="flex items-center gap-2 rounded-md px-3 py-2 text-sm text-muted-foreground hover:bg-accent hover:text-accent-foreground">
            <Search aria-hidden className="size-4" />
            {t("nav.track")}
          </Link>
        </nav>
      </aside>
      <div className="flex min-w-0 flex-1 flex-col">
        <header data-print-hide className="flex items-center justify-end gap-1 border-b border-border bg-card px-4 py-2 sm:gap-2">
          <span className="mr-auto min-w-0 truncate text-sm text-muted-foreground md:mr-0">
            {user.name} <Badge variant="info">{t(`role.${user.role}`)}</Badge>
          </span>
          <LocaleSwitch locale={props.locale} label={t("nav.language")} />
          <SignOutButton label={t("nav.signOut")} />
        </header>
        <main className="mx-auto w-full max-w-7xl flex-1 px-4 py-6 md:px-8">{props.children}</main>
      </div>
    </div>
  );
}
