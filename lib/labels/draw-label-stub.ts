// The tear-off stub (收件联) at the bottom of the label: a smaller barcode plus a summary of the parties
// and contents, so the torn-off copy still identifies the parcel on its own.
import {
  formatItemsSummary,
  formatPartyAddress,
  formatWeight,
  productNameOf,
  totalQuantity,
  type LabelData,
} from "./label-data";
import type { LabelLayout, ZoneRect } from "./label-layout";
import { FONT_BOLD, FONT_REGULAR, drawCode128, drawLine, drawTextBlock, type LabelFontName } from "./pdf-drawing";

type Doc = PDFKit.PDFDocument;
const PAD = 1.5;
const emMm = (sizePt: number) => (sizePt * 25.4) / 72;

export function drawLabelStub(doc: Doc, label: LabelData, layout: LabelLayout, zone: ZoneRect): void {
  const size = layout.fonts.stub;
  const barTop = zone.y + 1.8;
  const placement = drawCode128(doc, label.trackingNumber, {
    xMm: zone.x,
    topMm: barTop,
    widthMm: zone.width * 0.62,
    barHeightMm: layout.stubBarcode.barHeightMm,
    maxDots: 2,
    align: "left",
  });
  const numberBaseline = barTop + layout.stubBarcode.barHeightMm + emMm(size) + 0.6;
  drawLine(doc, label.trackingNumber, {
    font: FONT_BOLD,
    sizePt: size,
    xMm: placement.leftMm,
    baselineMm: numberBaseline,
    widthMm: placement.symbolWidthMm,
    align: "center",
    characterSpacingPt: 0.4,
  });

  // Right of the stub barcode: who it is from and which copy this is, readable after tearing off.
  const sideX = placement.leftMm + placement.symbolWidthMm + 10 * placement.moduleMm;
  const sideWidth = zone.x + zone.width - PAD - sideX;
  const sideLines: { text: string; font: LabelFontName; size: number }[] = [
    { text: label.carrier.nameZh, font: FONT_BOLD, size: size * 1.3 },
    { text: productNameOf(label), font: FONT_REGULAR, size },
    { text: "收件联", font: FONT_REGULAR, size },
  ];
  let sideBaseline = barTop + emMm(size * 1.3) * 0.9;
  for (const line of sideLines) {
    const { text, font, size: sizePt } = line;
    drawLine(doc, text, { font, sizePt, xMm: sideX, baselineMm: sideBaseline, widthMm: sideWidth, align: "right" });
    sideBaseline += emMm(size) * 1.45;
  }

  const x = zone.x + PAD;
  const width = zone.width - 2 * PAD;
  const rows = [
    `收：${label.recipient.name} ${label.recipient.phone} ${formatPartyAddress(label.recipient)}`,
    `寄：${label.sender.name} ${label.sender.phone} ${formatPartyAddress(label.sender)}`,
    `内容：${formatItemsSummary(label.items)}  共${totalQuantity(label.items)}件  ${formatWeight(label.weightKg)}`,
    `订单号：${label.platformOrderNo}`,
  ];
  let top = numberBaseline + 1.2;
  const bottom = zone.y + zone.height - 0.6;
  const lineMm = emMm(size) * 1.22;
  // The stub gets as many rows as fit; long rows wrap only while rows below still fit.
  rows.forEach((row, index) => {
    const rowsLeft = rows.length - index - 1;
    const available = bottom - top - rowsLeft * lineMm;
    if (available < lineMm) return;
    const result = drawTextBlock(doc, row, {
      font: index === 0 ? FONT_BOLD : FONT_REGULAR,
      maxPt: size,
      minPt: size,
      xMm: x,
      topMm: top,
      widthMm: width,
      heightMm: Math.min(available, lineMm * 2),
    });
    top += result.lines * lineMm;
  });
}
