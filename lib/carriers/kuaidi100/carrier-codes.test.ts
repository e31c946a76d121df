import { describe, expect, it } from "vitest";
import {
  KUAIDI100_COM_TO_CARRIER,
  carrierFromKuaidi100Com,
  kuaidi100ComForCarrier,
} from "@/lib/carriers/kuaidi100/carrier-codes";
import { parseAreaCenter } from "@/lib/carriers/kuaidi100/track-result";

describe("Kuaidi100 company codes", () => {
  it.each([
    ["shunfeng", "sf"],
    ["yuantong", "yto"],
    ["zhongtong", "zto"],
    ["shentong", "sto"],
    ["yunda", "yunda"],
    ["jd", "jd"],
    ["jtexpress", "jt"],
    ["ems", "ems"],
    ["youzhengguonei", "ems"],
    [" ShunFeng ", "sf"],
    ["debangwuliu", "debangwuliu"],
    ["constructor", "constructor"],
  ])("%j → %j", (com, carrier) => {
    expect(carrierFromKuaidi100Com(com)).toBe(carrier);
  });

  it("round-trips every carrier we send to Kuaidi100", () => {
    for (const carrier of new Set(Object.values(KUAIDI100_COM_TO_CARRIER))) {
      const com = kuaidi100ComForCarrier(carrier);
      expect(com).toBeDefined();
      expect(carrierFromKuaidi100Com(com!)).toBe(carrier);
    }
    expect(kuaidi100ComForCarrier("other_intl")).toBeUndefined();
  });
});

describe("parseAreaCenter", () => {
  it.each([
    ["114.057868,22.543099", { lng: 114.057868, lat: 22.543099 }],
    [" 121.4 , 31.2 ", { lng: 121.4, lat: 31.2 }],
    ["22.5", undefined],
    ["", undefined],
    ["abc,def", undefined],
    ["200,10", undefined],
    ["10,95", undefined],
    [",", undefined],
    [null, undefined],
  ])("%j → %j", (input, expected) => {
    expect(parseAreaCenter(input)).toEqual(expected);
  });
});
