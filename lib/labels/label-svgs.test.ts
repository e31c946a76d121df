import { describe, expect, it } from "vitest";
import { buildLabelSvgs, code128Svg, qrSvg } from "./label-svgs";
import { PRINTER_DOT_MM, encodeCode128 } from "./label-symbols";
import { SAMPLE_LABELS } from "./sample-labels";

describe("label SVGs", () => {
  it("sizes the Code 128 in millimetres on whole printer dots, quiet zones included", () => {
    const svg = code128Svg("SF1234567890123", { maxWidthMm: 97, barHeightMm: 14, maxDots: 3 });
    const modules = encodeCode128("SF1234567890123").modules + 20;
    const width = Number(/width="([\d.]+)mm"/.exec(svg)?.[1]);
    expect(width).toBeCloseTo(modules * 3 * PRINTER_DOT_MM, 2);
    expect(svg).toContain('height="14mm"');
    expect(svg).toContain(`viewBox="0 0 ${modules} `);
  });

  it("gives the QR an explicit physical size", async () => {
    const svg = await qrSvg("https://track.shiplane.cn/t/SF1234567890123", 20);
    expect(svg).toMatch(/^<svg role="img" aria-label="QR https:\/\/track\.shiplane\.cn\/t\/SF1234567890123" width="[\d.]+mm" height="[\d.]+mm"/);
  });

  it("builds all three symbols for every sample label", async () => {
    for (const label of SAMPLE_LABELS) {
      const svgs = await buildLabelSvgs(label);
      expect(svgs.mainBarcodeSvg).toContain(label.trackingNumber);
      expect(svgs.stubBarcodeSvg).toContain('height="');
      expect(svgs.qrSvg).toContain("<path");
    }
  });

  it("escapes markup in text it embeds", () => {
    expect(code128Svg("A<B&C", { maxWidthMm: 90, barHeightMm: 10, maxDots: 2 })).toContain("A&#60;B&#38;C");
  });
});
