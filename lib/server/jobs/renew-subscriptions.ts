import "server-only";
import { db } from "@/lib/server/db/client";
import { claimDueResubscriptions } from "@/lib/server/db/polling-repository";
import { subscribeTracking } from "@/lib/server/services/tracking/subscribe-tracking";

/** Kuaidi100 aborted these subscriptions (e.g. no scans for days); polling covered the gap, now subscribe again. */
export async function renewSubscriptions(limit = 20): Promise<number> {
  const due = await claimDueResubscriptions(db(), limit);
  for (const p of due) await subscribeTracking({ trackingNumber: p.tracking_number, carrier: p.carrier, issuedBy: "renewal", phone: p.customer_phone });
  return due.length;
}
