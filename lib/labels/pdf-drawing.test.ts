import PDFDocument from "pdfkit";
import { beforeAll, describe, expect, it } from "vitest";
import { loadLabelFonts } from "./label-fonts";
import { FONT_BOLD, FONT_REGULAR, textWidthMm, wrapText } from "./pdf-drawing";

let doc: PDFKit.PDFDocument;

beforeAll(async () => {
  const fonts = await loadLabelFonts();
  doc = new PDFDocument({ autoFirstPage: false });
  doc.registerFont(FONT_REGULAR, fonts.regular);
  doc.registerFont(FONT_BOLD, fonts.bold);
});

describe("wrapText", () => {
  it("breaks Chinese between ideographs and keeps every line within the width", () => {
    const text = "广东省 深圳市 南山区 粤海街道科技园南区高新南七道深圳湾创业投资大厦18楼1806室";
    const lines = wrapText(doc, text, FONT_BOLD, 12, 40);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(textWidthMm(doc, line, FONT_BOLD, 12)).toBeLessThanOrEqual(40);
    expect(lines.join("").replace(/\s/g, "")).toBe(text.replace(/\s/g, ""));
  });

  it("keeps phone numbers and room codes whole", () => {
    const lines = wrapText(doc, "联系人电话138****5678请在工作日送达", FONT_REGULAR, 10, 30);
    expect(lines.some((line) => line.includes("138****5678"))).toBe(true);
  });

  it("never starts a line with closing punctuation or ends one with an opening bracket", () => {
    for (let width = 18; width <= 40; width += 0.5) {
      const lines = wrapText(doc, "纯棉连衣裙×1，真丝围巾×2，羊毛衫（大码）×3。", FONT_REGULAR, 8, width);
      for (const line of lines.slice(1)) expect(line[0], `width ${width}: ${lines.join(" | ")}`).not.toMatch(/[，。）]/);
      for (const line of lines) expect(line.at(-1), `width ${width}`).not.toBe("（");
    }
  });

  it("splits a run longer than the line as a last resort", () => {
    const lines = wrapText(doc, "A".repeat(80), FONT_REGULAR, 10, 20);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join("")).toBe("A".repeat(80));
  });
});
