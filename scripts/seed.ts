// npm run seed [-- --orders N] — demo users, API key and N demo orders (default 600) into DATABASE_URL or PGlite.
import { join } from "node:path";
import { parseArgs } from "node:util";
import { ConfigError, loadConfig } from "@/lib/server/config";
import { applyMigrations, readMigrations } from "@/lib/server/db/migrations";
import { openDatabase } from "@/lib/server/db/open-database";
import { seedAccess } from "@/lib/server/seed/seed-access";
import { seedDemoOrders } from "@/lib/server/seed/seed-demo-orders";

async function main() {
  const { values } = parseArgs({ options: { orders: { type: "string", default: "600" }, seed: { type: "string", default: String(Date.now() % 1_000_000) } } });
  const count = Number(values.orders);
  if (!Number.isInteger(count) || count < 0) throw new ConfigError("--orders must be a whole number");
  const c = loadConfig();
  const database = openDatabase(c.databaseUrl ? { kind: "postgres", url: c.databaseUrl } : { kind: "pglite", dir: c.pgliteDir });
  const started = performance.now();
  try {
    await applyMigrations(database.sql, readMigrations(join(process.cwd(), "prisma", "migrations")));
    const access = await seedAccess(database.prisma, { password: c.seedPassword, apiKey: c.seedApiKey });
    let last = 0;
    const n = await seedDemoOrders(database, {
      count,
      seed: Number(values.seed),
      now: new Date(),
      onProgress: (done) => {
        if (done - last >= 10_000 || done === count) {
          console.log(`  ${done.toLocaleString()} / ${count.toLocaleString()} orders (${((performance.now() - started) / 1000).toFixed(1)} s)`);
          last = done;
        }
      },
    });
    console.log(`seeded ${access.users.length} users, 1 API key, ${n} orders into ${database.kind} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  } finally {
    await database.close();
  }
}

main().catch((error) => {
  console.error(error instanceof ConfigError ? error.message : `seed failed: ${(error as Error).stack ?? error}`);
  process.exit(1);
});
