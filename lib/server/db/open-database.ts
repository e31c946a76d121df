// Opens the one database the app uses: PostgreSQL when DATABASE_URL is set, otherwise an embedded PGlite
// folder. Both give a Prisma client (for the data layer) and a raw SQL executor (for migrations).
import { PrismaPg } from "@prisma/adapter-pg";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";
import pg from "pg";
import { PrismaClient } from "./generated/client";
import type { SqlExecutor } from "./migrations";
import { log } from "@/lib/server/log";

export type DatabaseTarget = { kind: "postgres"; url: string } | { kind: "pglite"; dir?: string };

export interface Database {
  kind: DatabaseTarget["kind"];
  prisma: PrismaClient;
  sql: SqlExecutor;
  close(): Promise<void>;
}

// Same key Prisma's migrate uses, so our runner and `prisma migrate deploy` never run at once.
const MIGRATION_LOCK_KEY = 72707369;

export function openDatabase(target: DatabaseTarget): Database {
  return target.kind === "postgres" ? openPostgres(target.url) : openPglite(target.dir);
}

function openPostgres(url: string): Database {
  const pool = new pg.Pool({ connectionString: url, max: Number(process.env.DATABASE_POOL_SIZE ?? 10), application_name: "shiplane" });
  // An idle client that loses its server would otherwise crash the process with an unhandled 'error' event;
  // the pool drops that client and opens a new one on the next query.
  pool.on("error", (error) => log("warn", "idle postgres connection lost", { error: error.message }));
  const prisma = new PrismaClient({ adapter: new PrismaPg(pool) });
  const sql: SqlExecutor = {
    query: async (text, params, name) => (await pool.query(name ? { name, text, values: params as unknown[] } : { text, values: params as unknown[] })).rows,
    exec: async (text) => void (await pool.query(text)),
    async withLock(fn) {
      const client = await pool.connect();
      try {
        await client.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK_KEY]);
        const locked: SqlExecutor = {
          query: async (t, p) => (await client.query(t, p as unknown[])).rows,
          exec: async (t) => void (await client.query(t)),
          withLock: (f) => f(locked),
        };
        return await fn(locked);
      } finally {
        await client.query("SELECT pg_advisory_unlock($1)", [MIGRATION_LOCK_KEY]).catch(() => undefined);
        client.release();
      }
    },
  };
  return {
    kind: "postgres",
    prisma,
    sql,
    async close() {
      await prisma.$disconnect();
      await pool.end().catch(() => undefined);
    },
  };
}

function openPglite(dir?: string): Database {
  // One in-process connection: PGlite serialises every query itself, so the lock is the connection.
  const client = dir ? new PGlite(dir) : new PGlite();
  const prisma = new PrismaClient({ adapter: new PrismaPGlite(client) });
  const sql: SqlExecutor = {
    query: async (text, params) => (await client.query(text, params as unknown[])).rows as never[],
    exec: async (text) => void (await client.exec(text)),
    withLock: (fn) => fn(sql),
  };
  return {
    kind: "pglite",
    prisma,
    sql,
    async close() {
      await prisma.$disconnect();
      if (!client.closed) await client.close();
    },
  };
}
