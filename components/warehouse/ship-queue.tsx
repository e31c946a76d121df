"use client";
// The packing station's queue: select orders, "Ship & print" one or many; labels open as one PDF print job.
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { PackageOpen, Printer, Snowflake, Truck } from "lucide-react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import { OrderStatusBadge } from "@/components/orders/order-status-badge";
import type { OrdersTableText } from "@/components/orders/orders-table";
import type { ActionResult } from "@/lib/server/action";
import type { OrderDto } from "@/lib/schemas/order";
import type { ShipResult } from "@/lib/schemas/shipping";

export interface ShipQueueText {
  shipAndPrint: string; shipSelected: string; selectAll: string; progress: string; failed: string; printing: string; select: string;
}

type ShipAction = (orderId: string) => Promise<ActionResult<Omit<ShipResult, never>>>;

/** Builds the batch PDF (one print job), then opens it; the browser's PDF viewer prints at the label size. */
export async function openLabelsPdf(orderIds: string[]): Promise<void> {
  const res = await fetch("/api/v1/labels", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ orderIds }) });
  if (!res.ok) throw new Error((await res.json().catch(() => null))?.error?.message ?? `HTTP ${res.status}`);
  const url = URL.createObjectURL(await res.blob());
  const win = window.open(url, "_blank");
  if (!win) window.location.assign(url);
}

/** The HTML print view of the same labels, with the print dialog opened on arrival. */
export function openPrintView(orderIds: string[]): void {
  const url = `/labels/print?print=1&orders=${orderIds.join(",")}`;
  if (!window.open(url, "_blank")) window.location.assign(url);
}

export function ShipQueue(props: { orders: OrderDto[]; ship: ShipAction; text: OrdersTableText & ShipQueueText }) {
  const { text } = props;
  const router = useRouter();
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [notice, setNotice] = useState<string | null>(null);

  async function shipAndPrint(ids: string[]) {
    setErrors({});
    setNotice(null);
    setProgress({ done: 0, total: ids.length });
    const shipped: string[] = [];
    const failures: Record<string, string> = {};
    for (const [i, id] of ids.entries()) {
      const result = await props.ship(id);
      if (result.ok) shipped.push(id);
      else failures[id] = result.message;
      setProgress({ done: i + 1, total: ids.length });
    }
    setErrors(failures);
    if (shipped.length) {
      setNotice(text.printing);
      // One order: the print view; a batch: one PDF, so the printer gets a single job.
      if (shipped.length === 1) openPrintView(shipped);
      else await openLabelsPdf(shipped).catch((e) => setNotice(`${text.failed}: ${(e as Error).message}`));
    }
    setProgress(null);
    setSelected(new Set());
    router.refresh();
  }

  if (props.orders.length === 0) return <EmptyState icon={PackageOpen} title={text.emptyTitle} description={text.emptyBody} />;
  const allSelected = selected.size === props.orders.length;
  const busy = progress !== null;

  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-center gap-3" data-print-hide>
        <Button onClick={() => shipAndPrint([...selected])} disabled={selected.size === 0 || busy} data-testid="ship-selected">
          <Printer aria-hidden className="size-4" /> {text.shipSelected} ({selected.size})
        </Button>
        {progress ? (
          <div className="flex min-w-56 items-center gap-2 text-sm" role="status" aria-live="polite">
            <progress max={progress.total} value={progress.done} className="h-2 w-40 accent-primary" />
            {text.progress} {progress.done}/{progress.total}
          </div>
        ) : null}
        {notice ? <span className="text-sm text-muted-foreground" role="status">{notice}</span> : null}
      </div>
      {Object.keys(errors).length ? (
        <Alert variant="destructive">
          {text.failed}: {Object.keys(errors).length}
        </Alert>
      ) : null}
      <Table data-testid="ship-queue">
        <THead>
          <TR>
            <TH className="w-10">
              <input type="checkbox" aria-label={text.selectAll} checked={allSelected} onChange={() => setSelected(allSelected ? new Set() : new Set(props.orders.slice(0, 500).map((o) => o.id)))} className="size-4 accent-primary" />
            </TH>
            <TH>{text.no}</TH>
            <TH>{text.customer}</TH>
            <TH className="hidden md:table-cell">{text.destination}</TH>
            <TH className="hidden lg:table-cell">{text.items}</TH>
            <TH>{text.status}</TH>
            <TH className="text-right"><span className="sr-only">{text.shipAndPrint}</span></TH>
          </TR>
        </THead>
        <TBody>
          {props.orders.map((o) => (
            <TR key={o.id} data-state={selected.has(o.id) ? "selected" : undefined}>
              <TD>
                <input
                  type="checkbox"
                  aria-label={`${text.select} ${o.platformOrderNo}`}
                  checked={selected.has(o.id)}
                  onChange={() => setSelected((s) => { const n = new Set(s); if (n.has(o.id)) n.delete(o.id); else n.add(o.id); return n; })}
                  className="size-4 accent-primary"
                />
              </TD>
              <TD>
                <Link href={`/orders/${o.id}`} className="font-mono text-sm font-medium text-primary hover:underline">{o.platformOrderNo}</Link>
                {o.attributes.coldChain ? <Snowflake aria-label={text.coldChain} className="ml-1 inline size-3.5 text-info" /> : null}
                {errors[o.id] ? <p className="mt-1 text-xs text-destructive" role="alert">{errors[o.id]}</p> : null}
              </TD>
              <TD className="whitespace-nowrap">{o.customer.name}</TD>
              <TD className="hidden whitespace-nowrap md:table-cell">{o.address.province} {o.address.city}</TD>
              <TD className="hidden max-w-56 truncate lg:table-cell">{o.items.map((i) => `${i.name}×${i.quantity}`).join("，")}</TD>
              <TD><OrderStatusBadge status={o.status} label={text.statuses[o.status]} /></TD>
              <TD className="text-right">
                <Button size="sm" variant="outline" disabled={busy} onClick={() => shipAndPrint([o.id])} aria-label={`${text.shipAndPrint} ${o.platformOrderNo}`}>
                  <Truck aria-hidden className="size-4" /> {text.shipAndPrint}
                </Button>
              </TD>
            </TR>
          ))}
        </TBody>
      </Table>
    </div>
  );
}
