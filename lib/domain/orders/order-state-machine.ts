// The order state machine. ORDER_TRANSITIONS is the single source of truth: services, the API's 409 payloads,
// the UI's action buttons and the demo data all read it.
import { InvalidTransitionError } from "@/lib/domain/errors";

export const ORDER_STATUSES = [
  "pending_payment",
  "paid",
  "picking",
  "packed",
  "shipped",
  "in_transit",
  "out_for_delivery",
  "delivered",
  "completed",
  "cancelled",
  "exception",
  "returning",
  "returned",
  "refunded",
] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

export const ORDER_TRANSITIONS: Readonly<Record<OrderStatus, readonly OrderStatus[]>> = {
  pending_payment: ["paid", "cancelled"],
  paid: ["picking", "cancelled", "refunded"],
  picking: ["packed", "cancelled"],
  packed: ["shipped", "cancelled"],
  // shipped → packed: every waybill was voided before the carrier picked the parcel up.
  shipped: ["in_transit", "out_for_delivery", "delivered", "exception", "returning", "packed"],
  in_transit: ["out_for_delivery", "delivered", "exception", "returning"],
  out_for_delivery: ["delivered", "exception", "returning", "in_transit"],
  exception: ["in_transit", "out_for_delivery", "delivered", "returning"],
  delivered: ["completed", "returning"],
  completed: [],
  returning: ["returned"],
  returned: ["refunded"],
  cancelled: ["refunded"],
  refunded: [],
};

/** States in which a parcel is physically with the carrier. */
export const SHIPPING_STATES: readonly OrderStatus[] = ["shipped", "in_transit", "out_for_delivery", "exception"];
/** Orders the warehouse can still ship. */
export const READY_TO_SHIP_STATES: readonly OrderStatus[] = ["paid", "picking", "packed"];
export const TERMINAL_STATES: readonly OrderStatus[] = ORDER_STATUSES.filter((s) => ORDER_TRANSITIONS[s].length === 0);

export function allowedTransitions(from: OrderStatus): readonly OrderStatus[] {
  return ORDER_TRANSITIONS[from];
}

export function canTransition(from: OrderStatus, to: OrderStatus): boolean {
  return ORDER_TRANSITIONS[from].includes(to);
}

/** Throws InvalidTransitionError listing the allowed targets; returns `to` otherwise. */
export function assertTransition(from: OrderStatus, to: OrderStatus): OrderStatus {
  if (!canTransition(from, to)) throw new InvalidTransitionError(from, to, [...ORDER_TRANSITIONS[from]]);
  return to;
}

export function isOrderStatus(value: string): value is OrderStatus {
  return (ORDER_STATUSES as readonly string[]).includes(value);
}

/**
 * Shortest legal path between two states (breadth-first), used when carrier events jump ahead,
 * e.g. shipped → delivered passes through nothing, but packed → delivered is not reachable by a carrier.
 */
export function transitionPath(from: OrderStatus, to: OrderStatus): OrderStatus[] | null {
  if (from === to) return [];
  const previous = new Map<OrderStatus, OrderStatus>();
  const queue: OrderStatus[] = [from];
  while (queue.length) {
    const current = queue.shift()!;
    for (const next of ORDER_TRANSITIONS[current]) {
      if (previous.has(next) || next === from) continue;
      previous.set(next, current);
      if (next === to) {
        const path: OrderStatus[] = [to];
        let step = current;
        while (step !== from) {
          path.unshift(step);
          step = previous.get(step)!;
        }
        return path;
      }
      queue.push(next);
    }
  }
  return null;
}
