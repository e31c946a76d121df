import "server-only";
import { NotFoundError, ValidationError } from "@/lib/domain/errors";
import { renderLabelsPdf } from "@/lib/labels/render-label-pdf";
import type { LabelData } from "@/lib/labels/label-data";
import { authorize, type Ctx } from "@/lib/server/auth/context";
import { db } from "@/lib/server/db/client";
import { findParcelsForLabels } from "@/lib/server/db/parcels-repository";
import { labelBatchSchema } from "@/lib/schemas/shipping";
import { zodFieldErrors } from "@/lib/schemas/field-errors";
import { buildLabelData } from "./build-label-data";

export async function labelDataFor({ ctx, input }: { ctx: Ctx; input: { trackingNumbers?: string[]; orderIds?: string[] } }): Promise<LabelData[]> {
  authorize(ctx, "label:print");
  if (input.orderIds) {
    const parsed = labelBatchSchema.safeParse({ orderIds: input.orderIds });
    if (!parsed.success) throw new ValidationError("Invalid batch", zodFieldErrors(parsed.error));
  }
  const parcels = await findParcelsForLabels(db(), {
    trackingNumbers: input.trackingNumbers?.map((t) => t.replace(/[\s-]/g, "").toUpperCase()),
    orderIds: input.orderIds,
  });
  if (parcels.length === 0) throw new NotFoundError("Waybill", input.trackingNumbers?.join(", ") ?? "for the selected orders");
  const perOrder = new Map<string, number>();
  for (const p of parcels) perOrder.set(p.orderId, (perOrder.get(p.orderId) ?? 0) + 1);
  // Keep the caller's order selection order so the printed stack matches the screen.
  const rank = new Map((input.orderIds ?? []).map((id, i) => [id, i]));
  parcels.sort((a, b) => (rank.get(a.orderId) ?? 0) - (rank.get(b.orderId) ?? 0) || a.parcelIndex - b.parcelIndex);
  return parcels.map((p) => buildLabelData(p, perOrder.get(p.orderId) ?? 1));
}

export async function renderWaybillLabels(args: { ctx: Ctx; input: { trackingNumbers?: string[]; orderIds?: string[] } }): Promise<Buffer> {
  return renderLabelsPdf(await labelDataFor(args));
}
