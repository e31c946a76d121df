// Loads generated demo orders (every order state, 60 days of history, parcels with checkpoints) in batches.
import { generateDemoOrders } from "@/lib/demo/generate-demo-orders";
import { issueTrackingNumber } from "@/lib/carriers/sandbox/issue-tracking-number";
import type { Database } from "@/lib/server/db/open-database";
import { insertDemoOrders } from "./insert-demo-orders";

const BATCH = 2_000;

export async function seedDemoOrders(database: Database, opts: { count: number; seed: number; now: Date; onProgress?: (done: number) => void }): Promise<number> {
  let done = 0;
  for (let batch = 0; done < opts.count; batch++) {
    const size = Math.min(BATCH, opts.count - done);
    // Each batch has its own seed so a 100k load never holds all orders in memory.
    const orders = generateDemoOrders({ count: size, seed: `${opts.seed}-${batch}`, now: opts.now, issueTrackingNumber });
    await insertDemoOrders(database.sql, orders);
    done += size;
    opts.onProgress?.(done);
  }
  return done;
}
