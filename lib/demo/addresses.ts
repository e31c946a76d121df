// Delivery addresses: a real district of a real city, weighted toward big cities, plus a plausible
// street address. Street and compound names are generic ones found in most Chinese cities.
import { listProvinces, lookupCityEntry, type CityEntry, type DistrictEntry } from "@/lib/geo/gazetteer";
import { listMajorCities } from "@/lib/geo/major-cities";
import { chance, intBetween, pick, weightedPicker, type Random } from "./random";

export interface Destination {
  city: CityEntry;
  /** County-level name for the address; for cities without counties, a town or the city itself. */
  districtName: string;
  /** Absent for cities without county-level divisions (东莞, 中山, 儋州, 嘉峪关, 仙桃...). */
  district?: DistrictEntry;
  addressLine: string;
}

// Cities with no county level: platforms' address pickers list their towns/街道 in the district slot.
const TOWNS_OF: Record<string, string[]> = {
  东莞市: ["莞城街道", "南城街道", "东城街道", "万江街道", "长安镇", "虎门镇", "厚街镇", "塘厦镇", "松山湖"],
  中山市: ["石岐街道", "东区街道", "西区街道", "南区街道", "火炬开发区", "小榄镇", "古镇镇"],
};

let pickMajorCity: ((random: Random) => CityEntry) | undefined;
let otherCities: CityEntry[] | undefined;

function majorCityPicker(): (random: Random) => CityEntry {
  return weightedPicker(listMajorCities().map((c) => [lookupCityEntry(c.province, c.city)!, c.weight] as const));
}

/** Mainland prefecture cities outside the SARs and 台湾, for the long tail of orders. */
function mainlandCities(): CityEntry[] {
  return listProvinces()
    .filter((p) => !p.name.endsWith("特别行政区") && p.name !== "台湾省")
    .flatMap((p) => p.cities)
    .filter((c) => c.name !== "三沙市");
}

// Statistical-code "districts" such as 苏州工业园区 or 泰州医药高新技术产业开发区 are development zones that
// shoppers rarely write as their district, so addresses use the administrative ones only.
const DEVELOPMENT_ZONE = /开发区|工业园区|化工园区|产业园区|创意园区|高新|管理区|示范区|合作区|试验区|新城$/;
const residentialDistricts = new Map<CityEntry, DistrictEntry[]>();

function districtsOf(city: CityEntry): DistrictEntry[] {
  let list = residentialDistricts.get(city);
  if (!list) {
    list = city.districts.filter((d) => !DEVELOPMENT_ZONE.test(d.name));
    residentialDistricts.set(city, list);
  }
  return list;
}

// Urban districts (区) get more orders than counties (县) and county-level cities.
function pickDistrict(random: Random, city: CityEntry): DistrictEntry | undefined {
  const districts = districtsOf(city);
  if (!districts.length) return undefined;
  for (let attempt = 0; ; attempt++) {
    const district = pick(random, districts);
    if (district.name.endsWith("区") || attempt === 2 || chance(random, 0.35)) return district;
  }
}

const STREETS = [
  "人民路", "解放路", "中山路", "建设路", "和平路", "新华路", "文化路", "胜利路", "长江路", "黄河路", "滨江大道",
  "科技路", "学府路", "世纪大道", "东风路", "青年路", "幸福路", "光明路", "迎宾大道", "工业大道", "花园路",
  "朝阳路", "建国路", "公园路", "健康路", "金融街", "创业路", "江南大道", "湖滨路",
];
const COMPOUNDS = [
  "阳光花园", "锦绣家园", "翠苑小区", "碧桂园", "万科城", "保利花园", "金色家园", "华润城", "绿地世纪城",
  "龙湖天街", "幸福里", "滨江花园", "书香苑", "东方明珠苑", "恒大名都", "融创壹号院", "中海国际社区", "凤凰城",
  "金地格林小镇", "招商雍景湾",
];
const OFFICES = ["科技大厦", "国际金融中心", "创业大厦", "时代广场", "环球中心", "软件园", "万达广场写字楼"];
const TOWN_SUFFIXES = ["镇", "乡"];
const TOWN_NAMES = ["城关", "新华", "太平", "永安", "青山", "河口", "石桥", "龙泉", "白沙", "长乐"];

function addressLine(random: Random, district: DistrictEntry | undefined): string {
  const street = pick(random, STREETS) + intBetween(random, 1, 999) + "号";
  if (district && !district.name.endsWith("区") && chance(random, 0.35)) {
    const town = pick(random, TOWN_NAMES) + pick(random, TOWN_SUFFIXES);
    return `${town}${pick(random, TOWN_NAMES)}村${intBetween(random, 1, 12)}组${intBetween(random, 1, 88)}号`;
  }
  if (chance(random, 0.2)) {
    const floor = intBetween(random, 2, 32);
    return `${street}${pick(random, OFFICES)}${floor}楼${floor}${String(intBetween(random, 1, 20)).padStart(2, "0")}室`;
  }
  const floor = intBetween(random, 1, 33);
  const room = `${floor}${String(intBetween(random, 1, 4)).padStart(2, "0")}`;
  return `${street}${pick(random, COMPOUNDS)}${intBetween(random, 1, 28)}栋${intBetween(random, 1, 4)}单元${room}室`;
}

/** 85% of orders go to the ~90 biggest cities, the rest anywhere on the mainland. */
export function pickDestination(random: Random): Destination {
  pickMajorCity ??= majorCityPicker();
  otherCities ??= mainlandCities();
  const city = chance(random, 0.85) ? pickMajorCity(random) : pick(random, otherCities);
  const district = pickDistrict(random, city);
  const towns = TOWNS_OF[city.name];
  const districtName = district?.name ?? (towns ? pick(random, towns) : city.name);
  return { city, districtName, district, addressLine: addressLine(random, district) };
}
