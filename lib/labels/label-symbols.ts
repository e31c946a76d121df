// Barcode and QR geometry shared by the PDF renderer and the HTML print view. Both draw the symbols as
// vector rectangles sized in whole thermal-printer dots, so a 203 dpi printer reproduces every bar at
// exactly the intended width instead of resampling a bitmap (which makes narrow bars uneven).
// The "node" entry: the package root only declares platform conditions TypeScript cannot resolve.
import bwipjs from "bwip-js/node";
import QRCode from "qrcode";

/** One dot of a 203 dpi thermal print head, the coarsest printer labels are made for. */
export const PRINTER_DOT_MM = 25.4 / 203;

/** ISO/IEC 15417 requires a quiet zone of at least 10 modules on both sides of a Code 128 symbol. */
export const CODE128_QUIET_MODULES = 10;

/** QR quiet zone kept clear inside the QR box; 2 modules is what label layouts use and scanners accept. */
export const QR_QUIET_MODULES = 2;

export interface LinearBarcode {
  /** Dark bars, in modules from the left edge of the symbol (quiet zone excluded). */
  bars: { x: number; width: number }[];
  /** Symbol width in modules (quiet zone excluded). */
  modules: number;
}

export interface QrMatrix {
  /** Modules per side (quiet zone excluded). */
  size: number;
  /** Row-major dark flags, size × size. */
  dark: boolean[];
}

const code128Cache = new Map<string, LinearBarcode>();

export function encodeCode128(text: string): LinearBarcode {
  const cached = code128Cache.get(text);
  if (cached) return cached;
  const [symbol] = bwipjs.raw({ bcid: "code128", text });
  if (!symbol || !("sbs" in symbol)) throw new Error(`bwip-js returned no Code 128 pattern for ${text}`);
  // sbs alternates bar, space, bar, … widths in modules, starting with a bar.
  const bars: LinearBarcode["bars"] = [];
  let x = 0;
  symbol.sbs.forEach((width, index) => {
    if (index % 2 === 0) bars.push({ x, width });
    x += width;
  });
  const encoded = { bars, modules: x };
  // Bounded so a long-lived server rendering millions of labels does not grow without limit.
  if (code128Cache.size > 2000) code128Cache.clear();
  code128Cache.set(text, encoded);
  return encoded;
}

/**
 * Module width in whole printer dots: the widest (≤ maxDots) whose symbol plus quiet zones fits
 * availableMm, never below minDots (2 dots = 0.25 mm, the narrowest that 203 dpi heads print reliably).
 */
export function chooseModuleDots(
  symbolModules: number,
  availableMm: number,
  { minDots = 2, maxDots = 3, quietModules = CODE128_QUIET_MODULES } = {},
): number {
  for (let dots = maxDots; dots > minDots; dots--) {
    if ((symbolModules + 2 * quietModules) * dots * PRINTER_DOT_MM <= availableMm) return dots;
  }
  return minDots;
}

export function encodeQr(text: string): QrMatrix {
  // Level M survives the scuffs a parcel label gets while keeping the symbol small enough for the label.
  const qr = QRCode.create(text, { errorCorrectionLevel: "M" });
  const size = qr.modules.size;
  const dark: boolean[] = new Array(size * size);
  for (let row = 0; row < size; row++) {
    for (let col = 0; col < size; col++) dark[row * size + col] = qr.modules.get(row, col) === 1;
  }
  return { size, dark };
}

/** Largest whole-dot QR module that fits the box with its quiet zone; at least 3 dots so phones can read it. */
export function chooseQrModuleDots(qrSize: number, boxMm: number): number {
  const fit = Math.floor(boxMm / ((qrSize + 2 * QR_QUIET_MODULES) * PRINTER_DOT_MM));
  return Math.max(3, Math.min(fit, 8));
}

/** Horizontal runs of dark modules per row, so renderers draw a few rectangles instead of one per module. */
export function qrDarkRuns(matrix: QrMatrix): { row: number; col: number; length: number }[] {
  const runs: { row: number; col: number; length: number }[] = [];
  for (let row = 0; row < matrix.size; row++) {
    let col = 0;
    while (col < matrix.size) {
      if (!matrix.dark[row * matrix.size + col]) {
        col++;
        continue;
      }
      const start = col;
      while (col < matrix.size && matrix.dark[row * matrix.size + col]) col++;
      runs.push({ row, col: start, length: col - start });
    }
  }
  return runs;
}

/** Snaps a length to the printer dot grid so symbols start on a dot boundary. */
export function snapToDotsMm(mm: number): number {
  return Math.round(mm / PRINTER_DOT_MM) * PRINTER_DOT_MM;
}
