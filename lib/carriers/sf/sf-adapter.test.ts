import { describe, expect, it } from "vitest";
import { sfAdapter } from "@/lib/carriers/sf/sf-adapter";

describe("sfAdapter.detect", () => {
  it.each([
    ["SF1385628716739", "SF + 13 digits", 0.98],
    ["287654321098", "legacy 12 digits", 0.3],
  ])("accepts %s (%s)", (number, _shape, confidence) => {
    expect(sfAdapter.detect(number)).toMatchObject({ carrier: "sf", trackingNumber: number, valid: true, confidence });
  });

  it.each([
    ["SF138562871673", "SF + 12 digits: too short"],
    ["SF13856287167390", "SF + 14 digits: too long"],
    ["SX1385628716739", "wrong prefix"],
    ["YT1385628716739", "another carrier's prefix"],
    ["1385628716739", "13 digits without prefix"],
    ["28765432109", "11 digits"],
  ])("rejects %s (%s)", (number) => {
    expect(sfAdapter.detect(number)).toBeNull();
  });
});
