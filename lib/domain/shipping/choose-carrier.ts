// Default carrier choice by ordered rules; the first that matches wins and its reason is shown to the user.
// The table is data so operators can reorder or override it (SHIPLANE_CARRIER_RULES, JSON) without code.
export interface CarrierChoiceInput {
  province: string;
  totalFen: number;
  attributes: Record<string, unknown>;
}

export interface CarrierRule {
  id: string;
  carrier: string;
  when: { coldChain?: boolean; provinces?: string[]; minTotalFen?: number; fragile?: boolean };
  reason: { en: string; zh: string };
}

export const DEFAULT_CARRIER_RULES: CarrierRule[] = [
  { id: "cold-chain", carrier: "sf", when: { coldChain: true }, reason: { en: "cold-chain goods ship with SF cold chain", zh: "冷链商品走顺丰冷运" } },
  { id: "high-value", carrier: "sf", when: { minTotalFen: 200_000 }, reason: { en: "orders of ¥2,000 or more ship with SF (insured, signature)", zh: "金额 ≥ ¥2000 走顺丰（保价、签收）" } },
  {
    id: "remote",
    carrier: "ems",
    when: { provinces: ["新疆", "西藏", "青海", "内蒙古", "甘肃", "宁夏"] },
    reason: { en: "remote provinces ship with EMS (widest coverage)", zh: "偏远省份走 EMS（覆盖最广）" },
  },
  { id: "fragile", carrier: "jd", when: { fragile: true }, reason: { en: "fragile goods ship with JD Logistics", zh: "易碎品走京东物流" } },
  { id: "default", carrier: "zto", when: {}, reason: { en: "default carrier for standard parcels", zh: "普通包裹默认中通" } },
];

export interface CarrierChoice {
  carrier: string;
  ruleId: string;
  reason: { en: string; zh: string };
}

/**
 * The first matching rule whose carrier can issue e-waybills here (`canIssue`); failing that, the first carrier
 * in the rules that can; failing that, the first matching rule, so the refusal names the carrier it wanted.
 */
export function chooseCarrier(input: CarrierChoiceInput, rules: CarrierRule[] = DEFAULT_CARRIER_RULES, preferred?: string, canIssue: (carrier: string) => boolean = () => true): CarrierChoice {
  if (preferred) return { carrier: preferred, ruleId: "requested", reason: { en: `${preferred.toUpperCase()} requested`, zh: `指定 ${preferred.toUpperCase()}` } };
  const attributePreference = typeof input.attributes.preferredCarrier === "string" ? input.attributes.preferredCarrier : undefined;
  if (attributePreference) return { carrier: attributePreference, ruleId: "order-preference", reason: { en: "the order asks for this carrier", zh: "订单指定承运商" } };
  const matching = rules.filter((rule) => {
    const w = rule.when;
    if (w.coldChain !== undefined && Boolean(input.attributes.coldChain) !== w.coldChain) return false;
    if (w.fragile !== undefined && Boolean(input.attributes.fragile) !== w.fragile) return false;
    if (w.minTotalFen !== undefined && input.totalFen < w.minTotalFen) return false;
    if (w.provinces && !w.provinces.some((p) => input.province.startsWith(p))) return false;
    return true;
  });
  const rule = matching.find((r) => canIssue(r.carrier));
  if (rule) return { carrier: rule.carrier, ruleId: rule.id, reason: rule.reason };
  const available = rules.find((r) => canIssue(r.carrier));
  if (available) {
    const name = available.carrier.toUpperCase();
    return { carrier: available.carrier, ruleId: "available", reason: { en: `${name} is the carrier with an e-waybill account`, zh: `${name} 已开通电子面单账号` } };
  }
  if (!matching[0]) throw new Error("Carrier rules have no default rule");
  return { carrier: matching[0].carrier, ruleId: matching[0].id, reason: matching[0].reason };
}
