import { describe, expect, it } from "vitest";
import { MAX_TRACKING_NUMBER_LENGTH, normalizeTrackingNumber } from "@/lib/carriers/normalize-tracking-number";

describe("normalizeTrackingNumber", () => {
  it.each([
    ["SF1385628716739", "SF1385628716739", "already normal"],
    ["  sf1385628716739\n", "SF1385628716739", "trim + upper case"],
    ["sf 1385 6287 1673 9", "SF1385628716739", "inner spaces"],
    ["JT-5261-9880-16578", "JT5261988016578", "dashes"],
    ["ee 123–456—785 cn", "EE123456785CN", "en/em dashes and lower case"],
    ["ＳＦ１３８５６２８７１６７３９", "SF1385628716739", "full-width letters and digits"],
    ["7736\u3000105555\u00a082883", "773610555582883", "ideographic and non-breaking spaces"],
    ["\tyt8962646785389\t", "YT8962646785389", "tabs"],
  ])("%j -> %s (%s)", (input, expected) => {
    expect(normalizeTrackingNumber(input)).toEqual({ ok: true, value: expected });
  });

  it.each([
    ["", "empty"],
    ["   ", "empty"],
    [" - – ", "empty"],
    ["SF1385628716739#", "invalid_characters"],
    ["SF138/5628", "invalid_characters"],
    ["顺丰SF1385628716739", "invalid_characters"],
    ["SF1385.6287", "invalid_characters"],
    ["9".repeat(MAX_TRACKING_NUMBER_LENGTH + 1), "too_long"],
  ] as const)("rejects %j as %s", (input, code) => {
    const result = normalizeTrackingNumber(input);
    expect(result).toMatchObject({ ok: false, code });
    expect(result.ok === false && result.reason.length).toBeGreaterThan(10);
  });

  it("names the offending characters", () => {
    const result = normalizeTrackingNumber("SF13856#28716739/");
    expect(result.ok === false && result.reason).toContain('"#", "/"');
  });

  it("accepts the longest supported length", () => {
    expect(normalizeTrackingNumber("9".repeat(MAX_TRACKING_NUMBER_LENGTH)).ok).toBe(true);
  });
});
