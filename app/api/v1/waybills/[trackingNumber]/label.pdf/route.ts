import { route } from "@/lib/server/http";
import { renderWaybillLabels } from "@/lib/server/services/labels/render-waybill-labels";

export const dynamic = "force-dynamic";

export const GET = route<{ trackingNumber: string }>(async (_req, { ctx, params }) => {
  const pdf = await renderWaybillLabels({ ctx, input: { trackingNumbers: [params.trackingNumber] } });
  return new Response(new Uint8Array(pdf), {
    headers: { "content-type": "application/pdf", "content-disposition": `inline; filename="label-${params.trackingNumber.replace(/[^A-Za-z0-9]/g, "")}.pdf"`, "cache-control": "private, no-store" },
  });
});
