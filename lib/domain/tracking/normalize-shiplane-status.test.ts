import { describe, expect, it } from "vitest";
import {
  SHIPLANE_STATUS_CODES,
  SHIPLANE_STATUS_TABLE,
  normalizeShiplaneStatus,
} from "@/lib/domain/tracking/normalize-shiplane-status";
import { SHIPMENT_STATUSES, SUB_STATUSES } from "@/lib/domain/tracking/shipment-status";

describe("normalizeShiplaneStatus", () => {
  it.each([
    ["CREATED", "info_received", undefined, false],
    ["PICKED_UP", "in_transit", "collected", false],
    ["IN_TRANSIT", "in_transit", undefined, false],
    ["ARRIVED_HUB", "in_transit", undefined, false],
    ["DEPARTED_HUB", "in_transit", undefined, false],
    ["OUT_FOR_DELIVERY", "out_for_delivery", undefined, false],
    ["DELIVERED", "delivered", undefined, false],
    ["DELIVERED_LOCKER", "delivered", "delivered_to_locker", false],
    ["DELIVERY_FAILED", "attempt_fail", undefined, false],
    ["HELD_AT_PICKUP", "available_for_pickup", undefined, false],
    ["RETURNING", "exception", "returning", false],
    ["RETURNED", "exception", "returned_to_sender", false],
    ["REFUSED", "exception", "refused", false],
    ["LOST", "exception", "lost", false],
    ["DAMAGED", "exception", "damaged", false],
    ["CUSTOMS_HOLD", "exception", "customs", false],
    ["CUSTOMS_CLEARED", "in_transit", "customs_cleared", false],
    ["DELAYED", "exception", "delayed", false],
    ["ADDRESS_ISSUE", "exception", "address_problem", false],
    ["EXPIRED", "expired", undefined, false],
    ["delivered", "delivered", undefined, false],
    ["BEAMED_UP", "in_transit", "unknown_code", true],
    ["__proto__", "in_transit", "unknown_code", true],
  ] as const)("%s → %s/%s", (code, status, subStatus, unknown) => {
    expect(normalizeShiplaneStatus(code)).toEqual({
      status,
      unknown,
      rawCode: code,
      ...(subStatus === undefined ? {} : { subStatus }),
    });
  });

  it("documents exactly the codes of the table, all canonical", () => {
    expect(SHIPLANE_STATUS_CODES).toHaveLength(20);
    for (const entry of Object.values(SHIPLANE_STATUS_TABLE)) {
      expect(SHIPMENT_STATUSES).toContain(entry.status);
      if (entry.subStatus !== undefined) expect(SUB_STATUSES).toContain(entry.subStatus);
    }
  });
});
