// Order lifecycle used by the demo data. It mirrors the OrderStatus enum in prisma/schema.prisma; the
// transition graph is the one the order service enforces, so generated histories are replayable through it.

export const ORDER_STATUSES = [
  "pending_payment", "paid", "picking", "packed", "shipped", "in_transit", "out_for_delivery", "delivered",
  "completed", "cancelled", "exception", "returning", "returned", "refunded",
] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

export const ORDER_TRANSITIONS: Readonly<Record<OrderStatus, readonly OrderStatus[]>> = {
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
  // Only a paid order has money to give back; see isLegalTransition.
  cancelled: ["refunded"],
  completed: [],
  refunded: [],
};

/** Whether `from → to` is allowed; `wasPaid` matters only for cancelled → refunded. */
export function isLegalTransition(from: OrderStatus, to: OrderStatus, wasPaid = true): boolean {
  if (from === "cancelled" && to === "refunded" && !wasPaid) return false;
  return ORDER_TRANSITIONS[from].includes(to);
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
