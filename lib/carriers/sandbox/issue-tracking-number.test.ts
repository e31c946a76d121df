import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { detectCarrier } from "@/lib/carriers/detect-carrier";
import { getCarrier } from "@/lib/carriers/registry";
import { issueTrackingNumber, SANDBOX_CARRIERS } from "@/lib/carriers/sandbox/issue-tracking-number";
import { createRandom } from "@/lib/demo/random";

// Deterministic PRNG (mulberry32) so a failing seed can be replayed.
const seededRandom = createRandom;

const DRAWS_PER_CARRIER = 300;

describe("issueTrackingNumber", () => {
  it.each(SANDBOX_CARRIERS)("every %s number detects as valid for %s", (carrier) => {
    const adapter = getCarrier(carrier)!;
    const random = seededRandom(carrier.length * 7919);
    for (let i = 0; i < DRAWS_PER_CARRIER; i++) {
      const number = issueTrackingNumber(carrier, random);
      expect(adapter.detect(number), number).toMatchObject({ carrier, valid: true });
      const validCarriers = detectCarrier(number).candidates.filter((c) => c.valid).map((c) => c.carrier);
      expect(validCarriers, number).toContain(carrier);
    }
  });

  it("issues EMS international numbers with a verifying S10 check digit", () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const number = issueTrackingNumber("ems", seededRandom(seed), { international: true });
        expect(number).toMatch(/^E[A-Z]\d{9}CN$/);
        expect(getCarrier("ems")!.detect(number)).toMatchObject({ valid: true, service: "EMS international express" });
      }),
      { numRuns: 500 },
    );
  });

  it.each([
    ["sf", /^SF\d{13}$/],
    ["yto", /^YT\d{13}$/],
    ["zto", /^7\d{13}$/],
    ["sto", /^77\d{13}$/],
    ["yunda", /^[34]\d{14}$/],
    ["jd", /^JD[A-Z0-9]{2}\d{11}$/],
    ["jt", /^JT\d{13}$/],
    ["ems", /^\d{13}$/],
  ] as const)("issues %s numbers in the current real format %s", (carrier, shape) => {
    expect(issueTrackingNumber(carrier, seededRandom(1))).toMatch(shape);
  });

  it("is reproducible for the same random sequence", () => {
    expect(issueTrackingNumber("sf", seededRandom(42))).toBe(issueTrackingNumber("sf", seededRandom(42)));
  });

  it("tolerates a random source that returns the boundaries 0 and 1", () => {
    expect(issueTrackingNumber("sf", () => 0)).toBe("SF1000000000000");
    expect(issueTrackingNumber("sf", () => 1)).toBe("SF4999999999999");
  });

  it.each(["ups", "fedex", "usps", "dhl", "other_intl"] as const)("refuses international carrier %s", (carrier) => {
    expect(() => issueTrackingNumber(carrier, Math.random)).toThrow(/domestic carriers only/);
  });

  it("refuses the international option for carriers other than EMS", () => {
    expect(() => issueTrackingNumber("sf", Math.random, { international: true })).toThrow(/only for EMS/);
  });
});
