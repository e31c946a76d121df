import { generateDemoOrdersStream } from "@/lib/demo";
const fake = (carrier: string, random: () => number) => carrier.toUpperCase() + String(Math.floor(random() * 1e12)).padStart(12, "0");
const t0 = performance.now();
let n = 0, cps = 0, parcels = 0, two = 0;
for (const o of generateDemoOrdersStream({ count: 100_000, seed: 7, now: new Date("2025-06-01T04:00:00Z"), issueTrackingNumber: fake })) {
  n++; parcels += o.parcels.length; if (o.parcels.filter(p => p.direction === "outbound").length === 2) two++;
  for (const p of o.parcels) cps += p.checkpoints.length;
}
console.log("100k ms", (performance.now() - t0).toFixed(0), { n, parcels, cps, two });
