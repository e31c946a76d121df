import "server-only";
import { db } from "@/lib/server/db/client";
import { updateSubscriptionState } from "@/lib/server/db/polling-repository";

const RESUBSCRIBE_AFTER_MS = 6 * 3_600_000;

/** Records an aggregator's subscription state per parcel; an aborted one is re-subscribed (or polled) later. */
export async function markSubscription(input: { source: string; trackingNumbers: string[]; status: string }) {
  const numbers = input.trackingNumbers.map((n) => n.replace(/[\s-]/g, "").toUpperCase()).filter(Boolean);
  if (numbers.length === 0) return;
  const resubscribeAt = input.status === "abort" ? new Date(Date.now() + RESUBSCRIBE_AFTER_MS) : null;
  await updateSubscriptionState(db(), numbers, `${input.source}:${input.status}`, resubscribeAt);
}
