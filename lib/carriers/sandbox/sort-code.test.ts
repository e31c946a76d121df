import { describe, expect, it } from "vitest";
import { SANDBOX_CARRIERS } from "@/lib/carriers/sandbox/issue-tracking-number";
import { sortCodeFor } from "@/lib/carriers/sandbox/sort-code";

describe("sortCodeFor", () => {
  it.each([
    ["广东省", "深圳市", /^755[A-Z]-\d{3}$/],
    ["上海市", "上海市", /^021[A-Z]-\d{3}$/],
    ["北京", "北京", /^010[A-Z]-\d{3}$/],
    ["湖南省", "长沙市", /^731[A-Z]-\d{3}$/],
    ["浙江省", "湖州市", /^571[A-Z]-\d{3}$/], // unlisted city: province hub (Hangzhou)
  ])("SF: %s %s -> %s", (province, city, shape) => {
    expect(sortCodeFor("sf", province, city)).toMatch(shape);
  });

  it.each([
    ["zto", "上海市", "上海市", /^上海转 021-[A-Z]$/],
    ["yto", "广东省", "广州市", /^广州转 020-[A-Z]$/],
    ["sto", "广西壮族自治区", "南宁市", /^南宁转 0771-[A-Z]$/],
    ["jt", "新疆维吾尔自治区", "乌鲁木齐市", /^乌鲁木齐转 0991-[A-Z]$/],
    ["yunda", "浙江省", "义乌市", /^义乌转 0579-[A-Z]$/],
    ["ems", "火星", "奥林帕斯", /^奥林帕斯转 0\d{3}-[A-Z]$/], // unknown place: stable made-up code
  ] as const)("%s: %s %s -> %s", (carrier, province, city, shape) => {
    expect(sortCodeFor(carrier, province, city)).toMatch(shape);
  });

  it("is deterministic and ignores province/city suffixes", () => {
    for (const carrier of SANDBOX_CARRIERS) {
      expect(sortCodeFor(carrier, "江苏省", "苏州市")).toBe(sortCodeFor(carrier, "江苏", "苏州"));
    }
  });

  it("spreads destinations over several sort letters", () => {
    const cities = ["南京", "苏州", "无锡", "常州", "南通", "徐州", "杭州", "宁波", "温州", "金华", "绍兴", "嘉兴"];
    const letters = new Set(cities.map((city) => sortCodeFor("zto", "", city).slice(-1)));
    expect(letters.size).toBeGreaterThan(4);
  });

  it("refuses international carriers", () => {
    expect(() => sortCodeFor("ups", "广东", "深圳")).toThrow(/domestic carriers only/);
  });
});
