// Chinese personal names and mainland mobile numbers for customers, couriers and recipients.
import { chance, digits, weightedPicker, type Random } from "./random";

// Roughly by frequency (2020 household register ranking); weights are per-mille-ish.
const pickSurname = weightedPicker<string>([
  ["王", 72], ["李", 71], ["张", 69], ["刘", 55], ["陈", 46], ["杨", 32], ["黄", 23], ["赵", 22], ["吴", 21],
  ["周", 20], ["徐", 16], ["孙", 15], ["马", 15], ["朱", 14], ["胡", 13], ["郭", 13], ["何", 12], ["林", 11],
  ["高", 11], ["罗", 11], ["郑", 10], ["梁", 10], ["谢", 8], ["宋", 8], ["唐", 8], ["许", 7], ["韩", 7],
  ["冯", 7], ["邓", 7], ["曹", 7], ["彭", 6], ["曾", 6], ["肖", 6], ["田", 6], ["董", 6], ["袁", 5],
  ["潘", 5], ["于", 5], ["蒋", 5], ["蔡", 5], ["余", 5], ["杜", 5], ["叶", 5], ["程", 5], ["苏", 4],
  ["魏", 4], ["吕", 4], ["丁", 4], ["任", 4], ["沈", 4], ["姚", 4], ["卢", 4], ["姜", 4], ["崔", 3],
  ["钟", 3], ["谭", 3], ["陆", 3], ["汪", 3], ["范", 3], ["金", 3], ["石", 3], ["廖", 3], ["贾", 3],
  ["夏", 3], ["韦", 3], ["方", 3], ["白", 3], ["邹", 3], ["孟", 3], ["熊", 3], ["秦", 3], ["邱", 3],
  ["江", 3], ["尹", 2], ["薛", 2], ["闫", 2], ["段", 2], ["雷", 2], ["侯", 2], ["龙", 2], ["史", 2],
  ["黎", 2], ["贺", 2], ["顾", 2], ["毛", 2], ["郝", 2], ["龚", 2], ["邵", 2], ["万", 2], ["钱", 2],
  ["严", 2], ["欧阳", 1], ["司马", 0.3], ["诸葛", 0.2],
]);

const MALE_CHARS = "伟强磊军洋勇杰涛明超辉刚健鹏宇浩凯俊峰建国志文斌博睿轩子豪宏毅晨旭东海鑫亮晓龙";
const FEMALE_CHARS = "芳娜敏静丽艳娟霞燕玲婷雪琳慧颖洁欣怡晶倩璐梦佳雨萱诗涵悦梓妍思蕾瑶桂兰秀英";

function givenName(random: Random): string {
  const chars = chance(random, 0.5) ? MALE_CHARS : FEMALE_CHARS;
  const first = chars[Math.floor(random() * chars.length)];
  if (chance(random, 0.3)) return first;
  return first + chars[Math.floor(random() * chars.length)];
}

/** A realistic customer name; a few shoppers fill in just "王先生"/"李女士", as they do on platforms. */
export function customerName(random: Random): string {
  const surname = pickSurname(random);
  if (chance(random, 0.04)) return surname + (chance(random, 0.5) ? "先生" : "女士");
  return surname + givenName(random);
}

/** How couriers are named in scan texts: "王师傅". */
export const courierName = (random: Random): string => pickSurname(random) + "师傅";

// Prefixes (first three digits) of mainland mobile numbers in common use, weighted by rough share.
const pickMobilePrefix = weightedPicker<string>([
  ...["130", "131", "132", "133", "134", "135", "136", "137", "138", "139"].map((p) => [p, 6] as const),
  ...["150", "151", "152", "153", "155", "156", "157", "158", "159"].map((p) => [p, 4] as const),
  ...["180", "181", "182", "183", "184", "185", "186", "187", "188", "189"].map((p) => [p, 4] as const),
  ...["170", "171", "173", "175", "176", "177", "178"].map((p) => [p, 1.5] as const),
  ...["190", "191", "193", "195", "196", "197", "198", "199"].map((p) => [p, 1.5] as const),
  ...["145", "147", "166", "167"].map((p) => [p, 1] as const),
]);

/** "13812345678": 11 digits, always matching /^1[3-9]\d{9}$/. */
export const mobilePhone = (random: Random): string => pickMobilePrefix(random) + digits(random, 8);

