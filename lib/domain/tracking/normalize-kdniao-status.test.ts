import { describe, expect, it } from "vitest";
import { KDNIAO_STATE_EX_TABLE, normalizeKdniao } from "@/lib/domain/tracking/normalize-kdniao-status";
import { SHIPMENT_STATUSES, SUB_STATUSES } from "@/lib/domain/tracking/shipment-status";

describe("normalizeKdniao", () => {
  it.each([
    // State, StateEx, status, subStatus, unknown, rawCode
    ["0", undefined, "pending", undefined, false, "0"],
    ["1", undefined, "in_transit", "collected", false, "1"],
    ["2", undefined, "in_transit", undefined, false, "2"],
    ["3", undefined, "delivered", undefined, false, "3"],
    ["4", undefined, "exception", undefined, false, "4"],
    ["5", undefined, "in_transit", "forwarded", false, "5"],
    ["6", undefined, "in_transit", "customs", false, "6"],
    ["2", "201", "in_transit", undefined, false, "201"],
    ["2", "202", "out_for_delivery", undefined, false, "202"],
    ["2", "211", "available_for_pickup", "delivered_to_locker", false, "211"],
    ["3", "301", "delivered", undefined, false, "301"],
    ["3", "304", "delivered", "signed_by_agent", false, "304"],
    ["3", "311", "delivered", "delivered_to_locker", false, "311"],
    ["4", "401", "exception", "no_update", false, "401"],
    ["4", "404", "exception", "refused", false, "404"],
    ["4", "405", "attempt_fail", undefined, false, "405"],
    ["4", "406", "exception", "returned_to_sender", false, "406"],
    ["4", "407", "exception", "returning", false, "407"],
    ["4", "412", "exception", "pickup_overdue", false, "412"],
    ["4", "413", "exception", "intercepted", false, "413"],
    ["4", "414", "exception", "damaged", false, "414"],
    ["4", "416", "attempt_fail", "recipient_unreachable", false, "416"],
    ["4", "418", "delivered", "picked_up_from_locker", false, "418"],
    ["4", "420", "exception", "address_problem", false, "420"],
    ["6", "601", "in_transit", "customs", false, "601"],
    ["6", "603", "in_transit", "customs_cleared", false, "603"],
    ["6", "604", "exception", "customs", false, "604"],
    ["1", "10", "info_received", undefined, false, "10"],
    [3, 301, "delivered", undefined, false, "301"],
    // unknown StateEx: family first, then State
    ["4", "499", "exception", undefined, true, "499"],
    ["2", "299", "in_transit", undefined, true, "299"],
    ["3", "9", "delivered", undefined, true, "9"],
    // nothing known
    ["9", undefined, "in_transit", "unknown_code", true, "9"],
    [undefined, "XYZ", "in_transit", "unknown_code", true, "XYZ"],
    [null, null, "in_transit", "unknown_code", true, undefined],
  ] as const)("State %j StateEx %j → %s/%s", (state, stateEx, status, subStatus, unknown, rawCode) => {
    expect(normalizeKdniao(state, stateEx)).toEqual({
      status,
      unknown,
      ...(subStatus === undefined ? {} : { subStatus }),
      ...(rawCode === undefined ? {} : { rawCode }),
    });
  });

  it("maps every table entry to a canonical status and a known sub-status", () => {
    for (const entry of Object.values(KDNIAO_STATE_EX_TABLE)) {
      expect(SHIPMENT_STATUSES).toContain(entry.status);
      if (entry.subStatus !== undefined) expect(SUB_STATUSES).toContain(entry.subStatus);
    }
  });
});
