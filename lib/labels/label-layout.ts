// Zone geometry of the e-waybill, shared by the PDF renderer and the HTML print view so both print the
// same label. Zone order follows the GB/T 41833 e-waybill layout: header, sort (routing) code, main
// barcode, recipient, sender, contents/signature with QR, then a tear-off stub with a smaller barcode.
import { LABEL_SIZES_MM, type LabelSize } from "./label-data";

export type LabelZoneName = "header" | "sort" | "barcode" | "recipient" | "sender" | "details" | "stub";

export const LABEL_ZONE_ORDER: readonly LabelZoneName[] = [
  "header",
  "sort",
  "barcode",
  "recipient",
  "sender",
  "details",
  "stub",
];

export interface ZoneRect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface LabelLayout {
  size: LabelSize;
  widthMm: number;
  heightMm: number;
  /** Frame inset from the label edge: thermal printers cannot print the outermost ~1 mm reliably. */
  frame: ZoneRect;
  zones: Record<LabelZoneName, ZoneRect>;
  /** Font sizes in points. */
  fonts: {
    carrier: number;
    carrierEn: number;
    product: number;
    meta: number;
    sortCodeMax: number;
    parcelIndex: number;
    barcodeText: number;
    partyTag: number;
    recipientName: number;
    recipientAddressMax: number;
    recipientAddressMin: number;
    sender: number;
    detail: number;
    stub: number;
  };
  mainBarcode: { barHeightMm: number; maxModuleDots: number };
  stubBarcode: { barHeightMm: number };
  /** Width of the 收/寄 tag column at the left of the party zones. */
  partyTagWidthMm: number;
  /** Side of the square QR box (quiet zone included) in the details zone. */
  qrBoxMm: number;
  /** Width of the 1/2 parcel-count box beside the sort code when the shipment has several parcels. */
  parcelBoxWidthMm: number;
}

const FRAME_INSET_MM = 1.5;

interface SizeSpec {
  zoneHeightsMm: Record<Exclude<LabelZoneName, "stub">, number>;
  fontScale: number;
  sortCodeMax: number;
  mainBarHeightMm: number;
  maxModuleDots: number;
  stubBarHeightMm: number;
  qrBoxMm: number;
}

// Heights chosen so the sort code and barcode zones meet carrier minimums (bars ≥ 12 mm tall on the
// main symbol) and the stub takes whatever remains of the label length.
const SIZE_SPECS: Record<LabelSize, SizeSpec> = {
  "100x150": {
    zoneHeightsMm: { header: 11, sort: 15, barcode: 22, recipient: 25, sender: 15, details: 24 },
    fontScale: 1,
    sortCodeMax: 36,
    mainBarHeightMm: 14,
    maxModuleDots: 3,
    stubBarHeightMm: 8,
    qrBoxMm: 20,
  },
  "100x180": {
    zoneHeightsMm: { header: 12, sort: 18, barcode: 25, recipient: 30, sender: 17, details: 28 },
    fontScale: 1.08,
    sortCodeMax: 42,
    mainBarHeightMm: 16,
    maxModuleDots: 3,
    stubBarHeightMm: 10,
    qrBoxMm: 23,
  },
  "76x130": {
    zoneHeightsMm: { header: 10, sort: 13, barcode: 20, recipient: 23, sender: 13, details: 22 },
    fontScale: 0.86,
    sortCodeMax: 30,
    mainBarHeightMm: 12.5,
    maxModuleDots: 3,
    stubBarHeightMm: 7,
    qrBoxMm: 18,
  },
};

const layoutCache = new Map<LabelSize, LabelLayout>();

export function labelLayout(size: LabelSize): LabelLayout {
  const cached = layoutCache.get(size);
  if (cached) return cached;
  const spec = SIZE_SPECS[size];
  if (!spec) throw new Error(`Unknown label size: ${size}`);
  const { widthMm, heightMm } = LABEL_SIZES_MM[size];
  const frame = {
    x: FRAME_INSET_MM,
    y: FRAME_INSET_MM,
    width: widthMm - 2 * FRAME_INSET_MM,
    height: heightMm - 2 * FRAME_INSET_MM,
  };

  const zones = {} as Record<LabelZoneName, ZoneRect>;
  let y = frame.y;
  for (const name of LABEL_ZONE_ORDER) {
    const height = name === "stub" ? frame.y + frame.height - y : spec.zoneHeightsMm[name];
    zones[name] = { x: frame.x, y, width: frame.width, height };
    y += height;
  }
  if (zones.stub.height < 20) throw new Error(`Label size ${size}: stub zone too small (${zones.stub.height} mm)`);

  const scaled = (pt: number) => Math.round(pt * spec.fontScale * 10) / 10;
  const layout: LabelLayout = {
    size,
    widthMm,
    heightMm,
    frame,
    zones,
    fonts: {
      carrier: scaled(15),
      carrierEn: scaled(6.5),
      product: scaled(10),
      meta: scaled(7),
      sortCodeMax: spec.sortCodeMax,
      parcelIndex: scaled(15),
      barcodeText: scaled(11),
      partyTag: scaled(16),
      recipientName: scaled(13),
      recipientAddressMax: scaled(12),
      recipientAddressMin: 8,
      sender: scaled(8.5),
      detail: scaled(8),
      stub: scaled(7),
    },
    mainBarcode: { barHeightMm: spec.mainBarHeightMm, maxModuleDots: spec.maxModuleDots },
    stubBarcode: { barHeightMm: spec.stubBarHeightMm },
    partyTagWidthMm: size === "76x130" ? 8 : 10,
    qrBoxMm: spec.qrBoxMm,
    parcelBoxWidthMm: size === "76x130" ? 14 : 18,
  };
  layoutCache.set(size, layout);
  return layout;
}
