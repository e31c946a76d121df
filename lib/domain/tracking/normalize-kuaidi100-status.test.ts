import { describe, expect, it } from "vitest";
import {
  KUAIDI100_STATE_TABLE,
  KUAIDI100_STATUS_CODE_TABLE,
  normalizeKuaidi100,
} from "@/lib/domain/tracking/normalize-kuaidi100-status";
import { SHIPMENT_STATUSES, SUB_STATUSES } from "@/lib/domain/tracking/shipment-status";

describe("normalizeKuaidi100", () => {
  it.each([
    // state, statusCode, status, subStatus, unknown, rawCode
    ["0", undefined, "in_transit", undefined, false, "0"],
    ["1", undefined, "in_transit", "collected", false, "1"],
    ["2", undefined, "exception", undefined, false, "2"],
    ["3", undefined, "delivered", undefined, false, "3"],
    ["4", undefined, "exception", "returned_to_sender", false, "4"],
    ["5", undefined, "out_for_delivery", undefined, false, "5"],
    ["6", undefined, "exception", "returning", false, "6"],
    ["7", undefined, "in_transit", "forwarded", false, "7"],
    ["8", undefined, "in_transit", "customs", false, "8"],
    ["10", undefined, "in_transit", "customs", false, "10"],
    ["12", undefined, "in_transit", "customs_cleared", false, "12"],
    ["13", undefined, "exception", "customs", false, "13"],
    ["14", undefined, "exception", "refused", false, "14"],
    [3, undefined, "delivered", undefined, false, "3"],
    ["0", "101", "info_received", undefined, false, "101"],
    ["1", "103", "in_transit", "collected", false, "103"],
    ["0", "1001", "in_transit", undefined, false, "1001"],
    ["5", "501", "available_for_pickup", "delivered_to_locker", false, "501"],
    ["3", "301", "delivered", undefined, false, "301"],
    ["3", "303", "delivered", "signed_by_agent", false, "303"],
    ["3", "304", "delivered", "delivered_to_locker", false, "304"],
    ["2", "203", "exception", "refused", false, "203"],
    ["2", "204", "attempt_fail", undefined, false, "204"],
    ["2", "209", "exception", "damaged", false, "209"],
    ["4", "401", "exception", "cancelled", false, "401"],
    // resultv2 checkpoints carry the Chinese state name; raw text is kept
    ["签收", undefined, "delivered", undefined, false, "签收"],
    ["派件", undefined, "out_for_delivery", undefined, false, "派件"],
    ["清关异常", undefined, "exception", "customs", false, "清关异常"],
    // unknown detailed code: its family decides, flagged unknown, raw kept
    ["2", "299", "exception", undefined, true, "299"],
    ["0", "1009", "in_transit", undefined, true, "1009"],
    ["3", "399", "delivered", undefined, true, "399"],
    // unknown detail without a family: the coarse state decides
    ["5", "77777", "out_for_delivery", undefined, true, "77777"],
    // nothing known: safe default
    ["99", undefined, "in_transit", "unknown_code", true, "99"],
    ["未知", "abc", "in_transit", "unknown_code", true, "abc"],
    [undefined, undefined, "in_transit", "unknown_code", true, undefined],
    ["constructor", undefined, "in_transit", "unknown_code", true, "constructor"],
    [" 3 ", "", "delivered", undefined, false, "3"],
  ] as const)("state %j statusCode %j → %s/%s", (state, statusCode, status, subStatus, unknown, rawCode) => {
    const mapping = normalizeKuaidi100(state, statusCode);
    expect(mapping).toEqual({
      status,
      unknown,
      ...(subStatus === undefined ? {} : { subStatus }),
      ...(rawCode === undefined ? {} : { rawCode }),
    });
  });

  it("maps every table entry to a canonical status and a known sub-status", () => {
    for (const entry of [...Object.values(KUAIDI100_STATE_TABLE), ...Object.values(KUAIDI100_STATUS_CODE_TABLE)]) {
      expect(SHIPMENT_STATUSES).toContain(entry.status);
      if (entry.subStatus !== undefined) expect(SUB_STATUSES).toContain(entry.subStatus);
    }
  });
});
