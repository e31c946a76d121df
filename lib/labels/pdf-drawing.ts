// Low-level pdfkit drawing for labels: text measured and wrapped by hand (pdfkit's own wrapper adds pages
// when a line does not fit, which would silently break "one page per label"), barcodes and QR codes drawn
// as vector rectangles on the printer-dot grid. All coordinates here are in millimetres.
import { mmToPoints } from "./label-data";
import {
  CODE128_QUIET_MODULES,
  PRINTER_DOT_MM,
  QR_QUIET_MODULES,
  chooseModuleDots,
  chooseQrModuleDots,
  encodeCode128,
  encodeQr,
  qrDarkRuns,
  snapToDotsMm,
} from "./label-symbols";

export const FONT_REGULAR = "label-regular";
export const FONT_BOLD = "label-bold";
export type LabelFontName = typeof FONT_REGULAR | typeof FONT_BOLD;

type Doc = PDFKit.PDFDocument;
const pt = mmToPoints;

/** Noto Sans CJK metrics (units per em 1000): ideographs sit between baseline −880 and +120. */
const ASCENT_EM = 0.88;
const DESCENT_EM = 0.12;

// Advance widths per font at 1 pt, so wrapping hundreds of labels measures each glyph once.
const advanceCache = new Map<string, Map<string, number>>();

export function textWidthMm(doc: Doc, text: string, font: LabelFontName, sizePt: number): number {
  let perFont = advanceCache.get(font);
  if (!perFont) advanceCache.set(font, (perFont = new Map()));
  doc.font(font).fontSize(1);
  let width = 0;
  for (const char of text) {
    let advance = perFont.get(char);
    if (advance === undefined) {
      advance = doc.widthOfString(char);
      perFont.set(char, advance);
    }
    width += advance;
  }
  return (width * sizePt) / pt(1);
}

/** Largest size ≤ maxPt (down to minPt) at which text fits on one line of widthMm. */
export function fitSingleLine(
  doc: Doc,
  text: string,
  font: LabelFontName,
  maxPt: number,
  minPt: number,
  widthMm: number,
): number {
  const naturalWidth = textWidthMm(doc, text, font, maxPt);
  if (naturalWidth <= widthMm) return maxPt;
  return Math.max(minPt, Math.floor(((maxPt * widthMm) / naturalWidth) * 10) / 10);
}

export interface LineOptions {
  font: LabelFontName;
  sizePt: number;
  /** Left edge; with align center/right the line is placed inside [xMm, xMm + widthMm]. */
  xMm: number;
  baselineMm: number;
  widthMm: number;
  align?: "left" | "center" | "right";
  color?: string;
  characterSpacingPt?: number;
}

/** One line of text; shortened with an ellipsis when it does not fit so nothing spills into the next zone. */
export function drawLine(doc: Doc, text: string, options: LineOptions): number {
  const { font, sizePt, xMm, baselineMm, widthMm, align = "left", color = "black" } = options;
  const spacingMm = ((options.characterSpacingPt ?? 0) * 25.4) / 72;
  const measure = (s: string) => textWidthMm(doc, s, font, sizePt) + spacingMm * Math.max(0, [...s].length - 1);
  let line = text;
  if (measure(line) > widthMm) {
    const chars = [...text];
    while (chars.length > 0 && measure(chars.join("") + "…") > widthMm) chars.pop();
    line = chars.join("") + "…";
  }
  const lineWidth = measure(line);
  const x = align === "center" ? xMm + (widthMm - lineWidth) / 2 : align === "right" ? xMm + widthMm - lineWidth : xMm;
  doc
    .font(font)
    .fontSize(sizePt)
    .fillColor(color)
    .text(line, pt(x), pt(baselineMm), {
      lineBreak: false,
      baseline: "alphabetic",
      characterSpacing: options.characterSpacingPt ?? 0,
    });
  return lineWidth;
}

/** Baseline that centres an ideograph's em box vertically in [topMm, topMm + heightMm]. */
export function centeredBaselineMm(topMm: number, heightMm: number, sizePt: number): number {
  const emMm = (sizePt * 25.4) / 72;
  return topMm + heightMm / 2 + ((ASCENT_EM - DESCENT_EM) / 2) * emMm;
}

const NO_LINE_START = new Set([..."，。、；：？！）》」』】〉,.;:?!)]}%…·"]);
const NO_LINE_END = new Set([..."（《「『【〈([{"]);

/**
 * Greedy line breaking: ideographs break anywhere, Latin/digit runs (phone numbers, rooms) stay whole,
 * closing punctuation never starts a line and opening brackets never end one (basic 禁则 rules).
 */
export function wrapText(doc: Doc, text: string, font: LabelFontName, sizePt: number, widthMm: number): string[] {
  const tokens = text.match(/[A-Za-z0-9*#\-_/.@]+|\s+|./gu) ?? [];
  const fits = (s: string) => textWidthMm(doc, s, font, sizePt) <= widthMm;
  const lines: string[] = [];
  let line: string[] = [];
  const flush = () => {
    const joined = line.join("").trim();
    if (joined) lines.push(joined);
    line = [];
  };
  for (const token of tokens) {
    if (line.length > 0 && !fits(line.join("") + token)) {
      // Tokens that must not be separated from the break: the punctuation pulls the previous token down,
      // and a dangling opening bracket moves down with the word it opens.
      const carried: string[] = [];
      if (NO_LINE_START.has(token) && line.length > 1) carried.push(line.pop() ?? "");
      while (line.length > 1 && NO_LINE_END.has(line[line.length - 1])) carried.unshift(line.pop() ?? "");
      flush();
      line = carried;
    }
    if (line.length === 0 && /^\s+$/.test(token)) continue;
    line.push(token);
    // A single run longer than the line (e.g. a long room code) is split by character as a last resort.
    let rest = line.join("");
    if (fits(rest)) continue;
    line = [];
    while (rest && !fits(rest)) {
      const chars = [...rest];
      let head = "";
      while (chars.length > 0 && fits(head + chars[0])) head += chars.shift();
      if (!head) head = chars.shift() ?? "";
      lines.push(head);
      rest = chars.join("");
    }
    if (rest) line = [rest];
  }
  flush();
  return lines;
}

export interface BlockOptions {
  font: LabelFontName;
  maxPt: number;
  minPt: number;
  xMm: number;
  topMm: number;
  widthMm: number;
  heightMm: number;
  lineHeightEm?: number;
}

/** Wrapped paragraph shrunk until it fits the box; at the minimum size extra lines end in an ellipsis. */
export function drawTextBlock(doc: Doc, text: string, options: BlockOptions): { sizePt: number; lines: number } {
  const { font, maxPt, minPt, xMm, topMm, widthMm, heightMm, lineHeightEm = 1.22 } = options;
  const lineHeightMm = (size: number) => ((size * 25.4) / 72) * lineHeightEm;
  let size = maxPt;
  let lines = wrapText(doc, text, font, size, widthMm);
  while (size > minPt && lines.length * lineHeightMm(size) > heightMm) {
    size = Math.max(minPt, size - 0.5);
    lines = wrapText(doc, text, font, size, widthMm);
  }
  const maxLines = Math.max(1, Math.floor(heightMm / lineHeightMm(size)));
  if (lines.length > maxLines) {
    lines = lines.slice(0, maxLines);
    lines[maxLines - 1] = `${lines[maxLines - 1]}…`;
  }
  const emMm = (size * 25.4) / 72;
  lines.forEach((line, index) => {
    const baseline = topMm + index * lineHeightMm(size) + emMm * (ASCENT_EM + (lineHeightEm - 1) / 2);
    drawLine(doc, line, { font, sizePt: size, xMm, baselineMm: baseline, widthMm });
  });
  return { sizePt: size, lines: lines.length };
}

export interface BarcodePlacement {
  leftMm: number;
  symbolWidthMm: number;
  moduleMm: number;
}

/**
 * Code 128 centred in [xMm, xMm + widthMm] (quiet zones included in that width), left edge on the
 * printer-dot grid so every module is a whole number of 203 dpi dots.
 */
export function drawCode128(
  doc: Doc,
  text: string,
  area: { xMm: number; topMm: number; widthMm: number; barHeightMm: number; maxDots: number; align?: "center" | "left" },
): BarcodePlacement {
  const symbol = encodeCode128(text);
  const dots = chooseModuleDots(symbol.modules, area.widthMm, { maxDots: area.maxDots });
  const moduleMm = dots * PRINTER_DOT_MM;
  const symbolWidthMm = symbol.modules * moduleMm;
  const left =
    area.align === "left"
      ? area.xMm + CODE128_QUIET_MODULES * moduleMm
      : area.xMm + (area.widthMm - symbolWidthMm) / 2;
  const leftMm = snapToDotsMm(left);
  const top = snapToDotsMm(area.topMm);
  for (const bar of symbol.bars) {
    doc.rect(pt(leftMm + bar.x * moduleMm), pt(top), pt(bar.width * moduleMm), pt(area.barHeightMm));
  }
  doc.fillColor("black").fill();
  return { leftMm, symbolWidthMm, moduleMm };
}

/** QR code centred in a square box whose side includes the quiet zone; returns the drawn side in mm. */
export function drawQr(doc: Doc, text: string, box: { xMm: number; topMm: number; sideMm: number }): number {
  const matrix = encodeQr(text);
  const moduleMm = chooseQrModuleDots(matrix.size, box.sideMm) * PRINTER_DOT_MM;
  const sideMm = (matrix.size + 2 * QR_QUIET_MODULES) * moduleMm;
  const originX = snapToDotsMm(box.xMm + (box.sideMm - sideMm) / 2 + QR_QUIET_MODULES * moduleMm);
  const originY = snapToDotsMm(box.topMm + (box.sideMm - sideMm) / 2 + QR_QUIET_MODULES * moduleMm);
  for (const run of qrDarkRuns(matrix)) {
    doc.rect(pt(originX + run.col * moduleMm), pt(originY + run.row * moduleMm), pt(run.length * moduleMm), pt(moduleMm));
  }
  doc.fillColor("black").fill();
  return sideMm;
}

export function hLine(doc: Doc, xMm: number, yMm: number, widthMm: number, weightPt = 0.8, dash?: number): void {
  doc.save().lineWidth(weightPt);
  if (dash) doc.dash(dash, { space: dash });
  doc.moveTo(pt(xMm), pt(yMm)).lineTo(pt(xMm + widthMm), pt(yMm)).strokeColor("black").stroke();
  doc.restore();
}

export function vLine(doc: Doc, xMm: number, yMm: number, heightMm: number, weightPt = 0.8): void {
  doc.save().lineWidth(weightPt).moveTo(pt(xMm), pt(yMm)).lineTo(pt(xMm), pt(yMm + heightMm)).stroke().restore();
}
