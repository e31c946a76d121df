import "server-only";
import { config } from "@/lib/server/config";
import { openDatabase, type Database } from "./open-database";
import type { Prisma } from "./generated/client";

// One database per process, kept on globalThis so dev-mode module reloads do not open a second PGlite on the
// same folder (PGlite allows one opener) or leak PostgreSQL pools.
const holder = globalThis as unknown as { __shiplaneDatabase?: Database };

export function database(): Database {
  if (!holder.__shiplaneDatabase) {
    const c = config();
    holder.__shiplaneDatabase = openDatabase(c.databaseUrl ? { kind: "postgres", url: c.databaseUrl } : { kind: "pglite", dir: c.pgliteDir });
  }
  return holder.__shiplaneDatabase;
}

export function db() {
  return database().prisma;
}

/** Tests point the whole server layer at their own database. */
export function useDatabase(next: Database | undefined): void {
  holder.__shiplaneDatabase = next;
}

export type Db = ReturnType<typeof db>;
export type Tx = Prisma.TransactionClient;
