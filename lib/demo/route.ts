// Physical route of a parcel through the carrier network: pickup outlet → origin hub → (national
// transfer hub for long hauls) → (destination provincial hub) → destination city hub → delivery outlet.
import { distanceKm } from "@/lib/geo/distance";
import { lookupCityEntry, type CityEntry, type DistrictEntry } from "@/lib/geo/gazetteer";
import { HOUR } from "./china-time";
import { between, type Random } from "./random";

export interface Stop {
  kind: "outlet" | "hub";
  city: CityEntry;
  district?: DistrictEntry;
  lng: number;
  lat: number;
  /** Per-carrier display names, filled lazily by checkpoints.ts (stops are shared, so this is a cache). */
  labels: Map<string, { name: string; location: string }>;
}

// Cities whose hubs act as national transfer points between far-apart regions.
const TRANSFER_HUBS: [string, string][] = [
  ["河南省", "郑州市"], ["湖北省", "武汉市"], ["湖南省", "长沙市"], ["陕西省", "西安市"], ["安徽省", "合肥市"],
  ["江西省", "南昌市"], ["山东省", "济南市"], ["河北省", "石家庄市"], ["贵州省", "贵阳市"], ["甘肃省", "兰州市"],
];
let transferHubs: CityEntry[] | undefined;

const hubStops = new Map<CityEntry, Stop>();
const outletStops = new Map<CityEntry | DistrictEntry, Stop>();

export function hubStop(city: CityEntry): Stop {
  let stop = hubStops.get(city);
  if (!stop) hubStops.set(city, (stop = { kind: "hub", city, lng: city.lng, lat: city.lat, labels: new Map() }));
  return stop;
}

export function outletStop(city: CityEntry, district: DistrictEntry | undefined): Stop {
  const key = district ?? city;
  let stop = outletStops.get(key);
  if (!stop) {
    const { lng, lat } = district ?? city;
    stop = { kind: "outlet", city, district, lng, lat, labels: new Map() };
    outletStops.set(key, stop);
  }
  return stop;
}

const hubChains = new Map<CityEntry, Map<CityEntry, CityEntry[]>>();

/** Hub cities between two cities, memoised: origin, optional transfer, optional provincial hub, destination. */
function hubCities(from: CityEntry, to: CityEntry): CityEntry[] {
  let fromHere = hubChains.get(from);
  if (!fromHere) hubChains.set(from, (fromHere = new Map()));
  let chain = fromHere.get(to);
  if (chain) return chain;
  chain = [from];
  const km = distanceKm(from, to);
  if (km > 1000) {
    transferHubs ??= TRANSFER_HUBS.map(([p, c]) => lookupCityEntry(p, c)!);
    const mid = { lng: (from.lng + to.lng) / 2, lat: (from.lat + to.lat) / 2 };
    const transfer = transferHubs
      .filter((hub) => hub !== from && hub !== to)
      .reduce((best, hub) => (distanceKm(hub, mid) < distanceKm(best, mid) ? hub : best));
    chain.push(transfer);
  }
  const capital = to.province.capital;
  if (capital && capital !== to && to.province !== from.province && !chain.includes(capital)) chain.push(capital);
  if (to !== from) chain.push(to);
  fromHere.set(to, chain);
  return chain;
}

/** Stops from a pickup outlet to a delivery outlet; same-city parcels pass one hub. */
export function buildRoute(
  fromCity: CityEntry,
  fromDistrict: DistrictEntry | undefined,
  toCity: CityEntry,
  toDistrict: DistrictEntry | undefined,
): Stop[] {
  return [
    outletStop(fromCity, fromDistrict),
    ...hubCities(fromCity, toCity).map(hubStop),
    outletStop(toCity, toDistrict),
  ];
}

/** Time to move between two stops: local shuttles, trunk trucks at ~55 km/h road speed, or air. */
export function legDuration(random: Random, from: Stop, to: Stop, byAir: boolean): number {
  const km = distanceKm(from, to) * 1.3;
  if (km < 80) return between(random, 1, 3) * HOUR;
  if (byAir && km > 900) return between(random, 5, 9) * HOUR;
  return (km / 55 + between(random, 0.5, 2)) * HOUR;
}
