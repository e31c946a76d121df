export { findPlace } from "./find-place";
export {
  listDistricts,
  listProvinces,
  lookupCity,
  lookupCityEntry,
  lookupProvince,
  type CityEntry,
  type DistrictEntry,
  type Place,
  type PlacePrecision,
  type ProvinceEntry,
} from "./gazetteer";
export { cityWeight, listMajorCities, type MajorCity } from "./major-cities";
export { CHINA_BOUNDS, distanceKm, isInChina, type LngLat } from "./distance";
