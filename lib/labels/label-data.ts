// Input of the e-waybill label renderers (PDF and HTML print view). Callers pass display-ready values:
// phones are already masked, addresses already split into the administrative levels the label prints.

export type LabelSize = "100x150" | "76x130" | "100x180";

export interface LabelParty {
  name: string;
  /** Printed as given: the caller masks it (e.g. "138****5678") because labels travel in public view. */
  phone: string;
  province: string;
  city: string;
  district: string;
  /** Street, building, room: everything below the district. */
  address: string;
}

export interface LabelItem {
  name: string;
  quantity: number;
}

export interface LabelData {
  trackingNumber: string;
  carrier: { code: string; nameZh: string; nameEn: string };
  size: LabelSize;
  /** Routing / sort code (大头笔 / 三段码), printed largest on the label for sorting-centre workers. */
  sortCode: string;
  recipient: LabelParty;
  sender: LabelParty;
  items: LabelItem[];
  weightKg?: number;
  platformOrderNo: string;
  createdAt: Date;
  /** Target of the QR code: the public tracking page for this parcel. */
  trackingUrl: string;
  /** Product line printed in the header (e.g. "标准快递", "特快"); defaults to 标准快递. */
  productName?: string;
  coldChain?: boolean;
  /** 1-based index of this parcel in a multi-parcel shipment (子母件), shown with parcelCount. */
  parcelIndex?: number;
  parcelCount?: number;
}

/** Physical label sizes in millimetres (width × height, portrait as fed through the printer). */
export const LABEL_SIZES_MM: Record<LabelSize, { widthMm: number; heightMm: number }> = {
  "100x150": { widthMm: 100, heightMm: 150 },
  "76x130": { widthMm: 76, heightMm: 130 },
  "100x180": { widthMm: 100, heightMm: 180 },
};

export const POINTS_PER_MM = 72 / 25.4;

export function mmToPoints(mm: number): number {
  return mm * POINTS_PER_MM;
}

/** Groups of four, as couriers read numbers aloud over the phone: "SF12 3456 7890 123". */
export function groupTrackingNumber(trackingNumber: string): string {
  return trackingNumber.replace(/(.{4})(?=.)/g, "$1 ");
}

export function formatPartyAddress(party: LabelParty): string {
  // Municipalities repeat themselves (北京市 北京市 朝阳区); printing the name twice wastes a line.
  const city = party.city === party.province ? "" : party.city;
  return [party.province, city, party.district, party.address].filter(Boolean).join(" ");
}

export function formatItemsSummary(items: LabelItem[]): string {
  if (items.length === 0) return "—";
  return items.map((item) => `${item.name}×${item.quantity}`).join("，");
}

export function totalQuantity(items: LabelItem[]): number {
  return items.reduce((sum, item) => sum + item.quantity, 0);
}

export function formatWeight(weightKg: number | undefined): string {
  if (weightKg === undefined || !Number.isFinite(weightKg)) return "—";
  return `${weightKg.toFixed(weightKg < 10 ? 2 : 1)}kg`;
}

/** "x/y" for multi-parcel shipments, null for a single parcel. */
export function formatParcelIndex(label: Pick<LabelData, "parcelIndex" | "parcelCount">): string | null {
  const { parcelIndex, parcelCount } = label;
  if (!parcelCount || parcelCount <= 1) return null;
  return `${parcelIndex ?? 1}/${parcelCount}`;
}

const shanghaiParts = new Intl.DateTimeFormat("en-CA", {
  timeZone: "Asia/Shanghai",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});

/** Print time in China time regardless of the server's zone: couriers read it against local clocks. */
export function formatLabelTime(date: Date): string {
  const parts = shanghaiParts.formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? "";
  return `${part("year")}-${part("month")}-${part("day")} ${part("hour")}:${part("minute")}`;
}

export function productNameOf(label: LabelData): string {
  return label.productName?.trim() || "标准快递";
}
