import { describe, expect, it } from "vitest";
import { getCarrier, isCarrierCode, listCarriers } from "@/lib/carriers/registry";

describe("carrier registry", () => {
  it("lists every carrier once, in display order", () => {
    expect(listCarriers().map((c) => c.code)).toEqual([
      "sf", "yto", "zto", "sto", "yunda", "jd", "jt", "ems", "ups", "fedex", "usps", "dhl", "other_intl",
    ]);
  });

  it.each([
    ["sf", "顺丰速运", "100x150"],
    ["yto", "圆通速递", "76x130"],
    ["zto", "中通快递", "76x130"],
    ["sto", "申通快递", "76x130"],
    ["yunda", "韵达快递", "76x130"],
    ["jd", "京东物流", "100x150"],
    ["jt", "极兔速递", "76x130"],
    ["ems", "中国邮政/EMS", "100x180"],
  ])("%s is %s on a %s label", (code, zh, labelSize) => {
    expect(getCarrier(code)).toMatchObject({ code, name: { zh }, labelSize });
  });

  it("gives every carrier an English and a Chinese name", () => {
    for (const carrier of listCarriers()) {
      expect(carrier.name.en.length).toBeGreaterThan(1);
      expect(carrier.name.zh.length).toBeGreaterThan(1);
    }
  });

  it.each(["SF", "shunfeng", "", "toString", "__proto__"])("does not know %j", (code) => {
    expect(isCarrierCode(code)).toBe(false);
    expect(getCarrier(code)).toBeUndefined();
  });
});
