// The HTML print view rendered on the server, and (where Chromium is installed) printed to PDF by a real
// browser, then checked like the pdfkit output: page size per label and barcodes that scan at 203 dpi.
import { execFile, spawnSync } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { mmToPoints, LABEL_SIZES_MM } from "@/lib/labels/label-data";
import { buildPrintableLabels } from "@/lib/labels/label-svgs";
import { SAMPLE_LABELS } from "@/lib/labels/sample-labels";
import { decodeSymbols, missingTools, pageSizesPt, renderPagePng } from "@/lib/labels/test-support/poppler";
import { LabelPrintView, labelPrintCss } from "./label-print-view";

const run = promisify(execFile);

async function renderHtml(): Promise<string> {
  const labels = await buildPrintableLabels(SAMPLE_LABELS);
  return renderToStaticMarkup(createElement(LabelPrintView, { labels }));
}

describe("LabelPrintView markup", () => {
  it("renders one page-sized section per label with its barcode, QR and Chinese text", async () => {
    const html = await renderHtml();
    expect(html.match(/<section class="sl-label/g)).toHaveLength(SAMPLE_LABELS.length);
    expect(html).toContain('class="sl-label sl-size-76x130" style="width:76mm;height:130mm"');
    expect(html).toContain("欧阳娜娜");
    expect(html).toContain("755W-010-021A");
    expect(html).toContain("冷链");
    expect(html.match(/aria-label="Code 128 /g)).toHaveLength(SAMPLE_LABELS.length * 2);
    expect(html.match(/aria-label="QR /g)).toHaveLength(SAMPLE_LABELS.length);
  });

  it("declares an exact-size, marginless @page per label size", () => {
    const css = labelPrintCss(["100x150", "76x130", "100x180"]);
    expect(css).toContain("@page { size: 100mm 150mm; margin: 0; }");
    expect(css).toContain("@page sl-76x130 { size: 76mm 130mm; margin: 0; }");
    expect(css).toContain(".sl-size-100x180 { page: sl-100x180; }");
    expect(css).toMatch(/break-after: page/);
  });
});

const chromium = ["chromium", "chromium-browser", "google-chrome"].find(
  (name) => spawnSync("sh", ["-c", `command -v ${name}`]).status === 0,
);
const missing = [...missingTools(), ...(chromium ? [] : ["chromium"])];
if (missing.length > 0) console.warn(`[labels] skipping browser print test: missing ${missing.join(", ")}`);

describe.skipIf(missing.length > 0)("LabelPrintView printed by Chromium", () => {
  it("prints each label on its own page at its size, with scannable barcodes, even inside app chrome", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "shiplane-print-"));
    try {
      // App chrome around the view (nav, sidebar, padding) must not reach the printed pages.
      const page = `<!doctype html><html><head><meta charset="utf-8"></head><body style="margin:8px">
        <header style="height:60px">Shiplane</header><div style="display:flex"><aside style="width:200px">nav</aside>
        <main style="padding:24px"><h1>打印面单</h1>${await renderHtml()}</main></div></body></html>`;
      const htmlFile = path.join(dir, "labels.html");
      const pdfFile = path.join(dir, "labels.pdf");
      await writeFile(htmlFile, page);
      await run(
        chromium!,
        ["--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer", `--print-to-pdf=${pdfFile}`, `file://${htmlFile}`],
        { timeout: 90_000 },
      );

      const sizes = await pageSizesPt(pdfFile);
      expect(sizes).toHaveLength(SAMPLE_LABELS.length);
      SAMPLE_LABELS.forEach((label, index) => {
        const { widthMm, heightMm } = LABEL_SIZES_MM[label.size];
        // Chromium rounds page sizes to CSS pixels: allow 1 pt (0.35 mm).
        expect(Math.abs(sizes[index].width - mmToPoints(widthMm))).toBeLessThan(1);
        expect(Math.abs(sizes[index].height - mmToPoints(heightMm))).toBeLessThan(1);
      });
      for (const [index, label] of SAMPLE_LABELS.entries()) {
        const png = await renderPagePng(pdfFile, index + 1, 203);
        expect(new Set(await decodeSymbols(png, "code128"))).toEqual(new Set([label.trackingNumber]));
        expect(await decodeSymbols(png, "qrcode")).toEqual([label.trackingUrl]);
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
