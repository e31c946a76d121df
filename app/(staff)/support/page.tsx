import type { Metadata } from "next";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { OrdersTable } from "@/components/orders/orders-table";
import { ordersTableText } from "@/components/orders/orders-table-text";
import { requirePage } from "@/lib/server/auth/session";
import { listOrders } from "@/lib/server/services/orders/list-orders";
import { listStaleOrders } from "@/lib/server/services/orders/list-stale-orders";
import { serverT } from "@/lib/i18n/server-locale";

export const metadata: Metadata = { title: "Support" };

export default async function SupportPage() {
  const ctx = await requirePage("page:support", "/support");
  const { locale, t, timeZone } = await serverT();
  const [exceptions, returning, stale] = await Promise.all([
    listOrders({ ctx, input: { status: "exception", limit: "50" } }),
    listOrders({ ctx, input: { status: "returning", limit: "20" } }),
    listStaleOrders({ ctx, input: {} }),
  ]);
  const text = ordersTableText(t, { title: t("support.noneTitle"), body: t("support.noneBody") });
  return (
    <div className="space-y-6">
      <PageHeader title={t("support.title")} description={t("support.subtitle")} />
      <Card>
        <CardHeader><CardTitle>{t("support.exceptions")} ({exceptions.data.length})</CardTitle></CardHeader>
        <CardContent><OrdersTable query="status=exception&limit=50" initial={exceptions} locale={locale} timeZone={timeZone} text={text} /></CardContent>
      </Card>
      <Card>
        <CardHeader><CardTitle>{t("support.stale")} ({stale.length})</CardTitle></CardHeader>
        <CardContent><OrdersTable query="stale" initial={{ data: stale, nextCursor: null }} locale={locale} timeZone={timeZone} text={text} live={false} /></CardContent>
      </Card>
      <Card>
        <CardHeader><CardTitle>{t("status.returning")} ({returning.data.length})</CardTitle></CardHeader>
        <CardContent><OrdersTable query="status=returning&limit=20" initial={returning} locale={locale} timeZone={timeZone} text={text} /></CardContent>
      </Card>
    </div>
  );
}
