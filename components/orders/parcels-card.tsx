import { Printer } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { TrackingTimeline } from "@/components/tracking/tracking-timeline";
import { getCarrier } from "@/lib/carriers/registry";
import { translateDynamic, type Locale, type MessageKey } from "@/lib/i18n/messages";
import type { ActionResult } from "@/lib/server/action";
import { InlineActionForm } from "./inline-action-form";

type Action = (prev: ActionResult<{ reason: string }> | null, form: FormData) => Promise<ActionResult<{ reason: string }>>;

export interface ParcelView {
  id: string; carrier: string; trackingNumber: string; state: string; status: string; subStatus: string | null; voidReason: string | null;
  events: { occurredAt: string; location: string | null; status: string; description: string }[];
}

const VOIDABLE = new Set(["pending", "info_received"]);

export function ParcelsCard(props: {
  parcels: ParcelView[];
  locale: Locale;
  timeZone: string;
  t: (k: MessageKey) => string;
  canManage: boolean;
  readyToShip: boolean;
  orderId: string;
  actions: { ship: Action; bind: Action; void: Action };
}) {
  const { t, locale } = props;
  return (
    <Card>
      <CardHeader><CardTitle>{t("order.parcels")}</CardTitle></CardHeader>
      <CardContent className="space-y-6">
        {props.canManage && props.readyToShip ? (
          <InlineActionForm action={props.actions.ship} submit={t("warehouse.shipAndPrint")} testId="ship-form" autoFocus openOnSuccess={`/labels/print?print=1&orders=${props.orderId}`} />
        ) : null}
        {props.parcels.length === 0 ? <p className="text-sm text-muted-foreground">{t("order.noParcels")}</p> : null}
        {props.parcels.map((p) => {
          const carrier = getCarrier(p.carrier);
          return (
            <section key={p.id} className="space-y-3 rounded-lg border border-border p-4" data-testid="parcel">
              <header className="flex flex-wrap items-center gap-2">
                <span className="font-medium">{carrier ? (locale === "en" ? carrier.name.en : carrier.name.zh) : p.carrier.toUpperCase()}</span>
                <span className="font-mono">{p.trackingNumber}</span>
                {p.state === "voided" ? (
                  <Badge variant="muted">{t("order.voided")}{p.voidReason ? ` · ${p.voidReason}` : ""}</Badge>
                ) : (
                  <Badge variant={p.status === "delivered" ? "success" : p.status === "exception" || p.status === "attempt_fail" ? "danger" : "info"}>
                    {t(`shipment.${p.status}` as MessageKey)}{p.subStatus ? ` · ${translateDynamic(t, `sub.${p.subStatus}`, p.subStatus)}` : ""}
                  </Badge>
                )}
                {p.state === "active" ? (
                  <a href={`/labels/print?tn=${encodeURIComponent(p.trackingNumber)}`} target="_blank" rel="noreferrer" className="ml-auto inline-flex items-center gap-1 text-sm text-primary hover:underline">
                    <Printer aria-hidden className="size-4" />{t("warehouse.reprint")}
                  </a>
                ) : null}
              </header>
              {p.state === "active" ? <TrackingTimeline events={p.events} locale={locale} timeZone={props.timeZone} zoneCaption={t("time.shownIn")} emptyText={t("order.tracking.none")} /> : null}
              {props.canManage && p.state === "active" && VOIDABLE.has(p.status) ? (
                <InlineActionForm action={props.actions.void} submit={t("warehouse.void")} variant="outline" fields={[{ name: "trackingNumber", label: "", hidden: p.trackingNumber }, { name: "reason", label: t("warehouse.voidReason") }]} />
              ) : null}
            </section>
          );
        })}
        {props.canManage ? (
          <details className="text-sm">
            <summary className="cursor-pointer font-medium">{t("warehouse.bindManual")}</summary>
            <div className="pt-3">
              <InlineActionForm action={props.actions.bind} submit={t("warehouse.bind")} fields={[{ name: "trackingNumber", label: t("order.tracking"), placeholder: "SF1234567890123" }, { name: "carrier", label: t("order.carrier"), placeholder: "sf / yto / ems …", required: false }]} testId="bind-form" />
            </div>
          </details>
        ) : null}
      </CardContent>
    </Card>
  );
}
