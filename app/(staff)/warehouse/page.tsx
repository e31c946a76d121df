import type { Metadata } from "next";
import Link from "next/link";
import { Printer } from "lucide-react";
import { PageHeader } from "@/components/ui/page-header";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import { ordersTableText } from "@/components/orders/orders-table-text";
import { ScanBox } from "@/components/orders/scan-box";
import { formatDateTime } from "@/components/orders/format";
import { ShipQueue } from "@/components/warehouse/ship-queue";
import { LiveRefresh } from "@/components/shell/live-refresh";
import { cn } from "@/components/ui/cn";
import { READY_TO_SHIP_STATES } from "@/lib/domain/orders/order-state-machine";
import { requirePage } from "@/lib/server/auth/session";
import { listOrders } from "@/lib/server/services/orders/list-orders";
import { listRecentShipments } from "@/lib/server/services/shipping/list-recent-shipments";
import { getWarehouseChangeToken } from "@/lib/server/services/shipping/get-warehouse-change-token";
import { serverT } from "@/lib/i18n/server-locale";
import { resolveScan, shipOrderAction } from "./actions";

export const metadata: Metadata = { title: "Warehouse" };

export default async function WarehousePage({ searchParams }: { searchParams: Promise<{ status?: string; q?: string }> }) {
  const ctx = await requirePage("page:warehouse", "/warehouse");
  const { locale, t, timeZone } = await serverT();
  const params = await searchParams;
  const status = params.status && (READY_TO_SHIP_STATES as readonly string[]).includes(params.status) ? params.status : READY_TO_SHIP_STATES.join(",");
  // Read before the data it versions, so a change made while rendering still differs on the next poll.
  const changeToken = await getWarehouseChangeToken({ ctx });
  const [queue, recent] = await Promise.all([
    listOrders({ ctx, input: { status, limit: "100", ...(params.q ? { q: params.q } : {}) } }),
    listRecentShipments({ ctx, input: { limit: 12 } }),
  ]);
  const tableText = ordersTableText(t, { title: t("warehouse.queueEmpty"), body: t("warehouse.queueEmptyBody") });
  const filters = [{ key: undefined, label: t("common.all") }, ...READY_TO_SHIP_STATES.map((s) => ({ key: s, label: t(`status.${s}`) }))];

  return (
    <div className="space-y-6">
      <LiveRefresh tokenUrl="/api/live/warehouse" renderedToken={changeToken} everyMs={2_000} />
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
            <Link key={f.label} href={f.key ? `/warehouse?status=${f.key}` : "/warehouse"} aria-current={active ? "true" : undefined}
              className={cn("rounded-full border px-3 py-1 text-sm", active ? "border-primary bg-primary text-primary-foreground" : "border-border hover:bg-accent")}>
              {f.label}
            </Link>
          );
        })}
      </nav>
      <ShipQueue
        orders={queue.data}
        ship={shipOrderAction}
        text={{
          ...tableText,
          shipAndPrint: t("warehouse.shipAndPrint"), shipSelected: t("warehouse.shipSelected"), selectAll: t("warehouse.selectAll"),
          select: t("warehouse.select"), progress: t("warehouse.progress"), failed: t("warehouse.failed"), printing: t("warehouse.printing"),
        }}
      />
      <Card>
        <CardHeader><CardTitle>{t("warehouse.recent")}</CardTitle></CardHeader>
        <CardContent>
          {recent.length === 0 ? <EmptyState icon={Printer} title={t("warehouse.noRecent")} size="sm" /> : (
            <Table data-testid="recent-shipments">
              <THead><TR><TH>{t("order.tracking")}</TH><TH>{t("order.carrier")}</TH><TH>{t("order.no")}</TH><TH className="hidden md:table-cell">{t("order.destination")}</TH><TH className="hidden md:table-cell">{t("warehouse.shippedAt")}</TH><TH><span className="sr-only">{t("warehouse.reprint")}</span></TH></TR></THead>
              <TBody>
                {recent.map((r) => (
                  <TR key={r.trackingNumber}>
                    <TD className="font-mono">{r.trackingNumber}</TD>
                    <TD className="uppercase">{r.carrier}</TD>
                    <TD><Link href={`/orders/${r.order.id}`} className="font-mono text-primary hover:underline">{r.order.platformOrderNo}</Link></TD>
                    <TD className="hidden md:table-cell">{r.order.city}</TD>
                    <TD className="hidden tabular-nums md:table-cell">{formatDateTime(r.createdAt, locale, timeZone)}</TD>
                    <TD className="text-right">
                      <a href={r.labelUrl} target="_blank" rel="noreferrer" className="inline-flex items-center gap-1 text-sm text-primary hover:underline">
                        <Printer aria-hidden className="size-4" />{t("warehouse.reprint")}
                      </a>
                    </TD>
                  </TR>
                ))}
              </TBody>
            </Table>
          )}
        </CardContent>
      </Card>
    </div>
  );
}
