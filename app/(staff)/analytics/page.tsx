import type { Metadata } from "next";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { CountBarChart, DailyOrdersChart } from "@/components/analytics/orders-charts";
import { ORDER_STATUSES } from "@/lib/domain/orders/order-state-machine";
import { requirePage } from "@/lib/server/auth/session";
import { getOrderStats } from "@/lib/server/services/orders/get-order-stats";
import { serverT } from "@/lib/i18n/server-locale";

export const metadata: Metadata = { title: "Analytics" };

export default async function AnalyticsPage() {
  const ctx = await requirePage("page:analytics", "/analytics");
  const { locale, t } = await serverT();
  const stats = await getOrderStats({ ctx, input: { days: 60 } });
  const count = (...s: (keyof typeof stats.byStatus)[]) => s.reduce((n, k) => n + (stats.byStatus[k] ?? 0), 0);
  const total = Object.values(stats.byStatus).reduce((a, b) => a + (b ?? 0), 0);
  const nf = new Intl.NumberFormat(locale);
  const tiles = [
    { label: t("analytics.totalOrders"), value: total },
    { label: t("analytics.inFlight"), value: count("shipped", "in_transit", "out_for_delivery") },
    { label: t("analytics.delivered"), value: count("delivered", "completed") },
    { label: t("analytics.exceptions"), value: count("exception") },
  ];
  return (
    <div className="space-y-6">
      <PageHeader title={t("analytics.title")} description={t("analytics.subtitle")} />
      <div className="grid grid-cols-2 gap-4 lg:grid-cols-4">
        {tiles.map((tile) => (
          <Card key={tile.label}>
            <CardHeader>
              <CardDescription>{tile.label}</CardDescription>
              <CardTitle className="text-3xl tabular-nums" data-testid="stat-tile">{nf.format(tile.value)}</CardTitle>
            </CardHeader>
          </Card>
        ))}
      </div>
      <div className="grid gap-6 lg:grid-cols-2">
        <Card>
          <CardHeader><CardTitle>{t("analytics.daily")}</CardTitle></CardHeader>
          <CardContent>{stats.daily.length ? <DailyOrdersChart data={stats.daily} label={t("analytics.daily")} /> : <p className="text-sm text-muted-foreground">{t("common.empty")}</p>}</CardContent>
        </Card>
        <Card>
          <CardHeader><CardTitle>{t("analytics.byStatus")}</CardTitle></CardHeader>
          <CardContent>
            <CountBarChart label={t("analytics.byStatus")} data={ORDER_STATUSES.map((s) => ({ name: t(`status.${s}`), value: stats.byStatus[s] ?? 0 }))} />
          </CardContent>
        </Card>
        <Card className="lg:col-span-2">
          <CardHeader><CardTitle>{t("analytics.byCarrier")}</CardTitle></CardHeader>
          <CardContent>
            {stats.byCarrier.length ? <CountBarChart label={t("analytics.byCarrier")} data={stats.byCarrier.map((c) => ({ name: c.carrier.toUpperCase(), value: c.parcels }))} /> : <p className="text-sm text-muted-foreground">{t("common.empty")}</p>}
          </CardContent>
        </Card>
      </div>
    </div>
  );
}
