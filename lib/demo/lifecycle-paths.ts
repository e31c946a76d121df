// Which sequence of statuses leads to a given final status. Each final status has a few realistic
// stories (an exception on the way, a refusal at the door, a return after delivery), and every
// non-terminal final status is followed by one "look-ahead" status: the step that has not happened yet,
// whose future time bounds how long ago the order can have entered its current status.
import type { OrderStatus } from "./order-states";
import { weightedPicker, type Random } from "./random";

type Path = OrderStatus[];

const UNTIL_SHIPPED: Path = ["pending_payment", "paid", "picking", "packed", "shipped"];

const pickDeliveryStory = weightedPicker<Path>([
  [["in_transit", "out_for_delivery", "delivered"], 70],
  [["in_transit", "delivered"], 12], // straight into a locker or pickup station
  [["in_transit", "exception", "in_transit", "out_for_delivery", "delivered"], 8],
  [["in_transit", "out_for_delivery", "exception", "out_for_delivery", "delivered"], 6],
  [["in_transit", "out_for_delivery", "exception", "delivered"], 2],
  [["exception", "in_transit", "out_for_delivery", "delivered"], 2],
]);

// How an order ends up going back to the warehouse, after it was shipped.
const pickReturnStory = (random: Random): Path =>
  pickReturnStart(random) === "after_delivery" ? [...pickDeliveryStory(random), "returning"] : pickInFlightReturn(random);
const pickReturnStart = weightedPicker<"after_delivery" | "in_flight">([["after_delivery", 55], ["in_flight", 45]]);
const pickInFlightReturn = weightedPicker<Path>([
  [["in_transit", "out_for_delivery", "returning"], 42], // refused at the door
  [["in_transit", "returning"], 32], // intercepted on request
  [["in_transit", "exception", "returning"], 26], // damaged
]);

const pickEarlyRefund = weightedPicker<Path>([
  [["pending_payment", "paid", "refunded"], 25], // 仅退款 before shipping
  [["pending_payment", "paid", "cancelled", "refunded"], 25],
  [["pending_payment", "paid", "picking", "cancelled", "refunded"], 8],
  [["pending_payment", "paid", "picking", "packed", "cancelled", "refunded"], 5],
]);

const STORIES: Record<OrderStatus, (random: Random) => Path> = {
  pending_payment: () => ["pending_payment", "paid"],
  paid: () => ["pending_payment", "paid", "picking"],
  picking: () => ["pending_payment", "paid", "picking", "packed"],
  packed: () => [...UNTIL_SHIPPED],
  shipped: () => [...UNTIL_SHIPPED, "in_transit"],
  in_transit: weightedPicker<Path>([
    [[...UNTIL_SHIPPED, "in_transit", "out_for_delivery"], 85],
    [[...UNTIL_SHIPPED, "in_transit", "exception", "in_transit", "out_for_delivery"], 10],
    [[...UNTIL_SHIPPED, "exception", "in_transit", "out_for_delivery"], 5],
  ]),
  out_for_delivery: weightedPicker<Path>([
    [[...UNTIL_SHIPPED, "in_transit", "out_for_delivery", "delivered"], 85],
    [[...UNTIL_SHIPPED, "in_transit", "exception", "in_transit", "out_for_delivery", "delivered"], 8],
    [[...UNTIL_SHIPPED, "in_transit", "out_for_delivery", "exception", "out_for_delivery", "delivered"], 7],
  ]),
  delivered: (random) => [...UNTIL_SHIPPED, ...pickDeliveryStory(random), "completed"],
  completed: (random) => [...UNTIL_SHIPPED, ...pickDeliveryStory(random), "completed"],
  exception: weightedPicker<Path>([
    [[...UNTIL_SHIPPED, "exception", "in_transit"], 10],
    [[...UNTIL_SHIPPED, "in_transit", "exception", "in_transit"], 60],
    [[...UNTIL_SHIPPED, "in_transit", "out_for_delivery", "exception", "out_for_delivery"], 30],
  ]),
  returning: (random) => [...UNTIL_SHIPPED, ...pickReturnStory(random), "returned"],
  returned: (random) => [...UNTIL_SHIPPED, ...pickReturnStory(random), "returned", "refunded"],
  refunded: (random) =>
    random() < 0.37 ? [...UNTIL_SHIPPED, ...pickReturnStory(random), "returned", "refunded"] : pickEarlyRefund(random),
  cancelled: weightedPicker<Path>([
    [["pending_payment", "cancelled"], 85],
    [["pending_payment", "paid", "cancelled", "refunded"], 8],
    [["pending_payment", "paid", "picking", "cancelled", "refunded"], 4],
    [["pending_payment", "paid", "picking", "packed", "cancelled", "refunded"], 3],
  ]),
};

export interface LifecyclePath {
  /** Statuses from pending_payment on, including the look-ahead status when there is one. */
  statuses: OrderStatus[];
  /** Index of the order's current status in `statuses`. */
  finalIndex: number;
}

export function chooseLifecyclePath(random: Random, final: OrderStatus): LifecyclePath {
  // Copy: the fixed stories are shared arrays.
  const statuses = [...STORIES[final](random)];
  const last = statuses.length - 1;
  const terminal = final === "completed" || final === "refunded" || (final === "cancelled" && statuses[last] === "cancelled");
  return { statuses, finalIndex: terminal ? last : last - 1 };
}
