// Batch label rendering benchmark: how long a warehouse waits for a 500-label print job and how much
// memory the server needs for it. Run: npx tsx bench/labels-batch.bench.ts [count] [--out file.pdf]
import { writeFile } from "node:fs/promises";
import { renderLabelsPdf } from "../lib/labels/render-label-pdf";
import { loadLabelFonts } from "../lib/labels/label-fonts";
import { sampleBatch } from "../lib/labels/sample-labels";

const args = process.argv.slice(2);
const outIndex = args.indexOf("--out");
const outFile = outIndex >= 0 ? args[outIndex + 1] : undefined;
const count = Number(args.find((arg, i) => /^\d+$/.test(arg) && i !== outIndex + 1) ?? 500);

const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
let peakRss = process.memoryUsage().rss;
const sampler = setInterval(() => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
}, 20);

const rssBefore = process.memoryUsage().rss;
const fontStart = performance.now();
await loadLabelFonts();
const fontMs = performance.now() - fontStart;

const labels = sampleBatch(count);
const runs: { ms: number; bytes: number }[] = [];
let pdf: Buffer = Buffer.alloc(0);
// First run includes fontkit parsing and JIT warm-up, which every cold server process pays once.
for (let i = 0; i < 2; i++) {
  const start = performance.now();
  pdf = await renderLabelsPdf(labels);
  runs.push({ ms: performance.now() - start, bytes: pdf.length });
}
clearInterval(sampler);
peakRss = Math.max(peakRss, process.memoryUsage().rss, process.resourceUsage().maxRSS * 1024);

if (outFile) await writeFile(outFile, pdf);
const [cold, warm] = runs;
console.log(`labels:            ${count}`);
console.log(`font load:         ${fontMs.toFixed(0)} ms (once per process)`);
console.log(`build time (cold): ${cold.ms.toFixed(0)} ms  (${((count / cold.ms) * 1000).toFixed(0)} labels/s)`);
console.log(`build time (warm): ${warm.ms.toFixed(0)} ms  (${((count / warm.ms) * 1000).toFixed(0)} labels/s)`);
console.log(`pdf size:          ${mb(warm.bytes)} MB (${(warm.bytes / count / 1024).toFixed(1)} KB/label)`);
console.log(`rss before:        ${mb(rssBefore)} MB`);
console.log(`peak rss:          ${mb(peakRss)} MB`);
if (outFile) console.log(`written:           ${outFile}`);
