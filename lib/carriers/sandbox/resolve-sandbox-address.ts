// Places a shipment's origin or destination on the gazetteer so the sandbox network can route it. Order
// addresses arrive in many spellings ("浙江", "浙江省", "北京市"/"市辖区"), so an exact lookup is tried
// first, then the free-text geocoder, then the province's capital: a demo parcel should still move when
// the address is slightly off, but never be placed in another province.
import { findPlace } from "@/lib/geo/find-place";
import { lookupCityEntry, lookupProvince, type CityEntry, type DistrictEntry } from "@/lib/geo/gazetteer";

export interface SandboxAddress {
  province: string;
  city: string;
  district?: string;
}

export interface ResolvedSandboxAddress {
  city: CityEntry;
  /** Undefined when no district was given or it is unknown: the city's own outlet serves it. */
  district?: DistrictEntry;
}

export class SandboxAddressError extends Error {
  constructor(address: SandboxAddress) {
    super(`The sandbox network has no outlet for ${address.province} ${address.city}`.trim());
    this.name = "SandboxAddressError";
  }
}

/** @throws SandboxAddressError when neither the city nor the province can be found */
export function resolveSandboxAddress(address: SandboxAddress): ResolvedSandboxAddress {
  const city = findCity(address);
  if (!city) throw new SandboxAddressError(address);
  return { city, district: findDistrict(city, address) };
}

function findCity({ province, city, district }: SandboxAddress): CityEntry | undefined {
  const exact = lookupCityEntry(province, city);
  if (exact) return exact;
  const provinceEntry = lookupProvince(province);
  const place = findPlace(`${province}${city}${district ?? ""}`);
  const found = place?.city ? lookupCityEntry(place.province, place.city) : undefined;
  if (found && (!provinceEntry || found.province === provinceEntry)) return found;
  return provinceEntry ? (provinceEntry.capital ?? provinceEntry.cities[0]) : found;
}

function findDistrict(city: CityEntry, { district }: SandboxAddress): DistrictEntry | undefined {
  const name = district?.trim();
  if (!name) return undefined;
  return city.districts.find((d) => d.name === name || d.shortNames.includes(name));
}
