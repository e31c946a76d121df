import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { OrdersTable } from "@/components/orders/orders-table";
import { ordersTableText } from "@/components/orders/orders-table-text";
import { ScanBox } from "@/components/orders/scan-box";
import { cn } from "@/components/ui/cn";
import { READY_TO_SHIP_STATES } from "@/lib/domain/orders/order-state-machine";
import { requirePage } from "@/lib/server/auth/session";
import { listOrders } from "@/lib/server/services/orders/list-orders";
import { serverT } from "@/lib/i18n/server-locale";
import { resolveScan } from "./actions";

export const metadata: Metadata = { title: "Warehouse" };

export default async function WarehousePage({ searchParams }: { searchParams: Promise<{ status?: string; q?: string }> }) {
  const ctx = await requirePage("page:warehouse", "/warehouse");
  const { locale, t } = await serverT();
  const params = await searchParams;
  const status = params.status && (READY_TO_SHIP_STATES as readonly string[]).includes(params.status) ? params.status : READY_TO_SHIP_STATES.join(",");
  const query = new URLSearchParams({ status, limit: "50", ...(params.q ? { q: params.q } : {}) }).toString();
  const [queue, recent] = await Promise.all([
    listOrders({ ctx, input: Object.fromEntries(new URLSearchParams(query)) }),
    listOrders({ ctx, input: { status: "shipped", limit: "10" } }),
  ]);
  const tableText = ordersTableText(t, { title: t("warehouse.queueEmpty"), body: t("warehouse.queueEmptyBody") });
  const filters = [{ key: undefined, label: t("common.all") }, ...READY_TO_SHIP_STATES.map((s) => ({ key: s, label: t(`status.${s}`) }))];

  return (
    <div className="space-y-6">
      <PageHeader title={t("warehouse.title")} description={t("warehouse.subtitle")} />
      <Card>
        <CardContent className="pt-5">
          <ScanBox label={t("warehouse.scan")} notFound={t("warehouse.notFound")} resolve={resolveScan} />
        </CardContent>
      </Card>
      <nav aria-label={t("order.status")} className="flex flex-wrap gap-2">
        {filters.map((f) => {
          const active = (params.status ?? undefined) === f.key;
          return (
            <Link
              key={f.label}
              href={f.key ? `/warehouse?status=${f.key}` : "/warehouse"}
              aria-current={active ? "true" : undefined}
              className={cn("rounded-full border px-3 py-1 text-sm", active ? "border-primary bg-primary text-primary-foreground" : "border-border hover:bg-accent")}
            >
              {f.label}
            </Link>
          );
        })}
      </nav>
      <OrdersTable query={query} initial={queue} locale={locale} text={tableText} />
      <Card>
        <CardHeader>
          <CardTitle>{t("warehouse.recent")}</CardTitle>
        </CardHeader>
        <CardContent>
          <OrdersTable query="status=shipped&limit=10" initial={recent} locale={locale} text={{ ...tableText, emptyTitle: t("common.empty"), emptyBody: "" }} refreshMs={30_000} />
        </CardContent>
      </Card>
    </div>
  );
}
