// Routing / sort codes printed large on sandbox labels. Real ones come from carrier network data we do not
// have; these are derived deterministically from the destination so the same address always gets the same
// code and codes look like the real thing (SF "755W-012", network carriers "上海转 021-A").
import {
  CITY_AREA_CODES,
  PROVINCE_HUB_CITY,
  shortCityName,
  shortProvinceName,
} from "@/lib/carriers/sandbox/city-area-codes";
import { isSandboxCarrier } from "@/lib/carriers/sandbox/issue-tracking-number";
import type { CarrierCode } from "@/lib/carriers/types";

const SORT_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"; // no I/O: they read as 1/0 on thermal labels

export function sortCodeFor(carrier: CarrierCode, province: string, city: string): string {
  if (!isSandboxCarrier(carrier)) {
    throw new Error(`The sandbox prints sort codes for domestic carriers only, not "${carrier}"`);
  }
  const provinceName = shortProvinceName(province);
  const cityName = shortCityName(city) || provinceName;
  const hash = fnv1a(`${carrier}|${provinceName}|${cityName}`);
  const areaCode = areaCodeFor(provinceName, cityName, hash);
  const letter = SORT_LETTERS[hash % SORT_LETTERS.length];

  if (carrier === "sf") {
    // SF writes 3-digit codes without the trunk 0 ("755") and keeps it for 2-digit ones ("010", "021").
    const sfArea = areaCode.length === 2 ? `0${areaCode}` : areaCode;
    const lane = String(Math.floor(hash / SORT_LETTERS.length) % 100).padStart(3, "0");
    return `${sfArea}${letter}-${lane}`;
  }
  return `${cityName || "总部"}转 0${areaCode}-${letter}`;
}

function areaCodeFor(provinceName: string, cityName: string, hash: number): string {
  const known = CITY_AREA_CODES[cityName] ?? CITY_AREA_CODES[PROVINCE_HUB_CITY[provinceName] ?? ""];
  // Unknown destinations still need a stable code: a made-up 3-digit one from the hash (sandbox only).
  return known ?? String(100 + (hash % 900));
}

/** 32-bit FNV-1a over UTF-16 code units: tiny, stable across runtimes, good enough spread for codes. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}
