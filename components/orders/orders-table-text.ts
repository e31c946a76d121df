import "server-only";
import { ORDER_STATUSES, type OrderStatus } from "@/lib/domain/orders/order-state-machine";
import type { MessageKey } from "@/lib/i18n/messages";
import type { OrdersTableText } from "./orders-table";

/** The translated strings the client-side orders table needs (functions cannot cross to client components). */
export function ordersTableText(t: (k: MessageKey) => string, empty: { title: string; body: string }): OrdersTableText {
  return {
    no: t("order.no"), customer: t("order.customer"), destination: t("order.destination"), items: t("order.items"),
    total: t("order.total"), status: t("order.status"), created: t("order.created"), carrier: t("order.carrier"),
    emptyTitle: empty.title, emptyBody: empty.body, error: t("common.error"), retry: t("common.retry"), loading: t("common.loading"),
    coldChain: t("order.coldChain"),
    statuses: Object.fromEntries(ORDER_STATUSES.map((s) => [s, t(`status.${s}`)])) as Record<OrderStatus, string>,
  };
}
