#!/usr/bin/env node
// npm run bench — every benchmark under bench/, on the PostgreSQL server in DATABASE_URL (default: local test db).
import { spawnSync } from "node:child_process";

const env = { ...process.env, DATABASE_URL: process.env.DATABASE_URL ?? "postgresql://root@127.0.0.1:5432/test", SHIPLANE_LOG_LEVEL: "warn" };
const runs = [
  ["bench/push-ingestion.bench.ts", "5500"],
  ["bench/ship-throughput.bench.ts", "600", "8"],
  ["bench/labels-batch.bench.ts", "500"],
];
let failed = 0;
for (const [file, ...args] of runs) {
  console.log(`\n▸ ${file} ${args.join(" ")}`);
  const r = spawnSync(process.execPath, ["--conditions=react-server", "--import", "tsx", file, ...args], { stdio: "inherit", env });
  if (r.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
