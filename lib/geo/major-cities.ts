// Large mainland cities with a rough share of online-order volume, for demo sampling and for breaking ties
// between same-named districts (鼓楼区 alone most likely means 南京's).
import { lookupCityEntry, type CityEntry } from "./gazetteer";

export interface MajorCity {
  province: string;
  city: string;
  lng: number;
  lat: number;
  /** Relative order volume: 2020-census population in millions, scaled up ~1.5x for tier-1 spending. */
  weight: number;
}

// [province, city, weight]. Coordinates are filled from the gazetteer so they cannot drift from it.
const MAJOR_CITY_WEIGHTS: readonly [string, string, number][] = [
  ["上海市", "上海市", 37], ["北京市", "北京市", 33], ["广东省", "深圳市", 27], ["广东省", "广州市", 28],
  ["重庆市", "重庆市", 32], ["四川省", "成都市", 26], ["浙江省", "杭州市", 18], ["江苏省", "苏州市", 16],
  ["湖北省", "武汉市", 15], ["陕西省", "西安市", 15], ["天津市", "天津市", 15], ["河南省", "郑州市", 14],
  ["湖南省", "长沙市", 12], ["江苏省", "南京市", 12], ["广东省", "东莞市", 12], ["山东省", "青岛市", 11],
  ["浙江省", "宁波市", 11], ["广东省", "佛山市", 11], ["安徽省", "合肥市", 10], ["山东省", "济南市", 10],
  ["辽宁省", "沈阳市", 9], ["黑龙江省", "哈尔滨市", 9], ["浙江省", "温州市", 9], ["福建省", "泉州市", 8.8],
  ["河北省", "石家庄市", 9], ["吉林省", "长春市", 8.5], ["福建省", "福州市", 8.3], ["云南省", "昆明市", 8.5],
  ["广西壮族自治区", "南宁市", 8], ["山东省", "临沂市", 8], ["江苏省", "无锡市", 8], ["辽宁省", "大连市", 7.5],
  ["福建省", "厦门市", 6.5], ["江苏省", "南通市", 7], ["江苏省", "徐州市", 7.5], ["浙江省", "金华市", 7.1],
  ["山东省", "潍坊市", 7.5], ["河北省", "保定市", 7], ["河北省", "唐山市", 6.5], ["河南省", "南阳市", 6.5],
  ["江西省", "南昌市", 6.3], ["贵州省", "贵阳市", 6], ["山西省", "太原市", 5.3], ["广东省", "惠州市", 6],
  ["浙江省", "台州市", 6], ["浙江省", "嘉兴市", 5.4], ["浙江省", "绍兴市", 5.3], ["江苏省", "常州市", 5.3],
  ["山东省", "烟台市", 6], ["山东省", "济宁市", 6.5], ["河北省", "邯郸市", 6.5], ["江西省", "赣州市", 6.5],
  ["河南省", "洛阳市", 6], ["广东省", "中山市", 4.4], ["广东省", "汕头市", 4.5], ["广东省", "湛江市", 5],
  ["江苏省", "扬州市", 4.6], ["江苏省", "盐城市", 5], ["安徽省", "芜湖市", 3.6], ["安徽省", "阜阳市", 5.5],
  ["湖北省", "宜昌市", 4], ["湖北省", "襄阳市", 4.5], ["湖南省", "衡阳市", 5], ["湖南省", "岳阳市", 4.5],
  ["四川省", "绵阳市", 4.5], ["贵州省", "遵义市", 5], ["广西壮族自治区", "桂林市", 4.5], ["广西壮族自治区", "柳州市", 4],
  ["福建省", "漳州市", 4.5], ["广东省", "珠海市", 3], ["广东省", "江门市", 4.2], ["河北省", "廊坊市", 4.5],
  ["山东省", "淄博市", 4.5], ["山东省", "威海市", 2.9], ["甘肃省", "兰州市", 4.4], ["新疆维吾尔自治区", "乌鲁木齐市", 4.1],
  ["内蒙古自治区", "呼和浩特市", 3.4], ["内蒙古自治区", "包头市", 2.7], ["宁夏回族自治区", "银川市", 2.9],
  ["青海省", "西宁市", 2.5], ["海南省", "海口市", 2.9], ["海南省", "三亚市", 1.2], ["西藏自治区", "拉萨市", 0.9],
  ["黑龙江省", "大庆市", 2.8], ["吉林省", "吉林市", 3.6], ["江西省", "九江市", 4], ["湖南省", "株洲市", 3.9],
];

interface Resolved {
  list: MajorCity[];
  weightByCity: Map<CityEntry, number>;
}
let resolved: Resolved | undefined;

function resolve(): Resolved {
  const list: MajorCity[] = [];
  const weightByCity = new Map<CityEntry, number>();
  for (const [province, city, weight] of MAJOR_CITY_WEIGHTS) {
    const entry = lookupCityEntry(province, city);
    if (!entry) throw new Error(`major city ${province}${city} is not in the gazetteer`);
    list.push({ province: entry.province.name, city: entry.name, lng: entry.lng, lat: entry.lat, weight });
    weightByCity.set(entry, weight);
  }
  return { list, weightByCity };
}

/** Large mainland cities with coordinates and a sampling weight; the array is shared, do not mutate. */
export function listMajorCities(): readonly MajorCity[] {
  resolved ??= resolve();
  return resolved.list;
}

/** Sampling weight of a city, 0 for cities outside the major list. */
export function cityWeight(city: CityEntry): number {
  resolved ??= resolve();
  return resolved.weightByCity.get(city) ?? 0;
}
