// The part of the order state machine the demo data walks. Statuses come from the domain state machine;
// the demo keeps to a stricter subset of its transitions (no voided waybills, no carrier jumps such as
// shipped → delivered), so every generated history is also valid for the real service.
import { ORDER_STATUSES, type OrderStatus } from "@/lib/domain/orders/order-state-machine";

export { ORDER_STATUSES, type OrderStatus };

export const DEMO_ORDER_TRANSITIONS: Readonly<Record<OrderStatus, readonly OrderStatus[]>> = {
  pending_payment: ["paid", "cancelled"],
  paid: ["picking", "cancelled", "refunded"],
  picking: ["packed", "cancelled"],
  packed: ["shipped", "cancelled"],
  shipped: ["in_transit", "exception", "returning"],
  in_transit: ["out_for_delivery", "exception", "returning", "delivered"],
  out_for_delivery: ["delivered", "exception", "returning"],
  exception: ["in_transit", "out_for_delivery", "returning", "delivered"],
  delivered: ["completed", "returning"],
  returning: ["returned"],
  returned: ["refunded"],
  // Only a paid order has money to give back; see isDemoTransition.
  cancelled: ["refunded"],
  completed: [],
  refunded: [],
};

/** Whether `from → to` is in the demo graph; `wasPaid` matters only for cancelled → refunded. */
export function isDemoTransition(from: OrderStatus, to: OrderStatus, wasPaid = true): boolean {
  if (from === "cancelled" && to === "refunded" && !wasPaid) return false;
  return DEMO_ORDER_TRANSITIONS[from].includes(to);
}

/** Share of each final status in generated data (sums to 100). */
export const FINAL_STATUS_WEIGHTS: Readonly<Record<OrderStatus, number>> = {
  completed: 40,
  delivered: 13,
  in_transit: 10,
  refunded: 6,
  cancelled: 5,
  out_for_delivery: 4,
  shipped: 4,
  pending_payment: 3,
  paid: 3,
  exception: 3,
  packed: 2.5,
  returning: 2.5,
  picking: 2,
  returned: 2,
};
