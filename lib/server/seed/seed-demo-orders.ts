// Loads generated demo orders (every order state, 60 days of history, parcels with checkpoints) in batches.
import { generateDemoOrderBatches } from "@/lib/demo/generate-demo-orders";
import { issueTrackingNumber } from "@/lib/carriers/sandbox/issue-tracking-number";
import type { Database } from "@/lib/server/db/open-database";
import { insertDemoOrders } from "./insert-demo-orders";

export async function seedDemoOrders(database: Database, opts: { count: number; seed: number; now: Date; batchSize?: number; onProgress?: (done: number) => void }): Promise<number> {
  let done = 0;
  // Generating is CPU work and inserting is database work: overlap them, two batches in flight on PostgreSQL.
  const inFlight = new Set<Promise<void>>();
  const parallel = database.kind === "postgres" ? 2 : 1;
  for (const batch of generateDemoOrderBatches({ count: opts.count, seed: opts.seed, now: opts.now, issueTrackingNumber }, opts.batchSize ?? 2_000)) {
    const insert: Promise<void> = insertDemoOrders(database.sql, batch).then(() => {
      inFlight.delete(insert);
      done += batch.length;
      opts.onProgress?.(done);
    });
    inFlight.add(insert);
    if (inFlight.size >= parallel) await Promise.race(inFlight);
  }
  await Promise.all(inFlight);
  return done;
}
