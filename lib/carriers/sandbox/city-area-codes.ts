// Telephone area codes (without the trunk "0") of major Chinese cities. Carriers build sort codes from
// them (SF's "755W" is Shenzhen, 0755), so the sandbox uses them to print believable routing codes.
// Cities not listed fall back to their province's capital. Hong Kong, Macau and Taiwan have no mainland
// area code; their international calling codes stand in.

export const CITY_AREA_CODES: Readonly<Record<string, string>> = {
  北京: "10", 上海: "21", 天津: "22", 重庆: "23",
  广州: "20", 深圳: "755", 东莞: "769", 佛山: "757", 珠海: "756", 中山: "760", 惠州: "752", 汕头: "754",
  杭州: "571", 宁波: "574", 温州: "577", 金华: "579", 义乌: "579", 绍兴: "575", 嘉兴: "573", 台州: "576",
  南京: "25", 苏州: "512", 无锡: "510", 常州: "519", 南通: "513", 徐州: "516",
  成都: "28", 武汉: "27", 西安: "29", 沈阳: "24", 大连: "411", 长春: "431", 哈尔滨: "451",
  济南: "531", 青岛: "532", 烟台: "535", 郑州: "371", 洛阳: "379", 石家庄: "311", 保定: "312", 太原: "351",
  合肥: "551", 福州: "591", 厦门: "592", 泉州: "595", 南昌: "791", 长沙: "731", 昆明: "871", 贵阳: "851",
  南宁: "771", 海口: "898", 三亚: "898", 呼和浩特: "471", 兰州: "931", 西宁: "971", 银川: "951",
  乌鲁木齐: "991", 拉萨: "891", 香港: "852", 澳门: "853", 台北: "886",
};

/** Capital (or main hub) of each province-level division, keyed by short province name. */
export const PROVINCE_HUB_CITY: Readonly<Record<string, string>> = {
  北京: "北京", 上海: "上海", 天津: "天津", 重庆: "重庆",
  广东: "广州", 浙江: "杭州", 江苏: "南京", 四川: "成都", 湖北: "武汉", 陕西: "西安", 辽宁: "沈阳",
  吉林: "长春", 黑龙江: "哈尔滨", 山东: "济南", 河南: "郑州", 河北: "石家庄", 山西: "太原", 安徽: "合肥",
  福建: "福州", 江西: "南昌", 湖南: "长沙", 云南: "昆明", 贵州: "贵阳", 广西: "南宁", 海南: "海口",
  内蒙古: "呼和浩特", 甘肃: "兰州", 青海: "西宁", 宁夏: "银川", 新疆: "乌鲁木齐", 西藏: "拉萨",
  香港: "香港", 澳门: "澳门", 台湾: "台北",
};

// Longest suffixes first so "广西壮族自治区" loses the whole suffix, not just "区".
const PROVINCE_SUFFIXES = ["维吾尔自治区", "壮族自治区", "回族自治区", "特别行政区", "自治区", "省", "市"];
const CITY_SUFFIXES = ["特别行政区", "市", "地区", "盟"];

export function shortProvinceName(province: string): string {
  return stripSuffix(province.trim(), PROVINCE_SUFFIXES);
}

export function shortCityName(city: string): string {
  return stripSuffix(city.trim(), CITY_SUFFIXES);
}

function stripSuffix(name: string, suffixes: readonly string[]): string {
  const suffix = suffixes.find((s) => name.endsWith(s) && name.length > s.length);
  return suffix ? name.slice(0, -suffix.length) : name;
}
