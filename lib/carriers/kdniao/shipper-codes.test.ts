import { describe, expect, it } from "vitest";
import {
  KDNIAO_SHIPPER_TO_CARRIER,
  carrierFromKdniaoShipper,
  kdniaoShipperForCarrier,
} from "@/lib/carriers/kdniao/shipper-codes";

describe("Kdniao shipper codes", () => {
  it.each([
    ["SF", "sf"],
    ["YTO", "yto"],
    ["ZTO", "zto"],
    ["STO", "sto"],
    ["YD", "yunda"],
    ["JD", "jd"],
    ["JTSD", "jt"],
    ["EMS", "ems"],
    ["YZPY", "ems"],
    ["sf", "sf"],
    ["DBL", "DBL"],
  ])("%j → %j", (shipper, carrier) => {
    expect(carrierFromKdniaoShipper(shipper)).toBe(carrier);
  });

  it("round-trips every carrier we send to Kdniao", () => {
    for (const carrier of new Set(Object.values(KDNIAO_SHIPPER_TO_CARRIER))) {
      expect(carrierFromKdniaoShipper(kdniaoShipperForCarrier(carrier)!)).toBe(carrier);
    }
  });
});
