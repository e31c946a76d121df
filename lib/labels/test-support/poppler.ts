// Test helpers that inspect label PDFs the way a printer and a scanner would: poppler rasterises pages
// at printer resolutions, zbar decodes the symbols. Used only by tests and benchmarks.
import { execFile, spawnSync } from "node:child_process";
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

export const REQUIRED_TOOLS = ["pdftoppm", "pdfinfo", "pdffonts", "pdftotext", "zbarimg"] as const;

export function missingTools(tools: readonly string[] = REQUIRED_TOOLS): string[] {
  return tools.filter((tool) => spawnSync("sh", ["-c", `command -v ${tool}`]).status !== 0);
}

export async function writePdf(dir: string, pdf: Buffer, name = "labels.pdf"): Promise<string> {
  const file = path.join(dir, name);
  await writeFile(file, pdf);
  return file;
}

/** Page sizes in points as pdfinfo reports them, one entry per page. */
export async function pageSizesPt(pdfFile: string): Promise<{ width: number; height: number }[]> {
  const { stdout: info } = await run("pdfinfo", [pdfFile]);
  const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? 0);
  const { stdout } = await run("pdfinfo", ["-f", "1", "-l", String(pages), pdfFile], { maxBuffer: 16 << 20 });
  return [...stdout.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/gm)].map((m) => ({
    width: Number(m[1]),
    height: Number(m[2]),
  }));
}

export async function pageCount(pdfFile: string): Promise<number> {
  const { stdout } = await run("pdfinfo", [pdfFile]);
  return Number(/^Pages:\s+(\d+)/m.exec(stdout)?.[1] ?? 0);
}

export interface PdfFontRow {
  name: string;
  type: string;
  embedded: boolean;
  subset: boolean;
}

export async function pdfFonts(pdfFile: string): Promise<PdfFontRow[]> {
  const { stdout } = await run("pdffonts", [pdfFile]);
  return stdout
    .split("\n")
    .slice(2)
    .filter((line) => line.trim())
    .map((line) => {
      // Columns: name, type (may contain spaces), encoding, emb, sub, uni, object ID.
      const match = /^(\S+)\s+(.+?)\s+(\S+)\s+(yes|no)\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+$/.exec(line.trim());
      if (!match) throw new Error(`Unexpected pdffonts line: ${line}`);
      return { name: match[1], type: match[2], embedded: match[4] === "yes", subset: match[5] === "yes" };
    });
}

export async function pageText(pdfFile: string, page: number): Promise<string> {
  const { stdout } = await run("pdftotext", ["-f", String(page), "-l", String(page), "-enc", "UTF-8", pdfFile, "-"]);
  return stdout;
}

/** Renders one page (optionally a crop given in mm from the top-left corner) to PNG at dpi. */
export async function renderPagePng(
  pdfFile: string,
  page: number,
  dpi: number,
  crop?: { xMm: number; yMm: number; widthMm: number; heightMm: number },
): Promise<string> {
  const base = `${pdfFile}-p${page}-${dpi}${crop ? `-${crop.yMm.toFixed(1)}` : ""}`;
  const px = (mm: number) => String(Math.round((mm / 25.4) * dpi));
  const cropArgs = crop ? ["-x", px(crop.xMm), "-y", px(crop.yMm), "-W", px(crop.widthMm), "-H", px(crop.heightMm)] : [];
  await run("pdftoppm", ["-r", String(dpi), "-f", String(page), "-l", String(page), ...cropArgs, "-png", "-singlefile", pdfFile, base]);
  return `${base}.png`;
}

/** Decoded payloads of one symbology, via `zbarimg --raw -q` with every other symbology disabled. */
export async function decodeSymbols(pngFile: string, symbology: "code128" | "qrcode"): Promise<string[]> {
  try {
    const { stdout } = await run("zbarimg", ["--raw", "-q", "-Sdisable", `-S${symbology}.enable`, pngFile]);
    return stdout.split("\n").filter((line) => line.length > 0);
  } catch (error) {
    // zbarimg exits 4 when it finds no symbol: that is a result, not a failure of the tool.
    if ((error as { code?: number }).code === 4) return [];
    throw error;
  }
}
