// How a parcel's shipment status drives its order through the order state machine.
import { transitionPath, type OrderStatus } from "@/lib/domain/orders/order-state-machine";
import type { ShipmentStatus } from "./shipment-status";

/** The order state a shipment status implies, or null when it implies no move (not yet with the carrier). */
export function orderStatusForShipment(status: ShipmentStatus, subStatus?: string | null): OrderStatus | null {
  switch (status) {
    case "pending":
    case "info_received":
      return null;
    case "in_transit":
      return "in_transit";
    case "out_for_delivery":
    case "available_for_pickup":
      return "out_for_delivery";
    case "delivered":
      return "delivered";
    case "attempt_fail":
    case "expired":
      return "exception";
    case "exception":
      if (subStatus === "returned_to_sender") return "returned";
      if (subStatus === "returning" || subStatus === "refused") return "returning";
      return "exception";
  }
}

/** States an order may be in for carrier events to move it; before shipping or after the end, carriers do not. */
const CARRIER_DRIVEN: ReadonlySet<OrderStatus> = new Set(["shipped", "in_transit", "out_for_delivery", "exception", "returning", "delivered"]);

/**
 * The legal steps from the order's current state to the one the shipment implies. Empty when no move applies:
 * the order is not carrier-driven, already there, the move is illegal (never forced), or other parcels of a
 * multi-parcel order are still on their way (the order is delivered when the last one is).
 */
export function orderStepsForShipment(input: {
  orderStatus: OrderStatus;
  shipmentStatus: ShipmentStatus;
  subStatus?: string | null;
  otherParcelsUndelivered: number;
}): OrderStatus[] {
  if (!CARRIER_DRIVEN.has(input.orderStatus)) return [];
  const target = orderStatusForShipment(input.shipmentStatus, input.subStatus);
  if (!target || target === input.orderStatus) return [];
  if (target === "delivered" && input.otherParcelsUndelivered > 0) return [];
  if (input.orderStatus === "delivered" && target !== "returning" && target !== "returned") return [];
  return transitionPath(input.orderStatus, target) ?? [];
}
