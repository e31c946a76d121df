// Demo product catalogue: what Chinese shoppers typically buy online, with per-SKU fixed prices so the
// same SKU costs the same in every order, plus the handling flags that drive carrier and parcel choice.
import type { DemoItem } from "./types";
import { chance, createRandom, intBetween, pick, weightedPicker, type Random } from "./random";

export type Handling = "ambient" | "chilled" | "frozen";

export interface CatalogProduct {
  sku: string;
  name: string;
  unitPriceFen: number;
  weightGrams: number;
  handling: Handling;
  temperatureC?: [number, number];
  fragile: boolean;
  /** Bought several at a time (nappies, tissues, milk). */
  consumable: boolean;
}

type Category = "digital" | "apparel" | "beauty" | "home" | "baby" | "food" | "fresh";

interface ProductLine {
  code: string;
  name: string;
  category: Category;
  /** Price range in yuan; each variant gets a fixed price in it. */
  yuan: [number, number];
  grams: number;
  variants: [code: string, label: string][];
  handling?: Handling;
  temperatureC?: [number, number];
  fragile?: boolean;
  consumable?: boolean;
}

const CHILLED: [number, number] = [2, 8];
const FROZEN: [number, number] = [-18, -12];

const LINES: ProductLine[] = [
  { code: "PHCASE", name: "透明防摔手机壳", category: "digital", yuan: [19, 59], grams: 80, variants: [["IP15", "iPhone 15"], ["IP15PM", "iPhone 15 Pro Max"], ["MATE60", "华为Mate 60"], ["XM14", "小米14"]] },
  { code: "GLASS", name: "高清钢化膜 2片装", category: "digital", yuan: [9, 29], grams: 50, variants: [["IP15", "iPhone 15"], ["MATE60", "华为Mate 60"]] },
  { code: "EARBUD", name: "无线蓝牙耳机 主动降噪", category: "digital", yuan: [99, 499], grams: 200, variants: [["WHT", "白色"], ["BLK", "黑色"]] },
  { code: "CHGR", name: "20W PD快充充电器", category: "digital", yuan: [29, 99], grams: 150, variants: [["C", "单口Type-C"], ["CC", "双口"]] },
  { code: "PWRBNK", name: "充电宝 10000mAh", category: "digital", yuan: [59, 159], grams: 300, variants: [["WHT", "白色"], ["BLU", "蓝色"]] },
  { code: "WATCH", name: "智能手表 心率血氧监测", category: "digital", yuan: [299, 1299], grams: 400, variants: [["42", "42mm"], ["46", "46mm"]] },
  { code: "PHONE", name: "5G智能手机", category: "digital", yuan: [1299, 6999], grams: 600, fragile: true, variants: [["8-256", "8GB+256GB"], ["12-512", "12GB+512GB"]] },
  { code: "LAPTOP", name: "14英寸轻薄笔记本电脑", category: "digital", yuan: [3999, 8999], grams: 2200, fragile: true, variants: [["I5", "i5/16G/512G"], ["R7", "R7/32G/1T"]] },
  { code: "MONITOR", name: "27英寸4K显示器", category: "digital", yuan: [999, 2599], grams: 6500, fragile: true, variants: [["IPS", "IPS 60Hz"], ["144", "144Hz"]] },
  { code: "KEYBD", name: "机械键盘 热插拔", category: "digital", yuan: [199, 599], grams: 1200, variants: [["RED", "红轴"], ["BRN", "茶轴"]] },
  { code: "MOUSE", name: "无线静音鼠标", category: "digital", yuan: [49, 199], grams: 150, variants: [["GRY", "灰色"], ["PNK", "粉色"]] },
  { code: "TSHIRT", name: "纯棉短袖T恤", category: "apparel", yuan: [39, 129], grams: 250, variants: [["WHT-L", "白色 L"], ["BLK-XL", "黑色 XL"], ["GRY-M", "灰色 M"]] },
  { code: "SNEAKER", name: "男款透气跑步运动鞋", category: "apparel", yuan: [199, 899], grams: 1100, variants: [["42", "42码"], ["43", "43码"], ["39", "女款39码"]] },
  { code: "JEANS", name: "直筒牛仔裤", category: "apparel", yuan: [89, 299], grams: 600, variants: [["30", "30码"], ["32", "32码"]] },
  { code: "DOWN", name: "轻薄羽绒服", category: "apparel", yuan: [299, 1299], grams: 1200, variants: [["BLK-L", "黑色 L"], ["KHK-M", "卡其 M"]] },
  { code: "DRESS", name: "法式碎花连衣裙", category: "apparel", yuan: [99, 399], grams: 400, variants: [["S", "S码"], ["M", "M码"]] },
  { code: "BACKPK", name: "大容量双肩背包", category: "apparel", yuan: [79, 299], grams: 800, variants: [["BLK", "黑色"], ["GRY", "灰色"]] },
  { code: "SOCKS", name: "纯棉中筒袜 5双装", category: "apparel", yuan: [19, 49], grams: 200, consumable: true, variants: [["MIX", "混色"]] },
  { code: "MASK", name: "玻尿酸补水面膜 10片装", category: "beauty", yuan: [49, 159], grams: 400, consumable: true, variants: [["10P", "10片"]] },
  { code: "SERUM", name: "修护精华液 30ml", category: "beauty", yuan: [199, 999], grams: 200, fragile: true, variants: [["30ML", "30ml"]] },
  { code: "LIPSTK", name: "丝绒哑光口红", category: "beauty", yuan: [99, 399], grams: 80, variants: [["999", "#999"], ["316", "#316"]] },
  { code: "SUNSCR", name: "清爽防晒霜 SPF50+", category: "beauty", yuan: [59, 199], grams: 150, variants: [["50ML", "50ml"]] },
  { code: "DISHES", name: "陶瓷餐具套装 16件", category: "home", yuan: [129, 399], grams: 4500, fragile: true, variants: [["WHT", "釉下彩白"]] },
  { code: "GLCUP", name: "双层玻璃水杯", category: "home", yuan: [29, 89], grams: 400, fragile: true, variants: [["350", "350ml"], ["500", "500ml"]] },
  { code: "BEDSET", name: "纯棉四件套", category: "home", yuan: [199, 599], grams: 2500, variants: [["1.5", "1.5m床"], ["1.8", "1.8m床"]] },
  { code: "TISSUE", name: "原木抽纸 24包", category: "home", yuan: [39, 69], grams: 3500, consumable: true, variants: [["24", "24包整箱"]] },
  { code: "PODS", name: "洗衣凝珠 52颗", category: "home", yuan: [49, 89], grams: 1500, consumable: true, variants: [["52", "52颗"]] },
  { code: "TOOTHBR", name: "声波电动牙刷", category: "home", yuan: [99, 399], grams: 500, variants: [["WHT", "白色"], ["BLK", "黑色"]] },
  { code: "AIRFRY", name: "空气炸锅 5L", category: "home", yuan: [299, 699], grams: 5000, variants: [["5L", "5L可视款"]] },
  { code: "FLASK", name: "316不锈钢保温杯", category: "home", yuan: [49, 199], grams: 450, variants: [["500", "500ml"]] },
  { code: "DIAPER", name: "婴儿纸尿裤 L码", category: "baby", yuan: [89, 199], grams: 3000, consumable: true, variants: [["L54", "L54片"], ["XL44", "XL44片"]] },
  { code: "FORMULA", name: "婴幼儿配方奶粉 3段 800g", category: "baby", yuan: [199, 399], grams: 1100, consumable: true, variants: [["3", "3段"]] },
  { code: "BLOCKS", name: "儿童大颗粒积木", category: "baby", yuan: [99, 399], grams: 1500, variants: [["120", "120粒"]] },
  { code: "NUTS", name: "每日坚果礼盒 30袋", category: "food", yuan: [99, 199], grams: 1500, variants: [["30", "30袋"]] },
  { code: "COFFEE", name: "挂耳咖啡 50包", category: "food", yuan: [39, 99], grams: 500, consumable: true, variants: [["50", "50包"]] },
  { code: "LUOSI", name: "柳州螺蛳粉 5袋", category: "food", yuan: [39, 69], grams: 1800, consumable: true, variants: [["5", "5袋装"]] },
  { code: "WINE", name: "赤霞珠干红葡萄酒 750ml", category: "food", yuan: [89, 599], grams: 1500, fragile: true, variants: [["1", "单支"], ["2", "双支礼盒"]] },
  { code: "TEA", name: "明前龙井茶 250g", category: "food", yuan: [199, 899], grams: 500, variants: [["250", "250g"]] },
  { code: "MILK", name: "有机鲜牛奶 950ml×2", category: "fresh", yuan: [39, 69], grams: 2100, handling: "chilled", temperatureC: CHILLED, consumable: true, variants: [["2", "2瓶"]] },
  { code: "YOGURT", name: "低温风味酸奶 12杯", category: "fresh", yuan: [49, 89], grams: 1800, handling: "chilled", temperatureC: CHILLED, consumable: true, variants: [["12", "12杯"]] },
  { code: "CHERRY", name: "智利车厘子 JJ级 2斤", category: "fresh", yuan: [99, 199], grams: 1200, handling: "chilled", temperatureC: [0, 4], variants: [["JJ", "JJ级"]] },
  { code: "SALMON", name: "挪威三文鱼刺身 300g", category: "fresh", yuan: [89, 169], grams: 500, handling: "chilled", temperatureC: [0, 4], variants: [["300", "300g"]] },
  { code: "DUMPLNG", name: "三鲜速冻水饺 1kg", category: "fresh", yuan: [29, 59], grams: 1000, handling: "frozen", temperatureC: FROZEN, consumable: true, variants: [["1KG", "1kg"]] },
  { code: "TANGYN", name: "黑芝麻速冻汤圆 500g", category: "fresh", yuan: [19, 39], grams: 500, handling: "frozen", temperatureC: FROZEN, consumable: true, variants: [["500", "500g"]] },
  { code: "STEAK", name: "澳洲原切西冷牛排 1kg", category: "fresh", yuan: [159, 399], grams: 1100, handling: "frozen", temperatureC: FROZEN, variants: [["1KG", "1kg"]] },
  { code: "ICECRM", name: "冰淇淋 8支装", category: "fresh", yuan: [59, 129], grams: 800, handling: "frozen", temperatureC: [-22, -18], variants: [["8", "8支"]] },
];

/** ¥39 style prices: whole yuan ending in 9, or .90 for cheap items. */
function fixedPriceFen(random: Random, [minYuan, maxYuan]: [number, number]): number {
  const yuan = intBetween(random, minYuan, maxYuan);
  return yuan < 100 ? Math.max(990, yuan * 100 - 10) : (Math.floor(yuan / 10) * 10 + 9) * 100;
}

function expandCatalog(): Map<Category, CatalogProduct[]> {
  // A fixed stream, independent of the order seed, so a SKU's price is stable across runs and seeds.
  const random = createRandom(0x5eed5ca7);
  const byCategory = new Map<Category, CatalogProduct[]>();
  for (const line of LINES) {
    for (const [variantCode, label] of line.variants) {
      const product: CatalogProduct = {
        sku: `${line.code}-${variantCode}`,
        name: `${line.name} ${label}`,
        unitPriceFen: fixedPriceFen(random, line.yuan),
        weightGrams: line.grams,
        handling: line.handling ?? "ambient",
        temperatureC: line.temperatureC,
        fragile: line.fragile ?? false,
        consumable: line.consumable ?? false,
      };
      const list = byCategory.get(line.category) ?? [];
      list.push(product);
      byCategory.set(line.category, list);
    }
  }
  return byCategory;
}

const CATALOG = expandCatalog();
const productsIn = (category: Category) => CATALOG.get(category)!;
export const ALL_PRODUCTS: readonly CatalogProduct[] = [...CATALOG.values()].flat();
const AMBIENT_PRODUCTS = ALL_PRODUCTS.filter((p) => p.handling === "ambient");

const pickCategory = weightedPicker<Category>([
  ["apparel", 24], ["digital", 20], ["home", 18], ["beauty", 11], ["food", 10], ["baby", 8], ["fresh", 9],
]);

function quantityFor(random: Random, product: CatalogProduct): number {
  if (product.unitPriceFen >= 100_000) return 1;
  const roll = random();
  if (product.consumable) return roll < 0.5 ? 1 : roll < 0.8 ? 2 : intBetween(random, 3, 6);
  return roll < 0.85 ? 1 : roll < 0.96 ? 2 : 3;
}

export interface PickedItem {
  product: CatalogProduct;
  quantity: number;
}

/** One to three distinct products; fresh goods mostly travel alone, as shops ship them from cold storage. */
export function pickItems(random: Random): PickedItem[] {
  const first = pick(random, productsIn(pickCategory(random)));
  const picked: PickedItem[] = [{ product: first, quantity: quantityFor(random, first) }];
  const extraChance = first.handling === "ambient" ? 0.28 : 0.12;
  for (let i = 0; i < 2 && chance(random, i === 0 ? extraChance : 0.3); i++) {
    const pool = first.handling === "ambient" || chance(random, 0.5) ? AMBIENT_PRODUCTS : productsIn("fresh");
    const product = pick(random, pool);
    if (picked.some((item) => item.product.sku === product.sku)) break;
    picked.push({ product, quantity: quantityFor(random, product) });
  }
  return picked;
}

export const toDemoItem = ({ product, quantity }: PickedItem): DemoItem => ({
  sku: product.sku,
  name: product.name,
  quantity,
  unitPriceFen: product.unitPriceFen,
});
