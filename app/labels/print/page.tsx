import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { LabelPrintView } from "@/components/label/label-print-view";
import { PrintToolbar } from "@/components/label/print-toolbar";
import { NotFoundError, ValidationError } from "@/lib/domain/errors";
import { buildPrintableLabels } from "@/lib/labels/label-svgs";
import { requirePage } from "@/lib/server/auth/session";
import { labelDataFor } from "@/lib/server/services/labels/render-waybill-labels";
import { serverT } from "@/lib/i18n/server-locale";

export const metadata: Metadata = { title: "Print labels" };
export const dynamic = "force-dynamic";

/** The browser print view: same layout as the PDF, one label per page at its exact size, no app chrome. */
export default async function PrintLabelsPage({ searchParams }: { searchParams: Promise<{ tn?: string | string[]; orders?: string; print?: string }> }) {
  const params = await searchParams;
  const ctx = await requirePage("label:print", "/labels/print");
  const { t } = await serverT();
  const trackingNumbers = params.tn ? (Array.isArray(params.tn) ? params.tn : [params.tn]) : undefined;
  const orderIds = params.orders ? params.orders.split(",").filter(Boolean) : undefined;
  if (!trackingNumbers && !orderIds) notFound();
  const data = await labelDataFor({ ctx, input: { trackingNumbers, orderIds } }).catch((e) => (e instanceof NotFoundError || e instanceof ValidationError ? null : Promise.reject(e)));
  if (!data) notFound();
  const labels = await buildPrintableLabels(data);
  return (
    <div className="min-h-dvh bg-muted print:bg-white">
      <PrintToolbar count={labels.length} autoPrint={params.print === "1"} text={{ print: t("labels.print"), labels: t("labels.count") }} />
      <div className="flex flex-col items-center gap-4 py-4 print:block print:p-0" data-testid="label-print-view">
        <LabelPrintView labels={labels} />
      </div>
    </div>
  );
}
