// Printable e-waybill PDFs: one page per label at the label's physical size, all labels of a batch in
// one document so the printer gets a single job and the CJK font subset is embedded once.
import { PassThrough, type Readable } from "node:stream";
import PDFDocument from "pdfkit";
import { LABEL_SIZES_MM, mmToPoints, type LabelData } from "./label-data";
import { drawLabelPage } from "./draw-label-page";
import { loadLabelFonts } from "./label-fonts";
import { FONT_BOLD, FONT_REGULAR } from "./pdf-drawing";

export interface RenderLabelsOptions {
  /** PDF document title (shown by viewers and print spoolers). */
  title?: string;
  /** Labels drawn between yields to the event loop, so a 500-label batch does not stall other requests. */
  yieldEvery?: number;
}

export async function renderLabelsPdf(labels: LabelData[], opts: RenderLabelsOptions = {}): Promise<Buffer> {
  const stream = await streamLabelsPdf(labels, opts);
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/**
 * The same PDF as a stream, for HTTP responses: bytes flow to the client while later pages are still
 * being drawn. Rendering errors destroy the stream with the error.
 */
export async function streamLabelsPdf(labels: LabelData[], opts: RenderLabelsOptions = {}): Promise<Readable> {
  if (labels.length === 0) throw new Error("renderLabelsPdf: no labels to render");
  const fonts = await loadLabelFonts();
  const doc = new PDFDocument({
    autoFirstPage: false,
    margin: 0,
    compress: true,
    info: { Title: opts.title ?? `Shipping labels (${labels.length})`, Producer: "Shiplane", Creator: "Shiplane" },
  });
  doc.registerFont(FONT_REGULAR, fonts.regular);
  doc.registerFont(FONT_BOLD, fonts.bold);

  const output = new PassThrough();
  doc.on("error", (error: Error) => output.destroy(error));
  doc.pipe(output);
  void drawAllPages(doc, labels, opts.yieldEvery ?? 25).catch((error: unknown) => {
    output.destroy(error instanceof Error ? error : new Error(String(error)));
  });
  return output;
}

async function drawAllPages(doc: PDFKit.PDFDocument, labels: LabelData[], yieldEvery: number): Promise<void> {
  for (let index = 0; index < labels.length; index++) {
    const label = labels[index];
    const size = LABEL_SIZES_MM[label.size];
    if (!size) throw new Error(`Label ${label.trackingNumber}: unknown size ${String(label.size)}`);
    doc.addPage({ size: [mmToPoints(size.widthMm), mmToPoints(size.heightMm)], margin: 0 });
    try {
      drawLabelPage(doc, label);
    } catch (error) {
      throw new Error(`Label ${label.trackingNumber}: ${error instanceof Error ? error.message : String(error)}`, {
        cause: error,
      });
    }
    if ((index + 1) % yieldEvery === 0) await new Promise((resolve) => setImmediate(resolve));
  }
  doc.end();
}
