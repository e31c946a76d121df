import { describe, expect, it } from "vitest";
import { findPlace } from "./find-place";
import type { PlacePrecision } from "./gazetteer";

type Expected = { province: string; city?: string; district?: string; precision: PlacePrecision } | null;

const cases: [text: string, expected: Expected][] = [
  // Carrier scan locations
  ["【深圳市】南山区科技园营业部", { province: "广东省", city: "深圳市", district: "南山区", precision: "district" }],
  ["【杭州市】浙江杭州转运中心", { province: "浙江省", city: "杭州市", precision: "city" }],
  ["杭州转运中心", { province: "浙江省", city: "杭州市", precision: "city" }],
  ["快件已到达【广州转运中心】", { province: "广东省", city: "广州市", precision: "city" }],
  ["快件已从【杭州转运中心】发出，下一站【广州转运中心】", { province: "浙江省", city: "杭州市", precision: "city" }],
  ["昆山转运中心", { province: "江苏省", city: "苏州市", district: "昆山市", precision: "district" }],
  ["浙江义乌分拨中心", { province: "浙江省", city: "金华市", district: "义乌市", precision: "district" }],
  // Full addresses, with and without suffixes
  ["广东省广州市天河区", { province: "广东省", city: "广州市", district: "天河区", precision: "district" }],
  ["广东广州天河", { province: "广东省", city: "广州市", district: "天河区", precision: "district" }],
  ["上海", { province: "上海市", city: "上海市", precision: "city" }],
  ["上海市静安区南京西路1266号", { province: "上海市", city: "上海市", district: "静安区", precision: "district" }],
  ["上海浦东", { province: "上海市", city: "上海市", district: "浦东新区", precision: "district" }],
  ["重庆市渝北区", { province: "重庆市", city: "重庆市", district: "渝北区", precision: "district" }],
  ["内蒙古呼和浩特", { province: "内蒙古自治区", city: "呼和浩特市", precision: "city" }],
  ["广西南宁市青秀区", { province: "广西壮族自治区", city: "南宁市", district: "青秀区", precision: "district" }],
  ["恩施州", { province: "湖北省", city: "恩施土家族苗族自治州", precision: "city" }],
  ["延边", { province: "吉林省", city: "延边朝鲜族自治州", precision: "city" }],
  ["湖北仙桃", { province: "湖北省", city: "仙桃市", precision: "city" }],
  ["广东省", { province: "广东省", precision: "province" }],
  // 朝阳区 is in both 北京 and 长春: the other names in the text decide; alone, the bigger city
  ["北京市朝阳区", { province: "北京市", city: "北京市", district: "朝阳区", precision: "district" }],
  ["长春朝阳区", { province: "吉林省", city: "长春市", district: "朝阳区", precision: "district" }],
  ["吉林省长春市朝阳区", { province: "吉林省", city: "长春市", district: "朝阳区", precision: "district" }],
  ["朝阳区", { province: "北京市", city: "北京市", district: "朝阳区", precision: "district" }],
  ["辽宁朝阳", { province: "辽宁省", city: "朝阳市", precision: "city" }],
  // 吉林市 is a city in 吉林省; 吉林 alone is the province
  ["吉林市", { province: "吉林省", city: "吉林市", precision: "city" }],
  ["吉林省吉林市船营区", { province: "吉林省", city: "吉林市", district: "船营区", precision: "district" }],
  ["吉林", { province: "吉林省", precision: "province" }],
  ["海南", { province: "海南省", precision: "province" }],
  ["青海海南州共和县", { province: "青海省", city: "海南藏族自治州", district: "共和县", precision: "district" }],
  // 通州 exists in 北京 and 南通; 中山 is a city and a district of 大连
  ["北京通州", { province: "北京市", city: "北京市", district: "通州区", precision: "district" }],
  ["江苏南通通州区", { province: "江苏省", city: "南通市", district: "通州区", precision: "district" }],
  ["广东中山", { province: "广东省", city: "中山市", precision: "city" }],
  ["大连中山区", { province: "辽宁省", city: "大连市", district: "中山区", precision: "district" }],
  ["东莞市长安镇", { province: "广东省", city: "东莞市", precision: "city" }],
  ["西安长安区", { province: "陕西省", city: "西安市", district: "长安区", precision: "district" }],
  // Street names and generic words are not places
  ["南京西路", null],
  ["主城区配送中", null],
  ["快递员 王师傅 正在派件 (95338)", null],
  ["", null],
];

describe("findPlace", () => {
  it.each(cases)("%s", (text, expected) => {
    const place = findPlace(text);
    if (expected === null) {
      expect(place).toBeNull();
      return;
    }
    expect(place).toMatchObject(expected);
    if (!expected.city) expect(place?.city).toBeUndefined();
    if (!expected.district) expect(place?.district).toBeUndefined();
  });

  it("returns a district's own point when the data has one and the city's otherwise", () => {
    const chaoyangBeijing = findPlace("北京市朝阳区")!;
    const beijing = findPlace("北京")!;
    expect(chaoyangBeijing.lng).not.toBe(beijing.lng);
    const nanshan = findPlace("深圳市南山区")!;
    const shenzhen = findPlace("深圳市")!;
    expect([nanshan.lng, nanshan.lat]).toEqual([shenzhen.lng, shenzhen.lat]);
  });

  it("puts a province at its capital", () => {
    const zhejiang = findPlace("浙江")!;
    const hangzhou = findPlace("杭州")!;
    expect([zhejiang.lng, zhejiang.lat]).toEqual([hangzhou.lng, hangzhou.lat]);
  });

  it("geocodes 10,000 strings well under a second", () => {
    const texts = cases.map(([text]) => text);
    findPlace("warm up the index");
    const started = performance.now();
    for (let i = 0; i < 10_000; i++) findPlace(texts[i % texts.length] + "营业部");
    const elapsed = performance.now() - started;
    console.log(`findPlace: 10,000 strings in ${elapsed.toFixed(0)} ms`);
    expect(elapsed).toBeLessThan(1000);
  });
});
