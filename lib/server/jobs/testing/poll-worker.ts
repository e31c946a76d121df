// One "app instance" worth of poller, for the multi-instance test: runs the real poll job against DATABASE_URL
// for DURATION_MS, then prints what it did as JSON.
import { useDatabase } from "@/lib/server/db/client";
import { openDatabase } from "@/lib/server/db/open-database";
import { pollDueParcels } from "@/lib/server/jobs/poll-tracking";

const database = openDatabase({ kind: "postgres", url: process.env.DATABASE_URL! });
useDatabase(database);
const until = Date.now() + Number(process.env.DURATION_MS ?? 3000);
const totals = { polled: 0, failed: 0, deferred: 0 };
while (Date.now() < until) {
  const r = await pollDueParcels({ limit: 5 });
  totals.polled += r.polled;
  totals.failed += r.failed;
  totals.deferred += r.deferred;
  await new Promise((resolve) => setTimeout(resolve, 20));
}
await database.close();
console.log(JSON.stringify(totals));
