// Kuaidi100 company codes (`com`) ↔ our carrier codes. Kuaidi100 codes are lower-case pinyin.
import type { CarrierCode } from "@/lib/carriers/types";

export const KUAIDI100_COM_TO_CARRIER: Readonly<Record<string, CarrierCode>> = {
  shunfeng: "sf",
  yuantong: "yto",
  zhongtong: "zto",
  shentong: "sto",
  yunda: "yunda",
  jd: "jd",
  jtexpress: "jt",
  ems: "ems",
  // China Post domestic parcels travel on the EMS network and are tracked under the same account in Shiplane.
  youzhengguonei: "ems",
  youzhengbk: "ems",
  ups: "ups",
  fedex: "fedex",
  usps: "usps",
  dhl: "dhl",
};

const CARRIER_TO_KUAIDI100_COM: Readonly<Partial<Record<CarrierCode, string>>> = {
  sf: "shunfeng",
  yto: "yuantong",
  zto: "zhongtong",
  sto: "shentong",
  yunda: "yunda",
  jd: "jd",
  jt: "jtexpress",
  ems: "ems",
  ups: "ups",
  fedex: "fedex",
  usps: "usps",
  dhl: "dhl",
};

/** Unknown companies keep Kuaidi100's code so nothing is lost; callers can still display or map it later. */
export function carrierFromKuaidi100Com(com: string): CarrierCode | string {
  const key = com.trim().toLowerCase();
  return Object.hasOwn(KUAIDI100_COM_TO_CARRIER, key) ? KUAIDI100_COM_TO_CARRIER[key] : key;
}

export function kuaidi100ComForCarrier(carrier: CarrierCode): string | undefined {
  return CARRIER_TO_KUAIDI100_COM[carrier];
}
