import { describe, expect, it } from "vitest";
import {
  AFTERSHIP_SUBTAG_TABLE,
  AFTERSHIP_TAG_TABLE,
  normalizeAfterShip,
} from "@/lib/domain/tracking/normalize-aftership-status";
import { SHIPMENT_STATUSES, SUB_STATUSES } from "@/lib/domain/tracking/shipment-status";

describe("normalizeAfterShip", () => {
  it.each([
    // tag, subtag, status, subStatus, unknown, rawCode
    ["Pending", undefined, "pending", undefined, false, "Pending"],
    ["InfoReceived", "InfoReceived_001", "info_received", undefined, false, "InfoReceived_001"],
    ["InTransit", "InTransit_002", "in_transit", "collected", false, "InTransit_002"],
    ["InTransit", "InTransit_005", "in_transit", "customs_cleared", false, "InTransit_005"],
    ["InTransit", "InTransit_009", "in_transit", "forwarded", false, "InTransit_009"],
    ["OutForDelivery", "OutForDelivery_001", "out_for_delivery", undefined, false, "OutForDelivery_001"],
    ["AttemptFail", "AttemptFail_002", "attempt_fail", "recipient_unreachable", false, "AttemptFail_002"],
    ["AvailableForPickup", "AvailableForPickup_001", "available_for_pickup", undefined, false, "AvailableForPickup_001"],
    ["Delivered", "Delivered_001", "delivered", undefined, false, "Delivered_001"],
    ["Delivered", "Delivered_002", "delivered", "picked_up_from_locker", false, "Delivered_002"],
    ["Exception", "Exception_003", "exception", "refused", false, "Exception_003"],
    ["Exception", "Exception_004", "exception", "customs", false, "Exception_004"],
    ["Exception", "Exception_010", "exception", "returning", false, "Exception_010"],
    ["Exception", "Exception_011", "exception", "returned_to_sender", false, "Exception_011"],
    ["Exception", "Exception_012", "exception", "damaged", false, "Exception_012"],
    ["Exception", "Exception_013", "exception", "lost", false, "Exception_013"],
    ["Expired", "Expired_001", "expired", undefined, false, "Expired_001"],
    // new subtag AfterShip may add: its prefix decides, flagged
    ["Exception", "Exception_099", "exception", undefined, true, "Exception_099"],
    ["Delivered", "Mystery_001", "delivered", undefined, true, "Mystery_001"],
    ["Teleported", undefined, "in_transit", "unknown_code", true, "Teleported"],
    [undefined, undefined, "in_transit", "unknown_code", true, undefined],
    ["toString", "constructor", "in_transit", "unknown_code", true, "constructor"],
  ] as const)("%s / %s → %s/%s", (tag, subtag, status, subStatus, unknown, rawCode) => {
    expect(normalizeAfterShip(tag, subtag)).toEqual({
      status,
      unknown,
      ...(subStatus === undefined ? {} : { subStatus }),
      ...(rawCode === undefined ? {} : { rawCode }),
    });
  });

  it("covers every canonical status with a tag and every entry is canonical", () => {
    expect(new Set(Object.values(AFTERSHIP_TAG_TABLE).map((e) => e.status))).toEqual(new Set(SHIPMENT_STATUSES));
    for (const entry of Object.values(AFTERSHIP_SUBTAG_TABLE)) {
      expect(SHIPMENT_STATUSES).toContain(entry.status);
      if (entry.subStatus !== undefined) expect(SUB_STATUSES).toContain(entry.subStatus);
    }
  });
});
