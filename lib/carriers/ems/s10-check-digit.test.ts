import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { getTracking, s10 } from "ts-tracking-number";
import { s10CheckDigit, s10CheckDigitFailure } from "@/lib/carriers/ems/s10-check-digit";

describe("s10CheckDigit", () => {
  it.each([
    ["12345678", 5, "UPU worked example (EE123456785CN)"],
    ["00000000", 5, "remainder 0 maps to 5"],
    ["70000000", 0, "remainder 1 maps to 0"],
    ["10000000", 3, "plain 11 - remainder"],
  ])("serial %s -> %i (%s)", (serial, expected) => {
    expect(s10CheckDigit(serial)).toBe(expected);
  });

  it("rejects serials that are not 8 digits", () => {
    expect(() => s10CheckDigit("1234567")).toThrow(/8 digits/);
  });

  it("agrees with ts-tracking-number on every serial", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{8}$/), (serial) => {
        expect(getTracking(`RB${serial}${s10CheckDigit(serial)}GB`, [s10])).toBeDefined();
      }),
      { numRuns: 500 },
    );
  });
});

describe("s10CheckDigitFailure", () => {
  it("passes a correct number", () => {
    expect(s10CheckDigitFailure("EE123456785CN")).toBeNull();
  });

  it("names the given and the computed check digit", () => {
    expect(s10CheckDigitFailure("EE123456784CN")).toBe("S10 check digit 4 does not match computed 5");
  });
});
