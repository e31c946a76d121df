// Which carrier ships what, and how each carrier names its facilities in scan texts.
import type { CityEntry, DistrictEntry } from "@/lib/geo/gazetteer";
import type { DemoCarrier, DemoPlatform } from "./types";
import { weightedPicker, type Random } from "./random";

export const CARRIER_NAMES: Readonly<Record<DemoCarrier, string>> = {
  sf: "顺丰速运", yto: "圆通速递", zto: "中通快递", sto: "申通快递", yunda: "韵达快递", jd: "京东物流",
  jt: "极兔速递", ems: "中国邮政EMS",
};

/** Customer-service numbers printed in delivery scans. */
export const CARRIER_HOTLINES: Readonly<Record<DemoCarrier, string>> = {
  sf: "95338", yto: "95554", zto: "95311", sto: "95543", yunda: "95546", jd: "950616", jt: "956025", ems: "11183",
};

/** Carriers that fly long-distance parcels instead of trucking them. */
export const AIR_CARRIERS: ReadonlySet<DemoCarrier> = new Set(["sf", "jd", "ems"]);

// Roughly the 2023 parcel-volume shares of the big networks for ordinary marketplace parcels.
const pickEveryday = weightedPicker<DemoCarrier>([
  ["zto", 24], ["yto", 19], ["yunda", 15], ["sto", 11], ["jt", 12], ["sf", 11], ["jd", 4], ["ems", 4],
]);
const pickBudget = weightedPicker<DemoCarrier>([
  ["jt", 24], ["yunda", 22], ["zto", 20], ["yto", 15], ["sto", 14], ["ems", 5],
]);
const pickJd = weightedPicker<DemoCarrier>([["jd", 78], ["sf", 8], ["zto", 6], ["yto", 4], ["ems", 4]]);
const pickHighValue = weightedPicker<DemoCarrier>([["sf", 60], ["jd", 22], ["ems", 10], ["yto", 8]]);
const pickColdChain = weightedPicker<DemoCarrier>([["sf", 65], ["jd", 35]]);
const pickReturn = weightedPicker<DemoCarrier>([["yto", 30], ["sf", 25], ["zto", 20], ["jd", 15], ["sto", 10]]);

/** SF and JD take cold-chain and high-value goods; JD ships most of its own platform's orders. */
export function chooseCarrier(
  random: Random,
  platform: DemoPlatform,
  { coldChain, highValue }: { coldChain: boolean; highValue: boolean },
): DemoCarrier {
  if (coldChain) return pickColdChain(random);
  if (highValue) return pickHighValue(random);
  if (platform === "jd") return pickJd(random);
  if (platform === "pdd") return pickBudget(random);
  return pickEveryday(random);
}

/** Carrier a customer's return is booked with (platform return pickup services). */
export const chooseReturnCarrier = (random: Random): DemoCarrier => pickReturn(random);

const shortCity = (city: CityEntry) => city.shortNames[0] ?? city.name;

/** "杭州转运中心", "杭州中转场" (SF), "杭州分拣中心" (JD)... */
export function hubName(carrier: DemoCarrier, city: CityEntry): string {
  const short = shortCity(city);
  switch (carrier) {
    case "sf": return `${short}中转场`;
    case "jd": return `${short}分拣中心`;
    case "ems": return `${short}邮件处理中心`;
    case "yunda": return `${short}分拨中心`;
    default: return `${short}转运中心`;
  }
}

/** Delivery/pickup outlet of a district: "深圳南山区营业部", "深圳南山区营业点" (SF), "深圳南山区揽投部" (EMS). */
export function outletName(carrier: DemoCarrier, city: CityEntry, district: DistrictEntry | undefined): string {
  const short = shortCity(city);
  // "泰州医药高新区" already starts with its city; "深圳" + "南山区" does not.
  const area = !district || district.name === city.name ? `${short}市区` : district.name.startsWith(short) ? district.name : short + district.name;
  switch (carrier) {
    case "sf": return `${area}营业点`;
    case "ems": return `${area}揽投部`;
    default: return `${area}营业部`;
  }
}

/** Province prefix carriers put before hub names, omitted for 直辖市 ("浙江杭州转运中心", "上海转运中心"). */
export const provincePrefix = (city: CityEntry): string =>
  city.province.cityLevel ? "" : city.province.shortNames[0] ?? city.province.name;
