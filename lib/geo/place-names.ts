// How Chinese administrative names are shortened in everyday writing: "广东省" is written "广东",
// "恩施土家族苗族自治州" is "恩施" or "恩施州", "浦东新区" is "浦东". Used both by the data build and the index.

// Ethnic groups that appear inside autonomous-area names. Several names omit 族 ("伊犁哈萨克自治州",
// "博尔塔拉蒙古自治州"), so 族 is optional; longest names come first so "蒙古" is not cut as "古".
const ETHNIC_GROUPS = [
  "柯尔克孜", "乌孜别克", "维吾尔", "哈萨克", "鄂伦春", "鄂温克", "达斡尔", "俄罗斯", "塔吉克", "塔塔尔",
  "蒙古", "土家", "布依", "朝鲜", "哈尼", "傈僳", "拉祜", "东乡", "纳西", "景颇", "仫佬", "布朗", "撒拉",
  "毛南", "仡佬", "锡伯", "阿昌", "普米", "德昂", "保安", "裕固", "独龙", "赫哲", "门巴", "珞巴", "基诺",
  "高山", "回", "藏", "苗", "彝", "壮", "满", "侗", "瑶", "白", "傣", "黎", "佤", "畲", "水", "羌", "怒",
  "京", "土",
];

function stripEthnicTail(name: string): string {
  let rest = name;
  for (let changed = true; changed; ) {
    changed = false;
    for (const group of ETHNIC_GROUPS) {
      const withZu = group + "族";
      // Single-character groups only count with 族, otherwise "大理白" style cuts would eat real names.
      if (rest.endsWith(withZu) && rest.length > withZu.length) {
        rest = rest.slice(0, -withZu.length);
        changed = true;
        break;
      }
      if (group.length > 1 && rest.endsWith(group) && rest.length > group.length) {
        rest = rest.slice(0, -group.length);
        changed = true;
        break;
      }
    }
  }
  return rest;
}

const PROVINCE_SUFFIXES = ["特别行政区", "维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "省", "市"];

/** Short forms of a province name, e.g. "内蒙古自治区" → ["内蒙古"]. Never includes the full name. */
export function provinceShortNames(fullName: string): string[] {
  for (const suffix of PROVINCE_SUFFIXES) {
    if (fullName.endsWith(suffix) && fullName.length > suffix.length) {
      return [fullName.slice(0, -suffix.length)];
    }
  }
  return [];
}

/** Short forms of a prefecture-level name: "深圳市" → ["深圳"], "延边朝鲜族自治州" → ["延边", "延边州"]. */
export function cityShortNames(fullName: string): string[] {
  if (fullName.endsWith("自治州")) {
    const core = stripEthnicTail(fullName.slice(0, -3));
    return core === fullName.slice(0, -3) ? [core + "州"] : [core, core + "州"];
  }
  for (const suffix of ["地区", "市", "盟"]) {
    if (fullName.endsWith(suffix) && fullName.length - suffix.length >= 2) {
      return [fullName.slice(0, -suffix.length)];
    }
  }
  return [];
}

/** Short forms of a county-level name: "南山区" → ["南山"], "石柱土家族自治县" → ["石柱"]; one-character cores are dropped. */
export function districtShortNames(fullName: string): string[] {
  let core: string | undefined;
  if (/自治[县旗]$/.test(fullName)) {
    core = stripEthnicTail(fullName.slice(0, -3));
  } else {
    for (const suffix of ["新区", "林区", "特区", "区", "县", "市", "旗"]) {
      if (fullName.endsWith(suffix)) {
        core = fullName.slice(0, -suffix.length);
        break;
      }
    }
  }
  return core && core.length >= 2 && core !== fullName ? [core] : [];
}
