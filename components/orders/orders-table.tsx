"use client";
// A live list of orders: server-rendered first page, then TanStack Query keeps it fresh from /api/v1/orders.
import Link from "next/link";
import { useQuery } from "@tanstack/react-query";
import { PackageOpen, Snowflake } from "lucide-react";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { ErrorState } from "@/components/ui/error-state";
import { LoadingState } from "@/components/ui/loading-state";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import type { OrderDto } from "@/lib/schemas/order";
import type { OrderStatus } from "@/lib/domain/orders/order-state-machine";
import { OrderStatusBadge } from "./order-status-badge";
import { formatDateTime, formatFen } from "./format";

export interface OrdersTableText {
  no: string; customer: string; destination: string; items: string; total: string; status: string; created: string; carrier: string;
  emptyTitle: string; emptyBody: string; error: string; retry: string; loading: string; coldChain: string;
  statuses: Record<OrderStatus, string>;
}

export function OrdersTable(props: { query: string; initial?: { data: OrderDto[]; nextCursor: string | null }; locale: string; timeZone: string; text: OrdersTableText; refreshMs?: number; live?: boolean }) {
  const { text, locale } = props;
  const result = useQuery({
    queryKey: ["orders", props.query],
    queryFn: async () => {
      const res = await fetch(`/api/v1/orders?${props.query}`, { headers: { accept: "application/json" } });
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      return (await res.json()) as { data: OrderDto[]; nextCursor: string | null };
    },
    initialData: props.initial,
    refetchInterval: props.refreshMs ?? 4_000,
    // Lists computed on the server only (no API query) are shown as rendered.
    enabled: props.live ?? true,
  });

  if (result.isPending) return <LoadingState label={text.loading} />;
  if (result.isError && !result.data) return <ErrorState title={text.error} message={String(result.error.message)} action={<Button variant="outline" onClick={() => result.refetch()}>{text.retry}</Button>} />;
  const orders = result.data?.data ?? [];
  if (orders.length === 0) return <EmptyState icon={PackageOpen} title={text.emptyTitle} description={text.emptyBody} />;

  return (
    <Table data-testid="orders-table">
      <THead>
        <TR>
          <TH>{text.no}</TH>
          <TH>{text.customer}</TH>
          <TH className="hidden md:table-cell">{text.destination}</TH>
          <TH className="hidden lg:table-cell">{text.items}</TH>
          <TH className="text-right">{text.total}</TH>
          <TH>{text.status}</TH>
          <TH className="hidden md:table-cell">{text.created}</TH>
        </TR>
      </THead>
      <TBody>
        {orders.map((o) => (
          <TR key={o.id}>
            <TD>
              <Link href={`/orders/${o.id}`} className="font-mono text-sm font-medium text-primary hover:underline">
                {o.platformOrderNo}
              </Link>
              {o.attributes.coldChain ? <Snowflake aria-label={text.coldChain} className="ml-1 inline size-3.5 text-info" /> : null}
            </TD>
            <TD className="whitespace-nowrap">{o.customer.name}</TD>
            <TD className="hidden whitespace-nowrap md:table-cell">{o.address.province} {o.address.city}</TD>
            <TD className="hidden max-w-56 truncate lg:table-cell">{o.items.map((i) => `${i.name}×${i.quantity}`).join("，")}</TD>
            <TD className="text-right tabular-nums">{formatFen(o.totalFen, locale)}</TD>
            <TD><OrderStatusBadge status={o.status} label={text.statuses[o.status]} /></TD>
            <TD className="hidden whitespace-nowrap tabular-nums md:table-cell">{formatDateTime(o.createdAt, locale, props.timeZone)}</TD>
          </TR>
        ))}
      </TBody>
    </Table>
  );
}
