import { describe, expect, it } from "vitest";
import { emsAdapter } from "@/lib/carriers/ems/ems-adapter";

describe("emsAdapter.detect", () => {
  it.each([
    ["EE123456785CN", "S10 EMS", 0.99, "EMS international express"],
    ["LK123456785CN", "S10 ePacket", 0.99, "ePacket (国际e邮宝)"],
    ["RB700000000CN", "S10 with remainder-1 check digit 0", 0.99, "Registered small packet"],
    ["1207119765021", "domestic 13 digits starting 12", 0.6, "Domestic EMS"],
    ["9812345678901", "domestic 13 digits starting 98", 0.7, "Domestic parcel"],
    ["5012345678901", "domestic 13 digits starting 50", 0.4, "Domestic economy"],
  ])("accepts %s (%s)", (number, _shape, confidence, service) => {
    expect(emsAdapter.detect(number)).toMatchObject({ carrier: "ems", valid: true, confidence, service });
  });

  it.each([
    ["EE123456784CN", "4", "5"],
    ["EE123456786CN", "6", "5"],
    ["RB700000001CN", "1", "0"],
  ])("reports %s invalid: check digit %s, computed %s", (number, given, computed) => {
    const candidate = emsAdapter.detect(number);
    expect(candidate).toMatchObject({ carrier: "ems", valid: false });
    expect(candidate!.confidence).toBeLessThan(0.99);
    expect(candidate!.reason).toContain(`check digit ${given} does not match computed ${computed}`);
  });

  it.each([
    ["EE12345678CN", "S10 with 8 digits"],
    ["EE123456785GB", "S10 of another post"],
    ["E1123456785CN", "one-letter service indicator"],
    ["120711976502", "12 digits"],
    ["12071197650211", "14 digits"],
    ["2207119765021", "13 digits starting 2"],
  ])("rejects %s (%s)", (number) => {
    expect(emsAdapter.detect(number)).toBeNull();
  });
});
