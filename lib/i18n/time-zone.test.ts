import { describe, expect, it } from "vitest";
import { formatDateTime } from "@/components/orders/format";
import { timeZoneLabel, validTimeZone } from "./time-zone";

describe("viewer time zones", () => {
  it("accepts IANA zones and refuses anything else", () => {
    expect(validTimeZone("Europe/Berlin")).toBe("Europe/Berlin");
    expect(validTimeZone("Asia/Shanghai")).toBe("Asia/Shanghai");
    expect(validTimeZone("Mars/Olympus")).toBeUndefined();
    expect(validTimeZone("<script>")).toBeUndefined();
    expect(validTimeZone(undefined)).toBeUndefined();
  });

  it("shows one UTC instant in each viewer's own zone", () => {
    const iso = "2026-11-20T02:00:00.000Z";
    expect(formatDateTime(iso, "en", "Asia/Shanghai")).toContain("10:00");
    expect(formatDateTime(iso, "en", "Europe/Berlin")).toContain("03:00");
    expect(formatDateTime(iso, "zh-CN", "America/Los_Angeles")).toContain("2026/11/19 18:00");
  });

  it("labels the zone with its offset", () => {
    expect(timeZoneLabel("Asia/Shanghai", "en", new Date("2026-11-20T00:00:00Z"))).toBe("Asia/Shanghai (GMT+8)");
    expect(timeZoneLabel("America/New_York", "en", new Date("2026-07-01T00:00:00Z"))).toBe("America/New York (GMT-4)");
  });
});
