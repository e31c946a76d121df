import { describe, expect, it } from "vitest";
import { chooseCarrier, DEFAULT_CARRIER_RULES } from "./choose-carrier";

const base = { province: "广东省", totalFen: 9_900, attributes: {} };

describe("chooseCarrier", () => {
  it.each([
    ["standard parcel", base, "zto", "default"],
    ["cold chain", { ...base, attributes: { coldChain: true } }, "sf", "cold-chain"],
    ["high value", { ...base, totalFen: 350_000 }, "sf", "high-value"],
    ["remote province", { ...base, province: "新疆维吾尔自治区" }, "ems", "remote"],
    ["fragile", { ...base, attributes: { fragile: true } }, "jd", "fragile"],
    ["cold chain beats remote", { ...base, province: "西藏自治区", attributes: { coldChain: true } }, "sf", "cold-chain"],
    ["order preference", { ...base, attributes: { preferredCarrier: "yunda" } }, "yunda", "order-preference"],
  ])("%s", (_name, input, carrier, ruleId) => {
    const choice = chooseCarrier(input);
    expect(choice).toMatchObject({ carrier, ruleId });
    expect(choice.reason.zh.length).toBeGreaterThan(0);
  });

  it("an explicit carrier wins over every rule", () => {
    expect(chooseCarrier({ ...base, attributes: { coldChain: true } }, DEFAULT_CARRIER_RULES, "jd").carrier).toBe("jd");
  });

  it("honours a reordered rule table", () => {
    const rules = [DEFAULT_CARRIER_RULES[2], { ...DEFAULT_CARRIER_RULES[4], carrier: "yto" }];
    expect(chooseCarrier({ ...base, attributes: { coldChain: true } }, rules).carrier).toBe("yto");
  });
});

describe("carrier choice limited to carriers that can issue e-waybills", () => {
  const base2 = { province: "广东省", totalFen: 9_900, attributes: {} };
  it("skips a matching rule whose carrier has no e-waybill account", () => {
    expect(chooseCarrier({ ...base2, attributes: { fragile: true } }, DEFAULT_CARRIER_RULES, undefined, (c) => c !== "jd")).toMatchObject({ carrier: "zto", ruleId: "default" });
  });

  it("falls back to a carrier that has an account when no matching rule's carrier has one", () => {
    expect(chooseCarrier(base2, DEFAULT_CARRIER_RULES, undefined, (c) => c === "sf")).toMatchObject({ carrier: "sf", ruleId: "available", reason: { zh: "SF 已开通电子面单账号" } });
  });

  it("names the carrier the rules wanted when none can issue", () => {
    expect(chooseCarrier(base2, DEFAULT_CARRIER_RULES, undefined, () => false)).toMatchObject({ carrier: "zto", ruleId: "default" });
  });
});
