// npm start — the zero-setup path: embedded PostgreSQL (PGlite) under .data/ unless DATABASE_URL is set,
// migrations, demo data on an empty database, a build when sources changed, then `next start` on PORT.
import { spawn, spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { authSecret, ConfigError, loadConfig, shiplanePushSecrets } from "@/lib/server/config";
import { applyMigrations, readMigrations } from "@/lib/server/db/migrations";
import { openDatabase } from "@/lib/server/db/open-database";
import { DEFAULT_DEMO_API_KEY, DEMO_USERS, seedAccess } from "@/lib/server/seed/seed-access";
import { seedDemoOrders } from "@/lib/server/seed/seed-demo-orders";
import { buildFingerprint, needsBuild } from "./build-fingerprint";

const root = process.cwd();
const nextBin = join(root, "node_modules", "next", "dist", "bin", "next");

async function prepareDatabase(c: ReturnType<typeof loadConfig>) {
  const database = openDatabase(c.databaseUrl ? { kind: "postgres", url: c.databaseUrl } : { kind: "pglite", dir: c.pgliteDir });
  try {
    const report = await applyMigrations(database.sql, readMigrations(join(root, "prisma", "migrations")));
    console.log(`▸ database: ${database.kind === "pglite" ? `embedded PGlite at ${c.pgliteDir}` : "PostgreSQL (DATABASE_URL)"}; ${report.applied.length} migration(s) applied`);
    if ((await database.prisma.user.count()) === 0) {
      console.log("▸ empty database: loading demo data …");
      await seedAccess(database.prisma, { password: c.seedPassword, apiKey: c.seedApiKey });
      const n = await seedDemoOrders(database, { count: Number(process.env.SEED_ORDERS ?? 600), seed: 20261122, now: new Date() });
      console.log(`▸ demo data: ${DEMO_USERS.length} users, ${n} orders`);
    }
  } finally {
    await database.close();
  }
}

function buildIfNeeded() {
  if (!needsBuild(root)) return;
  console.log("▸ building the app (first start or sources changed) …");
  const fingerprint = buildFingerprint(root);
  const r = spawnSync(process.execPath, [nextBin, "build"], { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  if (r.status !== 0) {
    console.error("build failed");
    process.exit(r.status ?? 1);
  }
  writeFileSync(join(root, ".next", "shiplane-build-fingerprint"), fingerprint);
}

async function main() {
  const c = loadConfig();
  const secret = authSecret();
  // Generated now rather than on the first push, so integrators (and tests) can read it from the data folder.
  shiplanePushSecrets();
  await prepareDatabase(c);
  buildIfNeeded();
  const env = { ...process.env, AUTH_SECRET: secret, NEXTAUTH_SECRET: secret, NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? c.publicBaseUrl, NEXT_TELEMETRY_DISABLED: "1" };
  // Longer than typical proxy idle timeouts, so a reused keep-alive connection is never reset mid-request.
  const server = spawn(process.execPath, [nextBin, "start", "-p", String(c.port), "--keepAliveTimeout", "65000"], { stdio: "inherit", env });
  console.log(`\n▸ Shiplane on http://localhost:${c.port}`);
  console.log(`▸ demo sign-ins (password: ${process.env.SEED_PASSWORD ? "$SEED_PASSWORD" : c.seedPassword}):`);
  for (const u of DEMO_USERS) console.log(`    ${u.role.padEnd(9)} ${u.email}`);
  console.log(`▸ demo API key: ${process.env.SHIPLANE_API_KEY ? "$SHIPLANE_API_KEY" : DEFAULT_DEMO_API_KEY}  (API docs: /api/openapi.json)\n`);
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
  server.on("exit", (code) => process.exit(code ?? 0));
}

main().catch((error) => {
  console.error(error instanceof ConfigError ? error.message : `start failed: ${(error as Error).stack ?? error}`);
  process.exit(1);
});
