import { describe, expect, it } from "vitest";
import { orderStepsForShipment } from "./order-move-for-shipment";

describe("orderStepsForShipment", () => {
  it.each([
    ["shipped", "in_transit", undefined, 0, ["in_transit"]],
    ["shipped", "delivered", undefined, 0, ["delivered"]],
    ["in_transit", "out_for_delivery", undefined, 0, ["out_for_delivery"]],
    ["out_for_delivery", "attempt_fail", undefined, 0, ["exception"]],
    ["exception", "delivered", undefined, 0, ["delivered"]],
    ["in_transit", "exception", "returned_to_sender", 0, ["returning", "returned"]],
    ["in_transit", "delivered", undefined, 1, []],
    ["in_transit", "info_received", undefined, 0, []],
    ["paid", "in_transit", undefined, 0, []],
    ["completed", "exception", undefined, 0, []],
    ["delivered", "in_transit", undefined, 0, []],
    ["delivered", "exception", "refused", 0, ["returning"]],
    ["in_transit", "in_transit", undefined, 0, []],
  ] as const)("order %s + shipment %s/%s (others %i) → %j", (orderStatus, shipmentStatus, subStatus, others, expected) => {
    expect(orderStepsForShipment({ orderStatus, shipmentStatus, subStatus, otherParcelsUndelivered: others })).toEqual(expected);
  });
});
