import { describe, expect, it } from "vitest";
import {
  CarrierTimeParseError,
  parseCarrierLocalTime,
} from "@/lib/domain/tracking/parse-carrier-local-time";

describe("parseCarrierLocalTime", () => {
  it.each([
    // text, zone, expected UTC instant
    ["2026-11-20 08:00:00", undefined, "2026-11-20T00:00:00.000Z"],
    ["2026-11-20 14:05:33", undefined, "2026-11-20T06:05:33.000Z"],
    ["2026-11-21 02:30:00", undefined, "2026-11-20T18:30:00.000Z"],
    ["2026-01-01 00:00:00", undefined, "2025-12-31T16:00:00.000Z"],
    ["2026-11-20T08:00:00", undefined, "2026-11-20T00:00:00.000Z"],
    ["2026/11/20 08:00:00", undefined, "2026-11-20T00:00:00.000Z"],
    ["2026-11-20 08:00", undefined, "2026-11-20T00:00:00.000Z"],
    ["2026-11-20", undefined, "2026-11-19T16:00:00.000Z"],
    ["2026-11-20 08:00:00.250", undefined, "2026-11-20T00:00:00.250Z"],
    ["2024-02-29 12:00:00", undefined, "2024-02-29T04:00:00.000Z"],
    // offset wins over the zone
    ["2026-11-20T08:00:00+08:00", "America/New_York", "2026-11-20T00:00:00.000Z"],
    ["2026-11-20T08:00:00Z", undefined, "2026-11-20T08:00:00.000Z"],
    ["2026-11-20T08:00:00-0500", undefined, "2026-11-20T13:00:00.000Z"],
    ["2026-11-20T08:00:00+09", undefined, "2026-11-19T23:00:00.000Z"],
    ["2026-11-20 08:00:00 +08:00", undefined, "2026-11-20T00:00:00.000Z"],
    // other carrier zones, with DST
    ["2026-07-01 08:00:00", "America/New_York", "2026-07-01T12:00:00.000Z"],
    ["2026-12-01 08:00:00", "America/New_York", "2026-12-01T13:00:00.000Z"],
    ["2026-11-20 08:00:00", "Asia/Hong_Kong", "2026-11-20T00:00:00.000Z"],
  ] as const)("%s in %s → %s", (text, timeZone, iso) => {
    const parsed = parseCarrierLocalTime(text, timeZone === undefined ? {} : { timeZone });
    expect(parsed.occurredAt.toISOString()).toBe(iso);
    expect(parsed.localTime).toBe(text);
  });

  it.each([
    ["", /expected yyyy-MM-dd/],
    ["yesterday", /expected yyyy-MM-dd/],
    ["2026-13-01 00:00:00", /month 13/],
    ["2026-02-30 10:00:00", /day 30 does not exist/],
    ["2025-02-29 10:00:00", /day 29 does not exist/],
    ["2026-11-20 24:00:00", /time of day/],
    ["2026-11-20 12:60:00", /time of day/],
    ["1970-01-01 08:00:00", /year 1970/],
    ["0000-00-00 00:00:00", /year 0/],
    ["2026-11-20T08:00:00+25:00", /offset/],
    ["2026-11-20T08:00:00+083", /expected|offset/],
    ["2026-11-20 08:00:00 北京时间", /expected/],
    ["20261120080000", /expected/],
  ])("rejects %j", (text, message) => {
    expect(() => parseCarrierLocalTime(text)).toThrow(CarrierTimeParseError);
    expect(() => parseCarrierLocalTime(text)).toThrow(message);
  });

  it("rejects an unknown zone as a programming error, not bad input", () => {
    expect(() => parseCarrierLocalTime("2026-11-20 08:00:00", { timeZone: "Mars/Olympus" })).toThrow(RangeError);
  });
});
