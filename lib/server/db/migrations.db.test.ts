import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyMigrations, readMigrations } from "./migrations";
import { createTestDatabase } from "./test-database";
import type { Database } from "./open-database";

const dir = join(process.cwd(), "prisma", "migrations");

describe("migrations", () => {
  let database: Database;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => database?.close());

  it("records every migration in _prisma_migrations with prisma's sha256 checksum", async () => {
    const files = readMigrations(dir);
    const rows = await database.sql.query<{ migration_name: string; checksum: string; finished_at: Date | null }>(
      `SELECT migration_name, checksum, finished_at FROM "_prisma_migrations" ORDER BY migration_name`,
    );
    expect(rows.map((r) => r.migration_name)).toEqual(files.map((f) => f.name));
    expect(rows.map((r) => r.checksum)).toEqual(files.map((f) => f.checksum));
    expect(rows.every((r) => r.finished_at)).toBe(true);
  });

  it("is idempotent: a second run applies nothing", async () => {
    const report = await applyMigrations(database.sql, readMigrations(dir));
    expect(report.applied).toEqual([]);
    expect(report.alreadyApplied).toBe(readMigrations(dir).length);
  });

  it("rolls back a failing migration and records nothing for it", async () => {
    const bad = { name: "99999999999999_broken", sql: `CREATE TABLE "half_done" (id int); SELECT * FROM "no_such_table";`, checksum: "x" };
    await expect(applyMigrations(database.sql, [bad])).rejects.toThrow(/99999999999999_broken failed/);
    const tables = await database.sql.query(`SELECT 1 FROM information_schema.tables WHERE table_name = 'half_done'`);
    expect(tables).toHaveLength(0);
    const rows = await database.sql.query(`SELECT 1 FROM "_prisma_migrations" WHERE migration_name = $1`, [bad.name]);
    expect(rows).toHaveLength(0);
  });

  it("leaves no drift between schema.prisma and the migrations (Prisma's own schema engine)", () => {
    const out = execFileSync(process.execPath, ["scripts/prisma-migrate-diff.mjs"], { encoding: "utf8" });
    expect(out.trim()).toBe("-- This is an empty migration.");
  });
});
