// Realistic labels for tests, the batch benchmark and visual checks: several carriers, sizes and
// tracking-number formats, with addresses long enough to exercise wrapping.
import type { LabelData, LabelSize } from "./label-data";

const TRACKING_BASE_URL = "https://track.shiplane.cn/t/";

interface SampleSpec {
  trackingNumber: string;
  carrier: LabelData["carrier"];
  size: LabelSize;
  sortCode: string;
}

export const SAMPLE_SPECS: SampleSpec[] = [
  {
    trackingNumber: "SF1234567890123",
    carrier: { code: "sf", nameZh: "顺丰速运", nameEn: "SF Express" },
    size: "100x150",
    sortCode: "755W-010-021A",
  },
  {
    trackingNumber: "YT7412345678901",
    carrier: { code: "yto", nameZh: "圆通速递", nameEn: "YTO Express" },
    size: "76x130",
    sortCode: "200-K05 021",
  },
  {
    trackingNumber: "773012345678901",
    carrier: { code: "sto", nameZh: "申通快递", nameEn: "STO Express" },
    size: "100x180",
    sortCode: "571 B3-08",
  },
  {
    trackingNumber: "EE123456785CN",
    carrier: { code: "ems", nameZh: "中国邮政EMS", nameEn: "China Post EMS" },
    size: "100x150",
    sortCode: "110-CY-03",
  },
  {
    trackingNumber: "JD0001234567890",
    carrier: { code: "jd", nameZh: "京东物流", nameEn: "JD Logistics" },
    size: "100x180",
    sortCode: "028A-S12",
  },
];

export function sampleLabel(spec: SampleSpec, overrides: Partial<LabelData> = {}): LabelData {
  return {
    trackingNumber: spec.trackingNumber,
    carrier: spec.carrier,
    size: spec.size,
    sortCode: spec.sortCode,
    recipient: {
      name: "欧阳娜娜",
      phone: "138****5678",
      province: "广东省",
      city: "深圳市",
      district: "南山区",
      address: "粤海街道科技园南区高新南七道深圳湾创业投资大厦18楼1806室（前台代收）",
    },
    sender: {
      name: "杭州云栈电商旗舰店",
      phone: "0571-8888****",
      province: "浙江省",
      city: "杭州市",
      district: "余杭区",
      address: "仓前街道良睦路1399号梦想小镇互联网村12幢3楼仓库",
    },
    items: [
      { name: "纯棉连衣裙 M码 藏青", quantity: 1 },
      { name: "真丝围巾", quantity: 2 },
    ],
    weightKg: 1.25,
    platformOrderNo: "TB3987465120983345",
    createdAt: new Date("2025-03-14T06:32:00Z"),
    trackingUrl: `${TRACKING_BASE_URL}${spec.trackingNumber}`,
    ...overrides,
  };
}

export const SAMPLE_LABELS: LabelData[] = SAMPLE_SPECS.map((spec, index) =>
  sampleLabel(spec, {
    coldChain: index === 2,
    parcelIndex: index === 0 ? 1 : undefined,
    parcelCount: index === 0 ? 2 : undefined,
  }),
);

/** A batch of n distinct labels cycling through the sample carriers and sizes. */
export function sampleBatch(count: number): LabelData[] {
  return Array.from({ length: count }, (_, index) => {
    const spec = SAMPLE_SPECS[index % SAMPLE_SPECS.length];
    const serial = String(index).padStart(6, "0");
    const trackingNumber = `${spec.trackingNumber.slice(0, -6)}${serial}`;
    return sampleLabel(
      { ...spec, trackingNumber },
      {
        recipient: {
          name: ["张伟", "王芳", "李娜", "诸葛明月", "司马相如"][index % 5],
          phone: `13${index % 10}****${String(1000 + (index % 9000)).slice(-4)}`,
          province: ["广东省", "上海市", "四川省", "陕西省", "北京市"][index % 5],
          city: ["深圳市", "上海市", "成都市", "西安市", "北京市"][index % 5],
          district: ["南山区", "浦东新区", "武侯区", "浐灞生态区", "朝阳区"][index % 5],
          address: `建设路${(index % 300) + 1}号${(index % 30) + 1}栋${(index % 9) + 1}单元${(index % 28) + 1}0${(index % 4) + 1}室`,
        },
      },
    );
  });
}
