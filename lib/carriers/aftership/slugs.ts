// AfterShip courier slugs ↔ our carrier codes (only the couriers Shiplane ships with).
import type { CarrierCode } from "@/lib/carriers/types";

export const AFTERSHIP_SLUG_TO_CARRIER: Readonly<Record<string, CarrierCode>> = {
  "sf-express": "sf",
  yto: "yto",
  "zto-express": "zto",
  sto: "sto",
  yunda: "yunda",
  jd: "jd",
  "jd-express": "jd",
  jtexpress: "jt",
  "jtexpress-cn": "jt",
  "china-ems": "ems",
  "china-post": "ems",
  ups: "ups",
  fedex: "fedex",
  usps: "usps",
  dhl: "dhl",
};

/** Unknown slugs are kept verbatim so nothing is lost. */
export function carrierFromAfterShipSlug(slug: string): CarrierCode | string {
  const key = slug.trim().toLowerCase();
  return Object.hasOwn(AFTERSHIP_SLUG_TO_CARRIER, key) ? AFTERSHIP_SLUG_TO_CARRIER[key] : key;
}

// checkpoint_time is local to the checkpoint and sometimes has no offset. For countries with one zone
// we know it; elsewhere the caller's default applies (Asia/Shanghai: most Shiplane scans are in China).
const SINGLE_ZONE_COUNTRIES: Readonly<Record<string, string>> = {
  CHN: "Asia/Shanghai",
  HKG: "Asia/Hong_Kong",
  MAC: "Asia/Macau",
  TWN: "Asia/Taipei",
  JPN: "Asia/Tokyo",
  KOR: "Asia/Seoul",
  SGP: "Asia/Singapore",
  MYS: "Asia/Kuala_Lumpur",
  THA: "Asia/Bangkok",
  VNM: "Asia/Ho_Chi_Minh",
  GBR: "Europe/London",
  DEU: "Europe/Berlin",
  FRA: "Europe/Paris",
  NLD: "Europe/Amsterdam",
};

export function timeZoneForCountry(iso3: string | null | undefined, fallback: string): string {
  const key = (iso3 ?? "").trim().toUpperCase();
  return Object.hasOwn(SINGLE_ZONE_COUNTRIES, key) ? SINGLE_ZONE_COUNTRIES[key] : fallback;
}
