import { describe, expect, it } from "vitest";
import { labelLayout } from "./label-layout";
import {
  CODE128_QUIET_MODULES,
  PRINTER_DOT_MM,
  chooseModuleDots,
  chooseQrModuleDots,
  encodeCode128,
  encodeQr,
  qrDarkRuns,
} from "./label-symbols";
import { SAMPLE_LABELS } from "./sample-labels";

describe("Code 128 geometry", () => {
  it("encodes start, data, checksum and stop as alternating bars and spaces", () => {
    const symbol = encodeCode128("SF1234567890123");
    // Every Code 128 character is 11 modules with 3 bars; the stop pattern is 13 modules with 4 bars.
    expect((symbol.modules - 13) % 11).toBe(0);
    expect(symbol.bars.length).toBe(((symbol.modules - 13) / 11) * 3 + 4);
    expect(symbol.bars[0]).toEqual({ x: 0, width: 2 }); // every start character begins with a 2-module bar
    const last = symbol.bars[symbol.bars.length - 1];
    expect(last.x + last.width).toBe(symbol.modules);
  });

  it("never prints modules narrower than 0.25 mm (2 dots at 203 dpi)", () => {
    expect(2 * PRINTER_DOT_MM).toBeGreaterThanOrEqual(0.25);
    expect(chooseModuleDots(400, 30)).toBe(2);
  });

  it("uses the widest whole-dot module that fits with 10-module quiet zones", () => {
    expect(chooseModuleDots(156, 97)).toBe(3); // (156 + 20) × 0.375 mm = 66 mm
    expect(chooseModuleDots(156, 60)).toBe(2);
  });

  it.each(SAMPLE_LABELS.map((label) => [label.trackingNumber, label.size] as const))(
    "main barcode of %s fits the %s barcode zone with its quiet zones",
    (trackingNumber, size) => {
      const layout = labelLayout(size);
      const symbol = encodeCode128(trackingNumber);
      const dots = chooseModuleDots(symbol.modules, layout.zones.barcode.width);
      const widthWithQuiet = (symbol.modules + 2 * CODE128_QUIET_MODULES) * dots * PRINTER_DOT_MM;
      expect(widthWithQuiet).toBeLessThanOrEqual(layout.zones.barcode.width);
      expect(dots).toBe(3);
    },
  );
});

describe("QR geometry", () => {
  it("dark runs cover exactly the dark modules", () => {
    const matrix = encodeQr("https://track.shiplane.cn/t/SF1234567890123");
    const covered = new Array(matrix.size * matrix.size).fill(false);
    for (const run of qrDarkRuns(matrix)) {
      for (let col = run.col; col < run.col + run.length; col++) covered[run.row * matrix.size + col] = true;
    }
    expect(covered).toEqual(matrix.dark);
  });

  it("keeps modules at least 3 dots (0.375 mm) even when the box is tight", () => {
    expect(chooseQrModuleDots(33, 10)).toBe(3);
    expect(chooseQrModuleDots(29, 20)).toBe(4);
  });
});
