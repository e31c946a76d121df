// Sender warehouses of the demo merchant. Orders ship from the nearest one that can handle the goods,
// with some from farther away, as stock is never perfectly spread.
import { distanceKm } from "@/lib/geo/distance";
import { lookupCityEntry, type CityEntry, type DistrictEntry } from "@/lib/geo/gazetteer";
import { chance, weightedPicker, type Random } from "./random";

export interface DemoWarehouse {
  code: string;
  name: string;
  province: string;
  city: string;
  district: string;
  addressLine: string;
  contactName: string;
  contactPhone: string;
  lng: number;
  lat: number;
  /** Has chilled and frozen storage, so it can ship fresh food. */
  coldChain: boolean;
  /** Relative share of stock, for the orders not shipped from the nearest warehouse. */
  capacity: number;
}

const DEFINITIONS: Omit<DemoWarehouse, "lng" | "lat">[] = [
  { code: "HGH1", name: "杭州余杭仓", province: "浙江省", city: "杭州市", district: "余杭区", addressLine: "仓前街道龙潭路18号", contactName: "仓库发货组", contactPhone: "0571-86721008", coldChain: false, capacity: 5 },
  { code: "SHA1", name: "上海青浦仓", province: "上海市", city: "上海市", district: "青浦区", addressLine: "华新镇华志路1188号", contactName: "仓库发货组", contactPhone: "021-59788520", coldChain: true, capacity: 5 },
  { code: "CAN1", name: "广州白云仓", province: "广东省", city: "广州市", district: "白云区", addressLine: "太和镇广从九路88号", contactName: "仓库发货组", contactPhone: "020-87409615", coldChain: true, capacity: 4 },
  { code: "SZX1", name: "深圳龙华仓", province: "广东省", city: "深圳市", district: "龙华区", addressLine: "观澜街道大富路66号", contactName: "仓库发货组", contactPhone: "0755-29501837", coldChain: false, capacity: 3 },
  { code: "PEK1", name: "北京通州仓", province: "北京市", city: "北京市", district: "通州区", addressLine: "马驹桥镇兴贸二街16号", contactName: "仓库发货组", contactPhone: "010-60591276", coldChain: true, capacity: 4 },
  { code: "CTU1", name: "成都双流仓", province: "四川省", city: "成都市", district: "双流区", addressLine: "西航港街道物联大道168号", contactName: "仓库发货组", contactPhone: "028-85731462", coldChain: true, capacity: 3 },
  { code: "WUH1", name: "武汉东西湖仓", province: "湖北省", city: "武汉市", district: "东西湖区", addressLine: "走马岭街道汇通大道25号", contactName: "仓库发货组", contactPhone: "027-83891254", coldChain: false, capacity: 2 },
];

export interface ResolvedWarehouse {
  info: DemoWarehouse;
  city: CityEntry;
  district: DistrictEntry;
}

function resolveWarehouses(): ResolvedWarehouse[] {
  return DEFINITIONS.map((definition) => {
    const city = lookupCityEntry(definition.province, definition.city);
    const district = city?.districts.find((d) => d.name === definition.district);
    if (!city || !district) throw new Error(`warehouse ${definition.code} is not at a known district`);
    return { info: { ...definition, lng: district.lng, lat: district.lat }, city, district };
  });
}

const RESOLVED = resolveWarehouses();

/** The demo merchant's sender warehouses, with coordinates from the gazetteer. */
export const DEMO_WAREHOUSES: readonly DemoWarehouse[] = RESOLVED.map((w) => w.info);

const pickAny = weightedPicker(RESOLVED.map((w) => [w, w.info.capacity] as const));
const pickAnyCold = weightedPicker(RESOLVED.filter((w) => w.info.coldChain).map((w) => [w, w.info.capacity] as const));
const nearestCache = new Map<CityEntry, { any: ResolvedWarehouse; cold: ResolvedWarehouse }>();

function nearestTo(city: CityEntry): { any: ResolvedWarehouse; cold: ResolvedWarehouse } {
  let cached = nearestCache.get(city);
  if (!cached) {
    const byDistance = [...RESOLVED].sort((a, b) => distanceKm(a.city, city) - distanceKm(b.city, city));
    cached = { any: byDistance[0], cold: byDistance.find((w) => w.info.coldChain)! };
    nearestCache.set(city, cached);
  }
  return cached;
}

/** Nearest capable warehouse for 70% of orders (85% for fresh food, which cannot travel far), else any. */
export function chooseWarehouse(random: Random, destination: CityEntry, coldChain: boolean): ResolvedWarehouse {
  const nearest = nearestTo(destination);
  if (coldChain) return chance(random, 0.85) ? nearest.cold : pickAnyCold(random);
  return chance(random, 0.7) ? nearest.any : pickAny(random);
}
