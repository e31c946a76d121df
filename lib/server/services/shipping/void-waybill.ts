import "server-only";
import type { CarrierCode } from "@/lib/carriers/types";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/domain/errors";
import type { OrderStatus } from "@/lib/domain/orders/order-state-machine";
import { actorRecord, authorize, type Ctx } from "@/lib/server/auth/context";
import { db } from "@/lib/server/db/client";
import { insertAudit } from "@/lib/server/db/access-repository";
import { appendOutbox } from "@/lib/server/db/outbox-repository";
import { activeParcelsOfOrder, findParcelsByTrackingNumber, lockOrderForShipping, voidParcel } from "@/lib/server/db/parcels-repository";
import { voidWaybillSchema } from "@/lib/schemas/shipping";
import { zodFieldErrors } from "@/lib/schemas/field-errors";
import { applyOrderTransition } from "@/lib/server/services/orders/transition-order";
import { log } from "@/lib/server/log";
import { waybillProviderNamed } from "./shipping-context";

const BEFORE_PICKUP = new Set(["pending", "info_received"]);

/** Voids a waybill the carrier has not picked up yet; when it was the order's last, the order goes back to packed. */
export async function voidWaybill({ ctx, input }: { ctx: Ctx; input: { trackingNumber: string; body: unknown } }) {
  authorize(ctx, "waybill:manage");
  const parsed = voidWaybillSchema.safeParse(input.body);
  if (!parsed.success) throw new ValidationError("Invalid request", zodFieldErrors(parsed.error));
  const trackingNumber = input.trackingNumber.replace(/[\s-]/g, "").toUpperCase();
  const parcel = (await findParcelsByTrackingNumber(db(), trackingNumber)).find((p) => p.state === "active");
  if (!parcel) throw new NotFoundError("Active waybill", trackingNumber);
  if (!BEFORE_PICKUP.has(parcel.status)) throw new ConflictError(`${trackingNumber} was already picked up by the carrier (${parcel.status}); it cannot be voided`, { status: parcel.status });

  await db().$transaction(async (tx) => {
    const order = await lockOrderForShipping(tx, parcel.orderId);
    if ((await voidParcel(tx, parcel.id, parsed.data.reason)).count === 0) throw new ConflictError(`${trackingNumber} was voided concurrently`);
    const remaining = await activeParcelsOfOrder(tx, parcel.orderId);
    if (remaining.length === 0 && order?.status === "shipped") {
      await applyOrderTransition(tx, ctx, { orderId: parcel.orderId, from: order.status as OrderStatus, to: "packed", reason: `waybill ${trackingNumber} voided: ${parsed.data.reason}` });
    }
    await appendOutbox(tx, { type: "waybill.voided", aggregateType: "order", aggregateId: parcel.orderId, payload: { orderId: parcel.orderId, trackingNumber, reason: parsed.data.reason } });
    const who = actorRecord(ctx);
    await insertAudit(tx, { actorType: who.actorType, actorId: who.actorId, action: "waybill.void", entityType: "parcel", entityId: parcel.id, data: { trackingNumber, reason: parsed.data.reason }, ip: ctx.ip, requestId: ctx.requestId });
  });
  const issuer = parcel.issuedBy ? waybillProviderNamed(parcel.issuedBy) : undefined;
  if (issuer) {
    await issuer.cancelWaybill(parcel.carrier as CarrierCode, trackingNumber, parsed.data.reason, parcel.providerRef ?? undefined).catch((e) => log("warn", "carrier cancel failed", { trackingNumber, error: String(e) }));
  }
  return { trackingNumber, voided: true };
}
