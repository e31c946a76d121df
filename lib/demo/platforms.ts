// Marketplace share and order-number formats. Numbers embed a scrambled order index in their last seven
// digits, so they are unique within one generation run without keeping a set of issued numbers.
import type { DemoPlatform } from "./types";
import { formatCstYyMmDd } from "./china-time";
import { chance, digits, pick, weightedPicker, type Random } from "./random";

export const pickPlatform = weightedPicker<DemoPlatform>([
  ["taobao", 30], ["tmall", 22], ["jd", 20], ["pdd", 18], ["douyin", 10],
]);

/** Order numbers by platform, as they look on each marketplace. */
export const PLATFORM_ORDER_NO_FORMATS: Readonly<Record<DemoPlatform, RegExp>> = {
  taobao: /^[1-4]\d{17,18}$/,
  tmall: /^[1-4]\d{17,18}$/,
  jd: /^[23]\d{11,12}$/,
  pdd: /^\d{6}-\d{15}$/,
  douyin: /^(69|49|50)\d{17}$/,
};

const UNIQUE_SPACE = 10_000_000;
// Odd and not a multiple of 5, so index → (index * MULTIPLIER) mod 10^7 is a bijection.
const MULTIPLIER = 7_654_321;

/** Seven digits unique per index below 10^7; `salt` shifts the sequence per seed. */
export function uniqueTail(index: number, salt: number): string {
  // index * MULTIPLIER stays below 2^53 for index < 10^7, so plain numbers are exact.
  const value = (((index % UNIQUE_SPACE) * MULTIPLIER) % UNIQUE_SPACE + salt) % UNIQUE_SPACE;
  return String(value).padStart(7, "0");
}

export function platformOrderNo(
  random: Random,
  platform: DemoPlatform,
  createdAtMs: number,
  index: number,
  salt: number,
): string {
  const tail = uniqueTail(index, salt % UNIQUE_SPACE);
  switch (platform) {
    case "taobao":
    case "tmall": {
      const length = chance(random, 0.75) ? 19 : 18;
      return pick(random, ["1", "2", "3", "4"]) + digits(random, length - 8) + tail;
    }
    case "jd": {
      const length = chance(random, 0.6) ? 13 : 12;
      return (length === 13 ? "3" : pick(random, ["2", "3"])) + digits(random, length - 8) + tail;
    }
    case "pdd":
      return `${formatCstYyMmDd(createdAtMs)}-${digits(random, 8)}${tail}`;
    case "douyin":
      return pick(random, ["69", "49", "50"]) + digits(random, 10) + tail;
  }
}
