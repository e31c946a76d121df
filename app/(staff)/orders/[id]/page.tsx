import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Snowflake } from "lucide-react";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { Table, TBody, TD, TR } from "@/components/ui/table";
import { Badge } from "@/components/ui/badge";
import { OrderStatusBadge } from "@/components/orders/order-status-badge";
import { TransitionForm } from "@/components/orders/transition-form";
import { formatDateTime, formatFen } from "@/components/orders/format";
import { NotFoundError } from "@/lib/domain/errors";
import { can } from "@/lib/server/auth/context";
import { requirePage } from "@/lib/server/auth/session";
import { getOrder, getOrderHistory } from "@/lib/server/services/orders/get-order";
import { serverT } from "@/lib/i18n/server-locale";
import { bindWaybillAction, shipOrderFromPageAction, transitionOrderAction, voidWaybillAction } from "./actions";
import { ParcelsCard } from "@/components/orders/parcels-card";
import { LiveRefresh } from "@/components/shell/live-refresh";
import { READY_TO_SHIP_STATES } from "@/lib/domain/orders/order-state-machine";
import { getOrderTracking } from "@/lib/server/services/tracking/get-order-tracking";
import { getOrderChangeToken } from "@/lib/server/services/orders/get-order-change-token";

export const metadata: Metadata = { title: "Order" };

export default async function OrderPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const ctx = await requirePage("order:read", `/orders/${id}`);
  const { locale, t, timeZone } = await serverT();
  // Read before the data it versions, so a change made while rendering still differs on the next poll.
  const orNull = (e: unknown) => (e instanceof NotFoundError ? null : Promise.reject(e));
  const changeToken = await getOrderChangeToken({ ctx, input: { id } }).catch(orNull);
  if (changeToken === null) notFound();
  const order = await getOrder({ ctx, input: { id } }).catch(orNull);
  if (!order) notFound();
  const [history, tracking] = await Promise.all([getOrderHistory({ ctx, input: { id } }), getOrderTracking({ ctx, input: { orderId: id } })]);

  return (
    <div className="space-y-6">
      <LiveRefresh tokenUrl={`/api/live/orders/${order.id}`} renderedToken={changeToken} />
      <PageHeader
        title={<span className="font-mono">{order.platformOrderNo}</span>}
        description={`${order.platform} · ${t("order.created")} ${formatDateTime(order.createdAt, locale, timeZone)}`}
        actions={<OrderStatusBadge status={order.status} label={t(`status.${order.status}`)} />}
      />
      <div className="grid gap-6 lg:grid-cols-2">
        <Card>
          <CardHeader><CardTitle>{t("order.customer")}</CardTitle></CardHeader>
          <CardContent className="space-y-1 text-sm">
            <p className="font-medium">{order.customer.name} · <span className="tabular-nums">{order.customer.phone}</span></p>
            <p>{order.address.province} {order.address.city} {order.address.district}</p>
            <p className="text-muted-foreground">{order.address.line}</p>
            {order.promisedDeliveryAt ? <p>{t("order.promised")}: {formatDateTime(order.promisedDeliveryAt, locale, timeZone)}</p> : null}
            <div className="flex flex-wrap gap-1 pt-2">
              {order.attributes.coldChain ? <Badge variant="info"><Snowflake aria-hidden className="size-3" />{t("order.coldChain")}</Badge> : null}
              {Object.entries(order.attributes).filter(([k]) => k !== "coldChain").map(([k, v]) => (
                <Badge key={k} variant="outline">{k}: {Array.isArray(v) ? v.join("–") : String(v)}</Badge>
              ))}
            </div>
          </CardContent>
        </Card>
        <Card>
          <CardHeader><CardTitle>{t("order.items")}</CardTitle></CardHeader>
          <CardContent>
            <Table>
              <TBody>
                {order.items.map((i) => (
                  <TR key={i.sku}>
                    <TD>{i.name}<span className="ml-2 font-mono text-xs text-muted-foreground">{i.sku}</span></TD>
                    <TD numeric>×{i.quantity}</TD>
                    <TD numeric>{formatFen(i.unitPriceFen * i.quantity, locale)}</TD>
                  </TR>
                ))}
                <TR><TD className="font-medium">{t("order.total")}</TD><TD /><TD numeric className="font-semibold">{formatFen(order.totalFen, locale)}</TD></TR>
              </TBody>
            </Table>
          </CardContent>
        </Card>
      </div>
      <ParcelsCard
        parcels={tracking}
        locale={locale}
        timeZone={timeZone}
        t={t}
        canManage={can(ctx, "waybill:manage")}
        readyToShip={(READY_TO_SHIP_STATES as readonly string[]).includes(order.status)}
        orderId={order.id}
        actions={{ ship: shipOrderFromPageAction.bind(null, order.id), bind: bindWaybillAction.bind(null, order.id), void: voidWaybillAction.bind(null, order.id) }}
      />
      {can(ctx, "order:transition") && order.allowedTransitions.length > 0 ? (
        <Card>
          <CardHeader><CardTitle>{t("order.move")}</CardTitle></CardHeader>
          <CardContent>
            <TransitionForm
              action={transitionOrderAction.bind(null, order.id)}
              options={order.allowedTransitions.map((s) => ({ value: s, label: t(`status.${s}`) }))}
              text={{ move: t("order.move"), reason: t("order.reason"), done: "✓" }}
            />
          </CardContent>
        </Card>
      ) : null}
      <Card>
        <CardHeader><CardTitle>{t("order.history")}</CardTitle></CardHeader>
        <CardContent>
          <ol className="space-y-3 border-l border-border pl-4" data-testid="order-history">
            {history.map((h) => (
              <li key={h.id} className="text-sm">
                <span className="tabular-nums text-muted-foreground">{formatDateTime(h.createdAt, locale, timeZone)}</span>{" "}
                {h.from ? `${t(`status.${h.from}`)} → ` : ""}<strong>{t(`status.${h.to}`)}</strong>
                <span className="text-muted-foreground"> · {h.actorLabel ?? h.actorType}{h.reason ? ` · ${h.reason}` : ""}</span>
              </li>
            ))}
          </ol>
        </CardContent>
      </Card>
    </div>
  );
}
