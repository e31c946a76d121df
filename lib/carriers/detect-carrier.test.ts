import { describe, expect, it } from "vitest";
import { detectCarrier } from "@/lib/carriers/detect-carrier";
import { ValidationError } from "@/lib/domain/errors";
import type { CarrierCode } from "@/lib/carriers/types";

const validCarriers = (input: string): CarrierCode[] =>
  detectCarrier(input).candidates.filter((c) => c.valid).map((c) => c.carrier);

describe("detectCarrier: Chinese formats", () => {
  it.each([
    ["SF1385628716739", "sf"],
    ["YT8962646785389", "yto"],
    ["JDVA11408814483", "jd"],
    ["JDX024407261700", "jd"],
    ["JT5261988016578", "jt"],
    ["EE123456785CN", "ems"],
    ["73610555582883", "zto"],
    ["463431409940372", "yunda"],
  ] as const)("%s is detected as %s, top candidate", (input, carrier) => {
    const { candidates } = detectCarrier(input);
    expect(candidates[0]).toMatchObject({ carrier, valid: true, trackingNumber: input });
  });

  it.each([
    ["sf 1385 6287 1673 9", "SF1385628716739", "sf"],
    ["  yt-8962-6467-85389 ", "YT8962646785389", "yto"],
    ["jdva 1140 8814 483", "JDVA11408814483", "jd"],
    ["ee 123 456 785 cn", "EE123456785CN", "ems"],
    ["ｊｔ５２６１９８８０１６５７８", "JT5261988016578", "jt"],
  ] as const)("normalizes %j to %s before detecting %s", (input, normalized, carrier) => {
    const detection = detectCarrier(input);
    expect(detection.normalized).toBe(normalized);
    expect(detection.candidates[0]).toMatchObject({ carrier, valid: true, trackingNumber: normalized });
  });

  it.each([
    ["SF138562871673", "SF + 12 digits"],
    ["YT89626467853890", "YT + 14 digits"],
    ["JT52619880165", "JT + 11 digits"],
    ["XY1385628716739", "unknown letter prefix"],
    ["12345", "far too short"],
  ])("finds nothing valid for %s (%s)", (input) => {
    expect(validCarriers(input)).toEqual([]);
  });

  it("explains an S10 check-digit error", () => {
    const { candidates } = detectCarrier("EE123456784CN");
    expect(candidates).toHaveLength(1);
    expect(candidates[0]).toMatchObject({ carrier: "ems", valid: false });
    expect(candidates[0].reason).toMatch(/check digit 4 does not match computed 5/);
  });

  it.each<[string, CarrierCode[], string]>([
    ["773277027280336", ["sto", "zto"], "15 digits starting 77"],
    ["1207119765021", ["ems", "yunda"], "13 digits starting 12"],
    ["5012345678901", ["ems", "yunda"], "13 digits starting 50"],
    ["3312345678901", ["sto", "yunda"], "13 digits starting 33"],
    ["287654321098", ["sf", "zto", "yto"], "legacy 12 digits"],
    ["77312345678901", ["sto", "zto"], "14 digits starting 773"],
  ])("%s is ambiguous: several candidates, none certain (%s)", (input, expected) => {
    const { candidates } = detectCarrier(input);
    const valid = candidates.filter((c) => c.valid);
    expect(valid.length).toBeGreaterThanOrEqual(2);
    expect(valid.map((c) => c.carrier)).toEqual(expect.arrayContaining(expected));
    for (const candidate of valid) expect(candidate.confidence).toBeLessThan(1);
    const total = valid.reduce((sum, c) => sum + c.confidence, 0);
    expect(total).toBeLessThanOrEqual(1.001);
  });

  it("ranks valid candidates first, then by confidence", () => {
    const { candidates } = detectCarrier("773277027280336");
    const keys = candidates.map((c) => [Number(c.valid), c.confidence] as const);
    const sorted = [...keys].sort((a, b) => b[0] - a[0] || b[1] - a[1]);
    expect(keys).toEqual(sorted);
    expect(candidates[0].carrier).toBe("sto");
  });
});

describe("detectCarrier: hint", () => {
  it("puts the hinted carrier first among equally valid candidates", () => {
    const { candidates } = detectCarrier("1207119765021", "yunda");
    expect(candidates[0]).toMatchObject({ carrier: "yunda", valid: true });
    expect(candidates.map((c) => c.carrier)).toContain("ems");
  });

  it("does not put an invalid hinted carrier above valid candidates", () => {
    const { candidates } = detectCarrier("SF1385628716739", "jd");
    expect(candidates[0]).toMatchObject({ carrier: "sf", valid: true });
    expect(candidates[1]).toMatchObject({ carrier: "jd", valid: false, confidence: 0 });
    expect(candidates[1].reason).toMatch(/JD Logistics/);
  });

  it.each(["SF", "shunfeng", "", "constructor"])("rejects the unknown hint %j", (hint) => {
    expect(() => detectCarrier("SF1385628716739", hint)).toThrow(ValidationError);
    expect(() => detectCarrier("SF1385628716739", hint)).toThrow(/Unknown carrier/);
  });
});

describe("detectCarrier: unusable input", () => {
  it.each([
    ["", /empty/],
    ["SF1385628716739!", /only letters, digits/],
    ["1".repeat(80), /80 characters/],
  ])("throws a ValidationError for %j", (input, message) => {
    expect(() => detectCarrier(input)).toThrow(ValidationError);
    expect(() => detectCarrier(input)).toThrow(message);
  });
});
