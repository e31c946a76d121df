// Vitest helper: points the server layer at a fresh migrated database for the current test file.
import { afterAll, beforeAll } from "vitest";
import { useDatabase } from "./client";
import type { Database } from "./open-database";
import { createTestDatabase } from "./test-database";

export function useTestDatabase(): { current: () => Database & { url?: string } } {
  let database: (Database & { url?: string }) | undefined;
  beforeAll(async () => {
    database = await createTestDatabase();
    useDatabase(database);
  });
  afterAll(async () => {
    useDatabase(undefined);
    await database?.close();
  });
  return { current: () => database! };
}
