// Browser-printable e-waybills: each label is one page at its physical size, for the print dialog of a
// desktop thermal printer. Server-compatible and pure; build props with buildPrintableLabels().
import { LABEL_SIZES_MM, type LabelSize } from "@/lib/labels/label-data";
import type { PrintableLabel } from "@/lib/labels/label-svgs";
import { LabelSheet } from "./label-sheet";

export interface LabelPrintViewProps {
  labels: PrintableLabel[];
}

export function LabelPrintView({ labels }: LabelPrintViewProps) {
  const sizes = [...new Set(labels.map((label) => label.data.size))];
  return (
    <div className="sl-root">
      <style dangerouslySetInnerHTML={{ __html: labelPrintCss(sizes) }} />
      {labels.map((label, index) => (
        <LabelSheet key={`${label.data.trackingNumber}-${index}`} label={label} />
      ))}
    </div>
  );
}

/**
 * Print CSS. The unnamed @page takes the first label's size (what most print dialogs preselect); named
 * pages let a mixed batch switch size per label where the browser supports CSS named pages.
 */
export function labelPrintCss(sizes: LabelSize[]): string {
  const first = LABEL_SIZES_MM[sizes[0] ?? "100x150"];
  const pages = sizes
    .map((size) => {
      const { widthMm, heightMm } = LABEL_SIZES_MM[size];
      return `@page sl-${size} { size: ${widthMm}mm ${heightMm}mm; margin: 0; }\n.sl-size-${size} { page: sl-${size}; }`;
    })
    .join("\n");
  return `
@page { size: ${first.widthMm}mm ${first.heightMm}mm; margin: 0; }
${pages}
.sl-root {
  font-family: "Noto Sans SC", "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", "Hiragino Sans GB", sans-serif;
  color: #000;
  line-height: 1.22;
  /* Browsers drop backgrounds when printing unless told otherwise; the cold-chain marker is black. */
  -webkit-print-color-adjust: exact;
  print-color-adjust: exact;
}
.sl-label { position: relative; overflow: hidden; background: #fff; box-sizing: border-box; break-after: page; page-break-after: always; break-inside: avoid; }
.sl-label:last-child { break-after: auto; page-break-after: auto; }
.sl-label *, .sl-label *::before, .sl-label *::after { box-sizing: border-box; }
.sl-frame { position: absolute; border: 0.42mm solid #000; pointer-events: none; }
.sl-zone { position: absolute; display: flex; overflow: hidden; }
.sl-rule { border-top: 0.28mm solid #000; }
.sl-bold { font-weight: 700; }
.sl-nowrap { white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.sl-clamp-2 { display: -webkit-box; -webkit-line-clamp: 2; -webkit-box-orient: vertical; overflow: hidden; }
.sl-svg { line-height: 0; }
.sl-svg svg { display: block; }

.sl-header { align-items: center; gap: 1.5mm; padding: 0 1.5mm; }
.sl-carrier { flex: 1; min-width: 0; white-space: nowrap; overflow: hidden; line-height: 1.15; }
.sl-cold-chain { background: #000; color: #fff; padding: 0.6mm 1.4mm; align-self: center; }
.sl-meta { text-align: right; white-space: nowrap; line-height: 1.3; }

.sl-sort { align-items: stretch; }
.sl-sort-code { flex: 1; display: flex; align-items: center; justify-content: center; white-space: nowrap; line-height: 1; }
.sl-parcel { border-left: 0.28mm solid #000; display: flex; flex-direction: column; align-items: center; justify-content: center; line-height: 1.2; }

.sl-barcode { flex-direction: column; align-items: center; justify-content: space-between; padding: 1.6mm 0 0.6mm; }
.sl-number { letter-spacing: 0.2mm; white-space: nowrap; line-height: 1.1; }

.sl-party { align-items: stretch; }
.sl-party-tag { border-right: 0.28mm solid #000; display: flex; align-items: center; justify-content: center; flex: none; }
.sl-party-body { flex: 1; min-width: 0; padding: 0.8mm 1.5mm; display: flex; flex-direction: column; gap: 0.6mm; overflow: hidden; }
.sl-recipient .sl-party-body { font-weight: 700; }
.sl-address { overflow-wrap: anywhere; line-break: strict; }

.sl-details { align-items: stretch; }
.sl-details-text { flex: 1; min-width: 0; padding: 1mm 1.5mm 0; display: flex; flex-direction: column; gap: 0.5mm; }
.sl-details-text .sl-clamp-2 { flex: 1; }
.sl-signature { display: flex; border-top: 0.18mm solid #000; margin: 0 -1.5mm; padding: 0.8mm 1.5mm 1mm; }
.sl-signature span { flex: 1; }
.sl-qr { border-left: 0.28mm solid #000; display: flex; flex-direction: column; align-items: center; justify-content: space-between; padding: 0.3mm 0 0.6mm; flex: none; }

.sl-stub { flex-direction: column; border-top: 0.35mm dashed #000; padding: 1.8mm 1.5mm 0.6mm; gap: 0.8mm; }
.sl-stub-top { display: flex; justify-content: space-between; align-items: flex-start; }
.sl-stub-barcode { display: flex; flex-direction: column; align-items: center; margin-left: -1.5mm; }
.sl-stub-side { text-align: right; line-height: 1.35; white-space: nowrap; }
.sl-stub-rows { display: flex; flex-direction: column; line-height: 1.22; min-height: 0; overflow: hidden; }
.sl-stub-rows > * { flex: none; }

@media screen {
  .sl-root { background: #e5e7eb; padding: 4mm 0; }
  .sl-label { margin: 0 auto 4mm; box-shadow: 0 1px 4px rgb(0 0 0 / 0.25); }
}
@media print {
  html, body { margin: 0 !important; padding: 0 !important; background: #fff !important; }
  /* Only the labels reach the printer: app chrome around the view is removed, and the view's ancestors
     lose spacing. Labels stay in normal flow because named @page sizes apply only to in-flow boxes. */
  body *:not(:has(.sl-root)):not(.sl-root):not(.sl-root *) { display: none !important; }
  :has(.sl-root) { margin: 0 !important; padding: 0 !important; border: 0 !important; box-shadow: none !important;
    position: static !important; overflow: visible !important; height: auto !important; min-height: 0 !important;
    width: auto !important; display: block !important; background: #fff !important; }
  .sl-root { padding: 0; background: #fff; }
  .sl-label { margin: 0; box-shadow: none; }
}
`;
}
