import { readJson, route } from "@/lib/server/http";
import { renderWaybillLabels } from "@/lib/server/services/labels/render-waybill-labels";

export const dynamic = "force-dynamic";

/** Batch: POST {orderIds: [...≤500]} → one PDF with every active waybill of those orders. */
export const POST = route(async (req, { ctx }) => {
  const body = (await readJson(req)) as { orderIds?: unknown };
  const orderIds = Array.isArray(body?.orderIds) ? body.orderIds.map(String) : [];
  const pdf = await renderWaybillLabels({ ctx, input: { orderIds } });
  return new Response(new Uint8Array(pdf), { headers: { "content-type": "application/pdf", "content-disposition": `inline; filename="labels-${orderIds.length}.pdf"`, "cache-control": "private, no-store" } });
});
