import "server-only";
import { detectCarrier } from "@/lib/carriers/detect-carrier";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/domain/errors";
import { READY_TO_SHIP_STATES, transitionPath, type OrderStatus } from "@/lib/domain/orders/order-state-machine";
import { authorize, type Ctx } from "@/lib/server/auth/context";
import { db } from "@/lib/server/db/client";
import { appendOutbox } from "@/lib/server/db/outbox-repository";
import { activeParcelsOfOrder, findParcelsByTrackingNumber, insertParcel, lockOrderForShipping } from "@/lib/server/db/parcels-repository";
import { bindWaybillSchema } from "@/lib/schemas/shipping";
import { zodFieldErrors } from "@/lib/schemas/field-errors";
import { applyOrderTransition } from "@/lib/server/services/orders/transition-order";
import { subscribeTracking } from "@/lib/server/services/tracking/subscribe-tracking";
import { labelUrl } from "./shipping-context";

const SHIPPED_OR_LATER: OrderStatus[] = ["shipped", "in_transit", "out_for_delivery", "exception"];

/**
 * Binds a tracking number obtained elsewhere (a paper waybill, another system) to an order. The carrier is
 * detected from the number; an ambiguous number needs an explicit carrier. Same number, same order → no-op.
 */
export async function bindWaybill({ ctx, input }: { ctx: Ctx; input: { orderId: string; body: unknown } }) {
  authorize(ctx, "waybill:manage");
  const parsed = bindWaybillSchema.safeParse(input.body);
  if (!parsed.success) throw new ValidationError("Invalid waybill", zodFieldErrors(parsed.error));
  const detection = detectCarrier(parsed.data.trackingNumber, parsed.data.carrier);
  const valid = detection.candidates.filter((c) => c.valid);
  const chosen = parsed.data.carrier ? valid.find((c) => c.carrier === parsed.data.carrier) : valid.length === 1 || (valid[0] && valid[0].confidence >= 0.9) ? valid[0] : undefined;
  if (!chosen) {
    const why = parsed.data.carrier
      ? detection.candidates.find((c) => c.carrier === parsed.data.carrier)?.reason ?? "not a valid number for this carrier"
      : valid.length > 1
        ? `ambiguous: could be ${valid.map((c) => c.carrier.toUpperCase()).join(", ")}; send the carrier`
        : detection.candidates[0]?.reason ?? "unknown tracking number format";
    throw new ValidationError(`Cannot bind ${detection.normalized}: ${why}`, { trackingNumber: [why], ...(valid.length > 1 ? { carrier: valid.map((c) => c.carrier) } : {}) });
  }
  const trackingNumber = detection.normalized;

  const result = await db().$transaction(async (tx) => {
    const locked = await lockOrderForShipping(tx, input.orderId);
    if (!locked) throw new NotFoundError("Order", input.orderId);
    const bound = (await findParcelsByTrackingNumber(tx, trackingNumber)).find((p) => p.carrier === chosen.carrier && p.state === "active");
    if (bound && bound.orderId === input.orderId) return { created: false, waybill: { trackingNumber, carrier: chosen.carrier, sortCode: bound.sortCode, labelUrl: labelUrl(trackingNumber) } };
    if (bound) throw new ConflictError(`${trackingNumber} is already bound to order ${bound.order.platformOrderNo}`, { orderId: bound.order.id, platformOrderNo: bound.order.platformOrderNo });

    const status = locked.status as OrderStatus;
    if (!READY_TO_SHIP_STATES.includes(status) && !SHIPPED_OR_LATER.includes(status)) throw new ConflictError(`Order is ${status}; a waybill cannot be bound to it`, { status });
    const existing = await activeParcelsOfOrder(tx, input.orderId);
    await insertParcel(tx, { orderId: input.orderId, carrier: chosen.carrier, trackingNumber, issuedBy: "manual", parcelIndex: existing.length + 1 });
    let from = status;
    for (const step of READY_TO_SHIP_STATES.includes(status) ? (transitionPath(status, "shipped") ?? []) : []) {
      await applyOrderTransition(tx, ctx, { orderId: input.orderId, from, to: step, reason: step === "shipped" ? `waybill ${trackingNumber} bound` : "auto: shipping" });
      from = step;
    }
    await appendOutbox(tx, { type: "waybill.bound", aggregateType: "order", aggregateId: input.orderId, payload: { orderId: input.orderId, trackingNumber, carrier: chosen.carrier } });
    return { created: true, waybill: { trackingNumber, carrier: chosen.carrier, sortCode: null, labelUrl: labelUrl(trackingNumber) } };
  });
  if (result.created) await subscribeTracking({ trackingNumber, carrier: chosen.carrier, issuedBy: "manual" });
  return result;
}
