import { database } from "@/lib/server/db/client";
import { json } from "@/lib/server/http";

export const dynamic = "force-dynamic";

export async function GET() {
  const started = performance.now();
  try {
    await database().sql.query("SELECT 1");
    return json({ status: "ok", database: { reachable: true, kind: database().kind, latencyMs: Math.round(performance.now() - started) } });
  } catch {
    return json({ status: "degraded", database: { reachable: false } }, 503);
  }
}
