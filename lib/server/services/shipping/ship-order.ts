import "server-only";
import { CarrierRefusedError } from "@/lib/carriers/waybill-provider";
import { getCarrier } from "@/lib/carriers/registry";
import type { CarrierCode, WaybillResult } from "@/lib/carriers/types";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/domain/errors";
import { READY_TO_SHIP_STATES, transitionPath, type OrderStatus } from "@/lib/domain/orders/order-state-machine";
import { chooseCarrier, type CarrierChoice } from "@/lib/domain/shipping/choose-carrier";
import { authorize, type Ctx } from "@/lib/server/auth/context";
import { db } from "@/lib/server/db/client";
import { findOrderById } from "@/lib/server/db/orders-repository";
import { appendOutbox } from "@/lib/server/db/outbox-repository";
import { activeParcelsOfOrder, countParcelsEver, insertParcel, lockOrderForShipping } from "@/lib/server/db/parcels-repository";
import { log } from "@/lib/server/log";
import { shipOrderSchema, type ShipResult } from "@/lib/schemas/shipping";
import { zodFieldErrors } from "@/lib/schemas/field-errors";
import { applyOrderTransition } from "@/lib/server/services/orders/transition-order";
import { subscribeTracking } from "@/lib/server/services/tracking/subscribe-tracking";
import { labelUrl, senderFor, canIssueWaybills, waybillProviderFor } from "./shipping-context";

/**
 * Requests e-waybills and binds them to the order in the same transaction as its move to shipped. The order
 * row is locked first, so two stations shipping at once yield one set of waybills; the loser gets that set back.
 */
export async function shipOrder({ ctx, input }: { ctx: Ctx; input: { orderId: string; body: unknown } }): Promise<ShipResult & { created: boolean }> {
  authorize(ctx, "waybill:manage");
  const parsed = shipOrderSchema.safeParse(input.body ?? {});
  if (!parsed.success) throw new ValidationError("Invalid shipment", zodFieldErrors(parsed.error));
  const order = await findOrderById(db(), input.orderId);
  if (!order) throw new NotFoundError("Order", input.orderId);

  if (parsed.data.carrier && !getCarrier(parsed.data.carrier)) throw new ValidationError("Unknown carrier", { carrier: [`No carrier "${parsed.data.carrier}"`] });
  const choice: CarrierChoice = chooseCarrier({ province: order.address.province, totalFen: order.totalFen, attributes: order.attributes }, undefined, parsed.data.carrier, canIssueWaybills);
  const carrier = choice.carrier as CarrierCode;
  const provider = waybillProviderFor(carrier);
  if (!provider.supports(carrier)) {
    const why = `no e-waybill provider is configured for ${carrier.toUpperCase()}; bind the tracking number by hand`;
    throw new ValidationError(`Cannot ship: ${why}`, { carrier: [why] });
  }

  const parcels = parsed.data.parcels ?? [{ weightKg: estimateWeightKg(order.items.reduce((n, i) => n + i.quantity, 0)) }];
  const issued: WaybillResult[] = [];
  const refs: string[] = [];
  let result: ShipResult & { created: boolean };
  try {
    result = await db().$transaction(
      async (tx) => {
        const locked = await lockOrderForShipping(tx, order.id);
        if (!locked) throw new NotFoundError("Order", order.id);
        const status = locked.status as OrderStatus;
        if (!READY_TO_SHIP_STATES.includes(status)) {
          const existing = await activeParcelsOfOrder(tx, order.id);
          if (existing.length > 0) {
            return { orderId: order.id, alreadyShipped: true, created: false, carrierChoice: null, waybills: existing.map((p) => ({ trackingNumber: p.trackingNumber, carrier: p.carrier, sortCode: p.sortCode, labelUrl: labelUrl(p.trackingNumber) })) };
          }
          throw new ConflictError(`Order is ${status}; only paid, picking or packed orders can be shipped`, { status });
        }
        const sender = senderFor(order.attributes);
        // Aggregators want a reference unique per waybill request, short enough for every carrier (≤ 30).
        const earlier = await countParcelsEver(tx, order.id);
        const refOf = (i: number) => `SL${order.id.replace(/-/g, "").slice(0, 12).toUpperCase()}-${earlier + i + 1}`;
        for (const [i, parcel] of parcels.entries()) {
          refs.push(refOf(i));
          const items = parcel.items?.map((it) => ({ name: order.items.find((x) => x.sku === it.sku)?.name ?? it.sku, quantity: it.quantity })) ?? order.items.map((it) => ({ name: it.name, quantity: it.quantity }));
          issued.push(
            await provider.requestWaybill(carrier, {
              orderId: order.id,
              parcelRef: refs[i],
              platformOrderNo: order.platformOrderNo,
              recipient: { name: order.customer.name, phone: order.customer.phone, province: order.address.province, city: order.address.city, district: order.address.district, address: order.address.line },
              sender,
              parcel: { weightKg: parcel.weightKg, items },
              coldChain: Boolean(order.attributes.coldChain),
            }),
          );
          const w = issued[i];
          await insertParcel(tx, { orderId: order.id, carrier, trackingNumber: w.trackingNumber, sortCode: w.sortCode, issuedBy: provider.name, parcelIndex: i + 1, providerRef: refs[i], weightGrams: Math.round(parcel.weightKg * 1000), items: parcel.items ?? null });
        }
        let from = status;
        for (const step of transitionPath(status, "shipped") ?? []) {
          await applyOrderTransition(tx, ctx, { orderId: order.id, from, to: step, reason: step === "shipped" ? `e-waybill ${issued.map((w) => w.trackingNumber).join(", ")}` : "auto: shipping" });
          from = step;
        }
        const waybills = issued.map((w) => ({ trackingNumber: w.trackingNumber, carrier: w.carrier, sortCode: w.sortCode ?? null, labelUrl: labelUrl(w.trackingNumber) }));
        await appendOutbox(tx, { type: "order.shipped", aggregateType: "order", aggregateId: order.id, payload: { orderId: order.id, platformOrderNo: order.platformOrderNo, carrier, waybills } });
        return { orderId: order.id, alreadyShipped: false, created: true, carrierChoice: choice, waybills };
      },
      { timeout: 30_000, maxWait: 30_000 },
    );
  } catch (error) {
    // Waybills issued in a failed attempt would otherwise sit unused at the carrier; cancel them.
    for (const [i, w] of issued.entries()) await provider.cancelWaybill(w.carrier, w.trackingNumber, "shipment rolled back", refs[i]).catch((e) => log("warn", "waybill cancel failed", { trackingNumber: w.trackingNumber, error: String(e) }));
    if (error instanceof CarrierRefusedError) throw new ValidationError(error.message, { carrier: [error.reason] });
    throw error;
  }
  if (result.created) {
    for (const w of result.waybills) await subscribeTracking({ trackingNumber: w.trackingNumber, carrier: w.carrier, issuedBy: provider.name, phone: order.customer.phone });
  }
  return result;
}

/** A packing-station default when the operator does not weigh: 0.5 kg per unit, 0.2 kg minimum. */
function estimateWeightKg(units: number): number {
  return Math.max(0.2, Math.min(30, units * 0.5));
}
