// A fresh, migrated database for one test file: a new PostgreSQL database cloned from a migrated template when
// DATABASE_URL is set (fast, and the real server), an in-memory PGlite otherwise.
import { createHash, randomBytes } from "node:crypto";
import { join } from "node:path";
import pg from "pg";
import { applyMigrations, readMigrations } from "./migrations";
import { openDatabase, type Database } from "./open-database";

const MIGRATIONS_DIR = join(process.cwd(), "prisma", "migrations");

export async function createTestDatabase(): Promise<Database & { url?: string }> {
  const url = process.env.DATABASE_URL;
  const migrations = readMigrations(MIGRATIONS_DIR);
  if (!url) {
    const database = openDatabase({ kind: "pglite" });
    await applyMigrations(database.sql, migrations);
    return database;
  }
  const fingerprint = createHash("sha256").update(migrations.map((m) => m.checksum).join()).digest("hex").slice(0, 12);
  const template = `shiplane_tpl_${fingerprint}`;
  const name = `shiplane_t_${randomBytes(5).toString("hex")}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    await admin.query("SELECT pg_advisory_lock(424242)");
    try {
      const exists = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [template]);
      if (!exists.rowCount) {
        await admin.query(`CREATE DATABASE "${template}"`);
        const tpl = openDatabase({ kind: "postgres", url: withDatabase(url, template) });
        try {
          await applyMigrations(tpl.sql, migrations);
        } finally {
          await tpl.close();
        }
      }
      await admin.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`);
    } finally {
      await admin.query("SELECT pg_advisory_unlock(424242)");
    }
  } finally {
    await admin.end();
  }
  const database = openDatabase({ kind: "postgres", url: withDatabase(url, name) });
  return {
    ...database,
    url: withDatabase(url, name),
    async close() {
      await database.close();
      const drop = new pg.Client({ connectionString: url });
      await drop.connect();
      await drop.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`).catch(() => undefined);
      await drop.end();
    },
  };
}

export function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}
