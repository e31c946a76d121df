// End-to-end checks of label PDFs with the tools a print shop would trust: page sizes from pdfinfo,
// embedded fonts from pdffonts, text from pdftotext, and barcodes rasterised at thermal-printer (203 dpi)
// and office (300 dpi) resolutions, then decoded by zbar.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LABEL_SIZES_MM, mmToPoints, type LabelData } from "./label-data";
import { labelLayout } from "./label-layout";
import { renderLabelsPdf, streamLabelsPdf } from "./render-label-pdf";
import { SAMPLE_LABELS, sampleBatch } from "./sample-labels";
import {
  decodeSymbols,
  missingTools,
  pageCount,
  pageSizesPt,
  pageText,
  pdfFonts,
  renderPagePng,
  writePdf,
} from "./test-support/poppler";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";

const missing = missingTools();
if (missing.length > 0) {
  console.warn(`[labels] skipping PDF rasterise/decode tests: missing ${missing.join(", ")} (apt-get install poppler-utils zbar-tools)`);
}
const describeWithTools = missing.length === 0 ? describe : describe.skip;

describe("renderLabelsPdf (no external tools)", () => {
  it("produces one PDF document for a batch", async () => {
    const pdf = await renderLabelsPdf(SAMPLE_LABELS);
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    expect(pdf.subarray(-6).toString()).toContain("%%EOF");
    // One /Type /Page object per label (the /Pages tree node does not match the trailing-space pattern).
    expect(pdf.toString("latin1").match(/\/Type \/Page\b(?!s)/g)).toHaveLength(SAMPLE_LABELS.length);
  });

  it("streams the same document", async () => {
    const stream = await streamLabelsPdf(SAMPLE_LABELS.slice(0, 2));
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    expect(Buffer.concat(chunks).subarray(0, 5).toString()).toBe("%PDF-");
  });

  it("rejects an empty batch", async () => {
    await expect(renderLabelsPdf([])).rejects.toThrow(/no labels/);
  });
});

describeWithTools("label PDF as printed and scanned", () => {
  let dir: string;
  let pdfFile: string;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), "shiplane-labels-"));
    pdfFile = await writePdf(dir, await renderLabelsPdf(SAMPLE_LABELS));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("has one page per label at the exact physical size in points", async () => {
    const sizes = await pageSizesPt(pdfFile);
    expect(sizes).toHaveLength(SAMPLE_LABELS.length);
    SAMPLE_LABELS.forEach((label, index) => {
      const { widthMm, heightMm } = LABEL_SIZES_MM[label.size];
      expect(sizes[index].width).toBeCloseTo(mmToPoints(widthMm), 1);
      expect(sizes[index].height).toBeCloseTo(mmToPoints(heightMm), 1);
    });
    expect(sizes.map((s) => `${s.width}x${s.height}`)).toEqual([
      "283.465x425.197", // 100×150
      "215.433x368.504", // 76×130
      "283.465x510.236", // 100×180
      "283.465x425.197",
      "283.465x510.236",
    ]);
  });

  it("embeds only subsets of the CJK font", async () => {
    const fonts = await pdfFonts(pdfFile);
    expect(fonts.length).toBeGreaterThan(0);
    for (const font of fonts) {
      expect(font.embedded, font.name).toBe(true);
      expect(font.subset, font.name).toBe(true);
      expect(font.name).toMatch(/^[A-Z]{6}\+NotoSansHans-(Regular|Bold)$/);
    }
  });

  it("keeps Chinese text extractable (ToUnicode maps present)", async () => {
    const text = await pageText(pdfFile, 1);
    expect(text).toContain("欧阳娜娜");
    expect(text).toContain("深圳湾创业投资大厦");
    expect(text).toContain("顺丰速运");
    expect(text).toContain("755W-010-021A");
    expect(await pageText(pdfFile, 3)).toContain("冷链");
  });

  for (const dpi of [203, 300]) {
    it.each(SAMPLE_LABELS.map((label, index) => [label.trackingNumber, label.size, index] as const))(
      `at ${dpi} dpi the Code 128 decodes to exactly %s (%s) and the QR to the tracking URL`,
      async (trackingNumber, _size, index) => {
        const label = SAMPLE_LABELS[index];
        const png = await renderPagePng(pdfFile, index + 1, dpi);
        const codes = await decodeSymbols(png, "code128");
        expect(codes.length).toBeGreaterThan(0);
        expect(new Set(codes)).toEqual(new Set([trackingNumber]));
        expect(await decodeSymbols(png, "qrcode")).toEqual([label.trackingUrl]);
      },
    );
  }

  it.each(SAMPLE_LABELS.map((label, index) => [label.trackingNumber, index] as const))(
    "main barcode and stub barcode of %s each decode on their own at 203 dpi",
    async (trackingNumber, index) => {
      const { zones, widthMm } = labelLayout(SAMPLE_LABELS[index].size);
      const crop = (zone: { y: number; height: number }) => ({ xMm: 0, yMm: zone.y, widthMm, heightMm: zone.height });
      const main = await renderPagePng(pdfFile, index + 1, 203, crop(zones.barcode));
      const stub = await renderPagePng(pdfFile, index + 1, 203, crop(zones.stub));
      expect(await decodeSymbols(main, "code128")).toEqual([trackingNumber]);
      expect(await decodeSymbols(stub, "code128")).toEqual([trackingNumber]);
    },
  );

  it("renders a 100-label batch as 100 pages whose barcodes stay distinct", async () => {
    const batch = sampleBatch(100);
    const started = performance.now();
    const batchFile = await writePdf(dir, await renderLabelsPdf(batch), "batch.pdf");
    const elapsed = performance.now() - started;
    expect(await pageCount(batchFile)).toBe(100);
    expect(elapsed).toBeLessThan(20_000);
    for (const index of [0, 57, 99]) {
      const png = await renderPagePng(batchFile, index + 1, 203);
      expect(new Set(await decodeSymbols(png, "code128"))).toEqual(new Set([batch[index].trackingNumber]));
    }
  });

  it("keeps overflowing content on its own page (long address, many items, long codes)", async () => {
    const longAddress = "伊犁哈萨克自治州霍尔果斯经济开发区兵团分区北京路与深圳路交叉口东南角国际贸易商城A座地下二层B2-1173号商铺".repeat(3);
    const stress: LabelData[] = (["76x130", "100x150", "100x180"] as const).map((size) => ({
      ...SAMPLE_LABELS[0],
      size,
      sortCode: "200-K05-021-A88-XL-9999",
      carrier: { code: "ems", nameZh: "中国邮政速递物流股份有限公司", nameEn: "China Post Express & Logistics Co." },
      recipient: { ...SAMPLE_LABELS[0].recipient, name: "爱新觉罗·玄烨", address: longAddress },
      items: Array.from({ length: 12 }, (_, i) => ({ name: `规格型号XL-${i} 超长商品名称`, quantity: i + 1 })),
      coldChain: true,
      parcelIndex: 12,
      parcelCount: 15,
    }));
    const file = await writePdf(dir, await renderLabelsPdf(stress), "stress.pdf");
    expect(await pageCount(file)).toBe(stress.length);
    for (let page = 1; page <= stress.length; page++) {
      const png = await renderPagePng(file, page, 203);
      expect(await decodeSymbols(png, "code128")).toContain(SAMPLE_LABELS[0].trackingNumber);
    }
  });
});
