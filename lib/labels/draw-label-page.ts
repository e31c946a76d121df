// Draws one e-waybill on the current pdfkit page, zone by zone (see label-layout.ts for the geometry).
// Sizes favour the two readers: the sorting-centre worker reads the sort code from arm's length, the
// courier reads recipient name, phone and address at the door.
import {
  formatItemsSummary,
  formatLabelTime,
  formatParcelIndex,
  formatPartyAddress,
  formatWeight,
  groupTrackingNumber,
  mmToPoints,
  productNameOf,
  totalQuantity,
  type LabelData,
  type LabelParty,
} from "./label-data";
import { drawLabelStub } from "./draw-label-stub";
import { labelLayout, type LabelLayout, type ZoneRect } from "./label-layout";
import {
  FONT_BOLD,
  FONT_REGULAR,
  centeredBaselineMm,
  drawCode128,
  drawLine,
  drawQr,
  drawTextBlock,
  fitSingleLine,
  hLine,
  vLine,
} from "./pdf-drawing";

type Doc = PDFKit.PDFDocument;
const pt = mmToPoints;
const PAD = 1.5;
const emMm = (sizePt: number) => (sizePt * 25.4) / 72;

export function drawLabelPage(doc: Doc, label: LabelData): void {
  const layout = labelLayout(label.size);
  const { zones, frame } = layout;

  doc.save().lineWidth(1.2).rect(pt(frame.x), pt(frame.y), pt(frame.width), pt(frame.height)).stroke().restore();
  for (const zone of [zones.sort, zones.barcode, zones.recipient, zones.sender, zones.details]) {
    hLine(doc, zone.x, zone.y, zone.width);
  }
  // The stub is torn off along this line, so it is dashed like the perforation on pre-printed stock.
  hLine(doc, zones.stub.x, zones.stub.y, zones.stub.width, 1, 3);

  drawHeader(doc, label, layout, zones.header);
  drawSortCode(doc, label, layout, zones.sort);
  drawMainBarcode(doc, label, layout, zones.barcode);
  drawParty(doc, "收", label.recipient, layout, zones.recipient, true);
  drawParty(doc, "寄", label.sender, layout, zones.sender, false);
  drawDetails(doc, label, layout, zones.details);
  drawLabelStub(doc, label, layout, zones.stub);
}

function drawHeader(doc: Doc, label: LabelData, layout: LabelLayout, zone: ZoneRect): void {
  const { fonts } = layout;
  const right = zone.x + zone.width - PAD;
  const metaWidth = layout.size === "76x130" ? 24 : 27;
  const metaX = right - metaWidth;

  // Product and print time stacked at the right, like the service box on carrier stock.
  drawLine(doc, productNameOf(label), {
    font: FONT_BOLD,
    sizePt: fonts.product,
    xMm: metaX,
    baselineMm: zone.y + zone.height * 0.48,
    widthMm: metaWidth,
    align: "right",
  });
  drawLine(doc, formatLabelTime(label.createdAt), {
    font: FONT_REGULAR,
    sizePt: fonts.meta,
    xMm: metaX,
    baselineMm: zone.y + zone.height * 0.86,
    widthMm: metaWidth,
    align: "right",
  });

  let nameRight = metaX - 1;
  if (label.coldChain) {
    // Inverse box: the cold-chain marker must stand out at a glance on a black-and-white thermal print.
    const boxWidth = emMm(fonts.product * 1.2) * 2 + 2.4;
    const boxHeight = zone.height - 3;
    const boxX = metaX - boxWidth - 1.5;
    const boxY = zone.y + 1.5;
    doc.rect(pt(boxX), pt(boxY), pt(boxWidth), pt(boxHeight)).fill("black");
    drawLine(doc, "冷链", {
      font: FONT_BOLD,
      sizePt: fonts.product * 1.2,
      xMm: boxX,
      baselineMm: centeredBaselineMm(boxY, boxHeight, fonts.product * 1.2),
      widthMm: boxWidth,
      align: "center",
      color: "white",
    });
    doc.fillColor("black");
    nameRight = boxX - 1;
  }

  const nameWidth = nameRight - (zone.x + PAD);
  const nameSize = fitSingleLine(doc, label.carrier.nameZh, FONT_BOLD, layout.fonts.carrier, 9, nameWidth);
  drawLine(doc, label.carrier.nameZh, {
    font: FONT_BOLD,
    sizePt: nameSize,
    xMm: zone.x + PAD,
    baselineMm: zone.y + zone.height * 0.58,
    widthMm: nameWidth,
  });
  drawLine(doc, label.carrier.nameEn, {
    font: FONT_REGULAR,
    sizePt: fonts.carrierEn,
    xMm: zone.x + PAD,
    baselineMm: zone.y + zone.height * 0.9,
    widthMm: nameWidth,
  });
}

function drawSortCode(doc: Doc, label: LabelData, layout: LabelLayout, zone: ZoneRect): void {
  const parcel = formatParcelIndex(label);
  let codeWidth = zone.width - 2 * PAD;
  if (parcel) {
    const boxX = zone.x + zone.width - layout.parcelBoxWidthMm;
    vLine(doc, boxX, zone.y, zone.height);
    const size = fitSingleLine(doc, parcel, FONT_BOLD, layout.fonts.parcelIndex, 8, layout.parcelBoxWidthMm - 2);
    drawLine(doc, parcel, {
      font: FONT_BOLD,
      sizePt: size,
      xMm: boxX,
      baselineMm: centeredBaselineMm(zone.y, zone.height * 0.72, size),
      widthMm: layout.parcelBoxWidthMm,
      align: "center",
    });
    drawLine(doc, "子母件", {
      font: FONT_REGULAR,
      sizePt: layout.fonts.meta,
      xMm: boxX,
      baselineMm: zone.y + zone.height - 1.4,
      widthMm: layout.parcelBoxWidthMm,
      align: "center",
    });
    codeWidth = boxX - zone.x - 2 * PAD;
  }
  const code = label.sortCode.trim() || "—";
  // Cap the size by zone height too: the glyph box must stay inside the ruled lines.
  const maxByHeight = ((zone.height - 2) / 25.4) * 72;
  const size = fitSingleLine(doc, code, FONT_BOLD, Math.min(layout.fonts.sortCodeMax, maxByHeight), 12, codeWidth);
  drawLine(doc, code, {
    font: FONT_BOLD,
    sizePt: size,
    xMm: zone.x + PAD,
    baselineMm: centeredBaselineMm(zone.y, zone.height, size),
    widthMm: codeWidth,
    align: "center",
  });
}

function drawMainBarcode(doc: Doc, label: LabelData, layout: LabelLayout, zone: ZoneRect): void {
  const textSize = layout.fonts.barcodeText;
  drawCode128(doc, label.trackingNumber, {
    xMm: zone.x,
    topMm: zone.y + 1.6,
    widthMm: zone.width,
    barHeightMm: layout.mainBarcode.barHeightMm,
    maxDots: layout.mainBarcode.maxModuleDots,
  });
  drawLine(doc, groupTrackingNumber(label.trackingNumber), {
    font: FONT_BOLD,
    sizePt: textSize,
    xMm: zone.x,
    baselineMm: zone.y + zone.height - 1.4,
    widthMm: zone.width,
    align: "center",
    characterSpacingPt: 0.6,
  });
}

function drawParty(doc: Doc, tag: string, party: LabelParty, layout: LabelLayout, zone: ZoneRect, isRecipient: boolean): void {
  const tagWidth = layout.partyTagWidthMm;
  vLine(doc, zone.x + tagWidth, zone.y, zone.height);
  const tagSize = isRecipient ? layout.fonts.partyTag : layout.fonts.partyTag * 0.8;
  drawLine(doc, tag, {
    font: FONT_BOLD,
    sizePt: tagSize,
    xMm: zone.x,
    baselineMm: centeredBaselineMm(zone.y, zone.height, tagSize),
    widthMm: tagWidth,
    align: "center",
  });

  const x = zone.x + tagWidth + PAD;
  const width = zone.x + zone.width - PAD - x;
  const nameSize = isRecipient ? layout.fonts.recipientName : layout.fonts.sender;
  const nameFont = isRecipient ? FONT_BOLD : FONT_REGULAR;
  const nameLine = `${party.name}  ${party.phone}`;
  const fittedName = fitSingleLine(doc, nameLine, nameFont, nameSize, nameSize * 0.75, width);
  const nameBaseline = zone.y + 1.2 + emMm(fittedName) * 0.88;
  drawLine(doc, nameLine, { font: nameFont, sizePt: fittedName, xMm: x, baselineMm: nameBaseline, widthMm: width });

  const addressTop = nameBaseline + emMm(fittedName) * 0.12 + 1;
  drawTextBlock(doc, formatPartyAddress(party), {
    font: nameFont,
    maxPt: isRecipient ? layout.fonts.recipientAddressMax : layout.fonts.sender,
    minPt: isRecipient ? layout.fonts.recipientAddressMin : 6.5,
    xMm: x,
    topMm: addressTop,
    widthMm: width,
    heightMm: zone.y + zone.height - 0.8 - addressTop,
  });
}

function drawDetails(doc: Doc, label: LabelData, layout: LabelLayout, zone: ZoneRect): void {
  const size = layout.fonts.detail;
  const qrSide = Math.min(layout.qrBoxMm, zone.height - 3.5);
  const qrX = zone.x + zone.width - qrSide - 1;
  vLine(doc, qrX - 1, zone.y, zone.height);
  drawQr(doc, label.trackingUrl, { xMm: qrX, topMm: zone.y + 0.3, sideMm: qrSide });
  drawLine(doc, "扫码查件", {
    font: FONT_REGULAR,
    sizePt: layout.fonts.meta * 0.9,
    xMm: qrX,
    baselineMm: zone.y + zone.height - 0.9,
    widthMm: qrSide,
    align: "center",
  });

  const x = zone.x + PAD;
  const width = qrX - 1 - PAD - x;
  const lineMm = emMm(size) * 1.3;
  const signatureHeight = emMm(size) * 1.5 + 1.5;
  const contentHeight = zone.height - signatureHeight - 1.2 - 2 * lineMm;
  drawTextBlock(doc, `内容品名：${formatItemsSummary(label.items)}`, {
    font: FONT_REGULAR,
    maxPt: size,
    minPt: 6.5,
    xMm: x,
    topMm: zone.y + 1,
    widthMm: width,
    heightMm: contentHeight,
  });
  const factsTop = zone.y + 1 + contentHeight;
  const facts = `数量：${totalQuantity(label.items)}件    重量：${formatWeight(label.weightKg)}`;
  drawLine(doc, facts, { font: FONT_BOLD, sizePt: size, xMm: x, baselineMm: factsTop + emMm(size) * 0.95, widthMm: width });
  drawLine(doc, `订单号：${label.platformOrderNo}`, {
    font: FONT_REGULAR,
    sizePt: size,
    xMm: x,
    baselineMm: factsTop + lineMm + emMm(size) * 0.95,
    widthMm: width,
  });

  const signatureTop = zone.y + zone.height - signatureHeight;
  hLine(doc, zone.x, signatureTop, qrX - 1 - zone.x, 0.5);
  drawLine(doc, "签收人：", {
    font: FONT_REGULAR,
    sizePt: size,
    xMm: x,
    baselineMm: zone.y + zone.height - 1.6,
    widthMm: width / 2,
  });
  drawLine(doc, "时间：    月    日", {
    font: FONT_REGULAR,
    sizePt: size,
    xMm: x + width / 2,
    baselineMm: zone.y + zone.height - 1.6,
    widthMm: width / 2,
  });
}
