// Kdniao shipper codes (ShipperCode) ↔ our carrier codes. Kdniao codes are upper-case abbreviations.
import type { CarrierCode } from "@/lib/carriers/types";

export const KDNIAO_SHIPPER_TO_CARRIER: Readonly<Record<string, CarrierCode>> = {
  SF: "sf",
  YTO: "yto",
  ZTO: "zto",
  STO: "sto",
  YD: "yunda",
  JD: "jd",
  JTSD: "jt",
  EMS: "ems",
  // 邮政快递包裹 (China Post parcels) travel on the EMS network; Shiplane tracks them as EMS.
  YZPY: "ems",
  YZBK: "ems",
  UPS: "ups",
  FEDEX: "fedex",
  USPS: "usps",
  DHL: "dhl",
};

const CARRIER_TO_KDNIAO_SHIPPER: Readonly<Partial<Record<CarrierCode, string>>> = {
  sf: "SF",
  yto: "YTO",
  zto: "ZTO",
  sto: "STO",
  yunda: "YD",
  jd: "JD",
  jt: "JTSD",
  ems: "EMS",
  ups: "UPS",
  fedex: "FEDEX",
  usps: "USPS",
  dhl: "DHL",
};

/** Unknown shippers keep Kdniao's code so nothing is lost. */
export function carrierFromKdniaoShipper(shipperCode: string): CarrierCode | string {
  const key = shipperCode.trim().toUpperCase();
  return Object.hasOwn(KDNIAO_SHIPPER_TO_CARRIER, key) ? KDNIAO_SHIPPER_TO_CARRIER[key] : key;
}

export function kdniaoShipperForCarrier(carrier: CarrierCode): string | undefined {
  return CARRIER_TO_KDNIAO_SHIPPER[carrier];
}
