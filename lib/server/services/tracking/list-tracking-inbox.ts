import "server-only";
import { authorize, type Ctx } from "@/lib/server/auth/context";
import { db } from "@/lib/server/db/client";
import { listUnknownCodes, listUnmatched } from "@/lib/server/db/ingestion-repository";

/** The admin's view of what ingestion could not place: unmatched pushes and unknown status codes. */
export async function listTrackingInbox({ ctx }: { ctx: Ctx }) {
  authorize(ctx, "integration:manage");
  const [unmatched, unknownCodes] = await Promise.all([listUnmatched(db(), 100), listUnknownCodes(db())]);
  return {
    unmatched: unmatched.map((u) => ({
      id: u.id,
      source: u.source,
      carrier: u.carrier,
      trackingNumber: u.trackingNumber,
      receivedAt: u.receivedAt.toISOString(),
      checkpoints: ((u.update as { checkpoints?: unknown[] }).checkpoints ?? []).length,
    })),
    unknownCodes: unknownCodes.map((c) => ({ source: c.source, code: c.code, count: c.count, lastSeen: c.lastSeen.toISOString() })),
  };
}
