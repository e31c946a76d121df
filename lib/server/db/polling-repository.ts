import "server-only";
import type { Db } from "./client";

export async function updateSubscriptionState(db: Db, trackingNumbers: string[], subscription: string, resubscribeAt: Date | null) {
  // An aborted subscription falls back to polling until it is renewed.
  await db.$executeRawUnsafe(
    `UPDATE parcels SET subscription = $2, resubscribe_at = $3::timestamptz,
       next_poll_at = CASE WHEN $3::timestamptz IS NOT NULL THEN COALESCE(next_poll_at, now()) ELSE next_poll_at END
     WHERE tracking_number = ANY($1::text[]) AND state = 'active'`,
    trackingNumbers,
    subscription,
    resubscribeAt,
  );
}
