import type { Metadata } from "next";
import { PackageSearch, Truck } from "lucide-react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Input } from "@/components/ui/input";
import { OrderStatusBadge } from "@/components/orders/order-status-badge";
import { TrackingTimeline } from "@/components/tracking/tracking-timeline";
import { TrackingMapLazy } from "@/components/tracking/tracking-map-lazy";
import { LocaleSwitch } from "@/components/shell/locale-switch";
import { ValidationError } from "@/lib/domain/errors";
import { getCarrier } from "@/lib/carriers/registry";
import { getPublicTracking } from "@/lib/server/services/tracking/get-public-tracking";
import { serverT } from "@/lib/i18n/server-locale";

export const metadata: Metadata = { title: "Track", robots: { index: false } };
export const dynamic = "force-dynamic";

export default async function TrackPage({ searchParams }: { searchParams: Promise<{ n?: string }> }) {
  const { n } = await searchParams;
  const { locale, t, timeZone } = await serverT();
  const result = n ? await getPublicTracking({ input: { number: n } }).catch((e) => (e instanceof ValidationError ? null : Promise.reject(e))) : undefined;

  return (
    <div className="mx-auto flex min-h-dvh max-w-2xl flex-col gap-6 px-4 py-8">
      <header className="flex items-center justify-between">
        <span className="flex items-center gap-2 text-lg font-semibold"><Truck aria-hidden className="size-6 text-primary" />{t("app.name")}</span>
        <LocaleSwitch locale={locale} label={t("nav.language")} />
      </header>
      <Card>
        <CardHeader>
          <CardTitle as="h2">{t("track.title")}</CardTitle>
          <CardDescription>{t("track.subtitle")}</CardDescription>
        </CardHeader>
        <CardContent>
          <form method="get" className="flex gap-2" role="search">
            <label htmlFor="n" className="sr-only">{t("track.input")}</label>
            <Input id="n" name="n" defaultValue={n ?? ""} placeholder={t("track.input")} className="h-11 font-mono" autoComplete="off" required minLength={4} />
            <Button type="submit" size="lg"><PackageSearch aria-hidden className="size-4" />{t("track.submit")}</Button>
          </form>
        </CardContent>
      </Card>
      {n && !result ? <Alert variant="warning">{t("track.notFound")}</Alert> : null}
      {result ? (
        <Card data-testid="tracking-result">
          <CardHeader>
            <div className="flex flex-wrap items-center justify-between gap-2">
              <CardTitle as="h2">{t("track.to")} {result.destination.city} · {result.recipient}</CardTitle>
              <OrderStatusBadge status={result.orderStatus} label={t(`status.${result.orderStatus}`)} />
            </div>
          </CardHeader>
          <CardContent className="space-y-6">
            {result.parcels.length === 0 ? <p className="text-sm text-muted-foreground">{t("order.noParcels")}</p> : null}
            {result.parcels.map((p) => (
              <section key={p.trackingNumber} className="space-y-3">
                <h3 className="text-sm font-medium">
                  {getCarrier(p.carrier)?.name[locale === "en" ? "en" : "zh"] ?? p.carrier.toUpperCase()} · <span className="font-mono">{p.trackingNumber}</span>
                </h3>
                <TrackingMapLazy
                  label={t("track.map")}
                  points={[...p.events]
                    .reverse()
                    .filter((e) => e.lng !== null && e.lat !== null)
                    .filter((e, i, all) => i === 0 || e.lng !== all[i - 1].lng || e.lat !== all[i - 1].lat)
                    .map((e) => ({ lng: e.lng!, lat: e.lat!, label: e.location ?? e.description }))}
                />
                <TrackingTimeline events={p.events} locale={locale} timeZone={timeZone} zoneCaption={t("time.shownIn")} emptyText={t("track.noEvents")} />
              </section>
            ))}
          </CardContent>
        </Card>
      ) : null}
    </div>
  );
}
