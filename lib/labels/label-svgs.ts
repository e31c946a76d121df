// Server-side SVG markup for the HTML print view, so the React component stays a pure function of props.
// Barcodes use the same bwip-js encoding and whole-dot module widths as the PDF, sized in millimetres so
// the browser prints them at exactly the PDF's physical size.
import QRCode from "qrcode";
import type { LabelData } from "./label-data";
import { labelLayout } from "./label-layout";
import {
  CODE128_QUIET_MODULES,
  PRINTER_DOT_MM,
  QR_QUIET_MODULES,
  chooseModuleDots,
  chooseQrModuleDots,
  encodeCode128,
  encodeQr,
} from "./label-symbols";

export interface LabelSvgs {
  /** Main Code 128 of the tracking number, quiet zones included. */
  mainBarcodeSvg: string;
  /** Smaller Code 128 for the tear-off stub. */
  stubBarcodeSvg: string;
  /** QR code linking to the tracking page, quiet zone included. */
  qrSvg: string;
}

export interface PrintableLabel {
  data: LabelData;
  svgs: LabelSvgs;
}

const fmt = (mm: number) => Number(mm.toFixed(3));

/** Code 128 as SVG; the viewBox is in modules so each module is exactly moduleDots printer dots wide. */
export function code128Svg(text: string, opts: { maxWidthMm: number; barHeightMm: number; maxDots: number }): string {
  const symbol = encodeCode128(text);
  const dots = chooseModuleDots(symbol.modules, opts.maxWidthMm, { maxDots: opts.maxDots });
  const moduleMm = dots * PRINTER_DOT_MM;
  const totalModules = symbol.modules + 2 * CODE128_QUIET_MODULES;
  const heightModules = opts.barHeightMm / moduleMm;
  const path = symbol.bars
    .map((bar) => `M${bar.x + CODE128_QUIET_MODULES} 0h${bar.width}v${fmt(heightModules)}h-${bar.width}z`)
    .join("");
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="Code 128 ${escapeXml(text)}" ` +
    `width="${fmt(totalModules * moduleMm)}mm" height="${fmt(opts.barHeightMm)}mm" ` +
    `viewBox="0 0 ${totalModules} ${fmt(heightModules)}" preserveAspectRatio="none" shape-rendering="crispEdges">` +
    `<path fill="#000" d="${path}"/></svg>`
  );
}

/** QR code SVG from the qrcode library, given an explicit physical size on whole printer dots. */
export async function qrSvg(url: string, boxMm: number): Promise<string> {
  const { size } = encodeQr(url);
  const sideMm = (size + 2 * QR_QUIET_MODULES) * chooseQrModuleDots(size, boxMm) * PRINTER_DOT_MM;
  const svg = await QRCode.toString(url, { type: "svg", errorCorrectionLevel: "M", margin: QR_QUIET_MODULES });
  return svg
    .trim()
    .replace("<svg ", `<svg role="img" aria-label="QR ${escapeXml(url)}" width="${fmt(sideMm)}mm" height="${fmt(sideMm)}mm" `);
}

export async function buildLabelSvgs(label: LabelData): Promise<LabelSvgs> {
  const layout = labelLayout(label.size);
  const qrBox = Math.min(layout.qrBoxMm, layout.zones.details.height - 3.5);
  return {
    mainBarcodeSvg: code128Svg(label.trackingNumber, {
      maxWidthMm: layout.zones.barcode.width,
      barHeightMm: layout.mainBarcode.barHeightMm,
      maxDots: layout.mainBarcode.maxModuleDots,
    }),
    stubBarcodeSvg: code128Svg(label.trackingNumber, {
      maxWidthMm: layout.zones.stub.width * 0.62,
      barHeightMm: layout.stubBarcode.barHeightMm,
      maxDots: 2,
    }),
    qrSvg: await qrSvg(label.trackingUrl, qrBox),
  };
}

export function buildPrintableLabels(labels: LabelData[]): Promise<PrintableLabel[]> {
  return Promise.all(labels.map(async (data) => ({ data, svgs: await buildLabelSvgs(data) })));
}

function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
