// npm run db:migrate — applies prisma/migrations to DATABASE_URL, or to the embedded PGlite folder when unset.
import { join } from "node:path";
import { ConfigError, loadConfig } from "@/lib/server/config";
import { applyMigrations, readMigrations } from "@/lib/server/db/migrations";
import { openDatabase } from "@/lib/server/db/open-database";

async function main() {
  const c = loadConfig();
  const database = openDatabase(c.databaseUrl ? { kind: "postgres", url: c.databaseUrl } : { kind: "pglite", dir: c.pgliteDir });
  try {
    const report = await applyMigrations(database.sql, readMigrations(join(process.cwd(), "prisma", "migrations")));
    console.log(`migrations: ${report.applied.length} applied, ${report.alreadyApplied} already in place (${database.kind})`);
    for (const name of report.applied) console.log(`  + ${name}`);
  } finally {
    await database.close();
  }
}

main().catch((error) => {
  console.error(error instanceof ConfigError ? error.message : `db:migrate failed: ${(error as Error).message}`);
  process.exit(1);
});
