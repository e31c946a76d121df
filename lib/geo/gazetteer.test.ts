import { describe, expect, it } from "vitest";
import { isInChina } from "./distance";
import { listDistricts, listProvinces, lookupCity, lookupProvince } from "./gazetteer";
import { listMajorCities } from "./major-cities";
import { cityShortNames, districtShortNames, provinceShortNames } from "./place-names";

describe("gazetteer data", () => {
  it("covers every province-level unit, every prefecture and their districts", () => {
    const provinces = listProvinces();
    expect(provinces).toHaveLength(34);
    const cities = provinces.flatMap((p) => p.cities);
    expect(cities.length).toBeGreaterThan(330);
    expect(cities.flatMap((c) => c.districts).length).toBeGreaterThan(2800);
  });

  it("places every province, city and district inside China", () => {
    for (const province of listProvinces()) {
      expect(isInChina(province), province.name).toBe(true);
      for (const city of province.cities) {
        expect(isInChina(city), city.name).toBe(true);
        for (const district of city.districts) expect(isInChina(district), district.name).toBe(true);
      }
    }
  });

  it("has a capital for every province except 台湾", () => {
    const withoutCapital = listProvinces().filter((p) => !p.capital).map((p) => p.name);
    expect(withoutCapital).toEqual(["台湾省"]);
  });
});

describe("lookupCity", () => {
  it.each([
    ["广东省", "深圳市", "深圳市"],
    ["广东", "深圳", "深圳市"],
    ["北京", "北京", "北京市"],
    ["北京市", "北京市", "北京市"],
    ["吉林省", "吉林市", "吉林市"],
    ["湖北", "恩施州", "恩施土家族苗族自治州"],
    ["新疆", "石河子", "石河子市"],
  ])("%s %s", (province, city, expectedCity) => {
    const place = lookupCity(province, city);
    expect(place).toMatchObject({ city: expectedCity, precision: "city" });
  });

  it("refuses a city in the wrong province", () => {
    expect(lookupCity("浙江省", "深圳市")).toBeNull();
    expect(lookupCity("火星", "深圳市")).toBeNull();
  });
});

describe("listDistricts", () => {
  it("lists real districts", () => {
    expect(listDistricts("广东省", "深圳市")).toEqual(expect.arrayContaining(["南山区", "福田区", "宝安区"]));
    expect(listDistricts("上海", "上海")).toContain("浦东新区");
    expect(listDistricts("广东省", "深圳市")).not.toContain("市辖区");
  });
});

describe("listMajorCities", () => {
  it("has at least 60 distinct real cities with weights", () => {
    const cities = listMajorCities();
    expect(cities.length).toBeGreaterThanOrEqual(60);
    expect(new Set(cities.map((c) => c.province + c.city)).size).toBe(cities.length);
    for (const city of cities) {
      expect(city.weight).toBeGreaterThan(0);
      expect(isInChina(city)).toBe(true);
      expect(lookupProvince(city.province)).toBeDefined();
    }
  });
});

describe("short names", () => {
  it.each([
    ["内蒙古自治区", provinceShortNames, ["内蒙古"]],
    ["新疆维吾尔自治区", provinceShortNames, ["新疆"]],
    ["香港特别行政区", provinceShortNames, ["香港"]],
    ["黔东南苗族侗族自治州", cityShortNames, ["黔东南", "黔东南州"]],
    ["博尔塔拉蒙古自治州", cityShortNames, ["博尔塔拉", "博尔塔拉州"]],
    ["大理白族自治州", cityShortNames, ["大理", "大理州"]],
    ["大兴安岭地区", cityShortNames, ["大兴安岭"]],
    ["石柱土家族自治县", districtShortNames, ["石柱"]],
    ["浦东新区", districtShortNames, ["浦东"]],
    ["东区", districtShortNames, []],
  ])("%s", (name, shorten, expected) => {
    expect(shorten(name)).toEqual(expected);
  });
});
