// In-memory gazetteer of China's provinces, prefecture-level cities and county-level districts, built once
// from the committed gazetteer-data.json. Coordinates are [lng, lat] as published in the source map data
// (GCJ-02-style web map coordinates, which are within ~500 m of WGS-84: irrelevant at city scale).
import rawData from "./gazetteer-data.json";
import type { GazetteerData, RawDistrict } from "./gazetteer-types";
import { cityShortNames, districtShortNames, provinceShortNames } from "./place-names";

export type PlacePrecision = "district" | "city" | "province";

export interface Place {
  province: string;
  city?: string;
  district?: string;
  lng: number;
  lat: number;
  precision: PlacePrecision;
}

export interface ProvinceEntry {
  name: string;
  shortNames: string[];
  lng: number;
  lat: number;
  /** 直辖市 and SARs: the province is also the only city, and its children are districts. */
  cityLevel: boolean;
  capital?: CityEntry;
  cities: CityEntry[];
}

export interface CityEntry {
  name: string;
  shortNames: string[];
  province: ProvinceEntry;
  lng: number;
  lat: number;
  districts: DistrictEntry[];
}

export interface DistrictEntry {
  name: string;
  shortNames: string[];
  city: CityEntry;
  lng: number;
  lat: number;
  /** false when the source had no point for this district and the city's point stands in. */
  ownPoint: boolean;
}

interface Gazetteer {
  provinces: ProvinceEntry[];
  provinceByName: Map<string, ProvinceEntry>;
  /** Keyed by province name, then by every full and short city name. */
  cityByName: Map<ProvinceEntry, Map<string, CityEntry>>;
}

function loadGazetteer(): Gazetteer {
  const data = rawData as unknown as GazetteerData;
  const provinces: ProvinceEntry[] = [];
  const provinceByName = new Map<string, ProvinceEntry>();
  const cityByName = new Map<ProvinceEntry, Map<string, CityEntry>>();

  for (const [name, lng, lat, capitalName, rawCities] of data.provinces) {
    const province: ProvinceEntry = {
      name,
      shortNames: provinceShortNames(name),
      lng,
      lat,
      cityLevel: rawCities.length === 1 && rawCities[0][0] === name,
      cities: [],
    };
    const citiesHere = new Map<string, CityEntry>();
    for (const [cityName, cityLng, cityLat, rawDistricts] of rawCities) {
      const city: CityEntry = {
        name: cityName,
        shortNames: province.cityLevel ? province.shortNames : cityShortNames(cityName),
        province,
        lng: cityLng,
        lat: cityLat,
        districts: [],
      };
      city.districts = rawDistricts.map((raw) => toDistrict(raw, city));
      province.cities.push(city);
      for (const key of [city.name, ...city.shortNames]) if (!citiesHere.has(key)) citiesHere.set(key, city);
      if (cityName === capitalName) province.capital = city;
    }
    provinces.push(province);
    cityByName.set(province, citiesHere);
    for (const key of [name, ...province.shortNames]) provinceByName.set(key, province);
  }
  return { provinces, provinceByName, cityByName };
}

function toDistrict(raw: RawDistrict, city: CityEntry): DistrictEntry {
  if (typeof raw === "string") {
    return { name: raw, shortNames: districtShortNames(raw), city, lng: city.lng, lat: city.lat, ownPoint: false };
  }
  const [name, lng, lat] = raw;
  return { name, shortNames: districtShortNames(name), city, lng, lat, ownPoint: true };
}

let gazetteer: Gazetteer | undefined;

/** The parsed gazetteer; built on first use so importing this module costs nothing. */
export function getGazetteer(): Gazetteer {
  gazetteer ??= loadGazetteer();
  return gazetteer;
}

export function listProvinces(): readonly ProvinceEntry[] {
  return getGazetteer().provinces;
}

/** Province by full or short name ("广西", "广西壮族自治区"). */
export function lookupProvince(name: string): ProvinceEntry | undefined {
  return getGazetteer().provinceByName.get(name.trim());
}

/** City entry by province and city name, each with or without suffix; 直辖市 accept "北京", "北京" too. */
export function lookupCityEntry(province: string, city: string): CityEntry | undefined {
  const { cityByName } = getGazetteer();
  const provinceEntry = lookupProvince(province);
  return provinceEntry ? cityByName.get(provinceEntry)?.get(city.trim()) : undefined;
}

export function lookupCity(province: string, city: string): Place | null {
  const entry = lookupCityEntry(province, city);
  return entry ? cityPlace(entry) : null;
}

/** Districts of a city by full name, in official code order; [] when the city is unknown or has none (e.g. 东莞). */
export function listDistricts(province: string, city: string): string[] {
  return lookupCityEntry(province, city)?.districts.map((d) => d.name) ?? [];
}

export function provincePlace(province: ProvinceEntry): Place {
  return { province: province.name, lng: province.lng, lat: province.lat, precision: "province" };
}

export function cityPlace(city: CityEntry): Place {
  return { province: city.province.name, city: city.name, lng: city.lng, lat: city.lat, precision: "city" };
}

export function districtPlace(district: DistrictEntry): Place {
  const { city } = district;
  return {
    province: city.province.name,
    city: city.name,
    district: district.name,
    lng: district.lng,
    lat: district.lat,
    precision: "district",
  };
}
