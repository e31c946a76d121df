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

export interface ClaimedPoll {
  id: string;
  carrier: string;
  trackingNumber: string;
  status: string;
  pollFailures: number;
  pollWindowAt: Date | null;
  pollsInWindow: number;
  issuedBy: string;
  createdAt: Date;
  order: { province: string; city: string; district: string; phone: string; attributes: Record<string, unknown> };
}

/**
 * Claims parcels whose poll is due and pushes their next_poll_at forward by a lease in the same statement, so
 * another instance polling at the same moment skips them (SKIP LOCKED) and sees them not due afterwards.
 */
export async function claimDuePolls(db: Db, limit: number, leaseSeconds: number): Promise<ClaimedPoll[]> {
  const rows = await db.$queryRawUnsafe<Record<string, unknown>[]>(
    `WITH due AS (
       SELECT id FROM parcels WHERE state = 'active' AND next_poll_at IS NOT NULL AND next_poll_at <= now()
       ORDER BY next_poll_at LIMIT $1 FOR UPDATE SKIP LOCKED
     )
     UPDATE parcels p SET next_poll_at = now() + make_interval(secs => $2)
     FROM due, orders o WHERE p.id = due.id AND o.id = p.order_id
     RETURNING p.id, p.carrier, p.tracking_number, p.status::text AS status, p.poll_failures, p.poll_window_at, p.polls_in_window,
       p.issued_by, p.created_at, o.province, o.city, o.district, o.customer_phone, o.attributes`,
    limit,
    leaseSeconds,
  );
  return rows.map((r) => ({
    id: String(r.id),
    carrier: String(r.carrier),
    trackingNumber: String(r.tracking_number),
    status: String(r.status),
    pollFailures: Number(r.poll_failures),
    pollWindowAt: r.poll_window_at ? new Date(r.poll_window_at as string) : null,
    pollsInWindow: Number(r.polls_in_window),
    issuedBy: String(r.issued_by),
    createdAt: new Date(r.created_at as string),
    order: { province: String(r.province), city: String(r.city), district: String(r.district), phone: String(r.customer_phone), attributes: (r.attributes ?? {}) as Record<string, unknown> },
  }));
}

export async function recordPoll(db: Db, id: string, r: { nextPollAt: Date | null; failed: boolean; countsAgainstLimit: boolean; windowAt: Date | null; pollsInWindow: number }) {
  await db.$executeRawUnsafe(
    `UPDATE parcels SET next_poll_at = $2::timestamptz,
       poll_failures = CASE WHEN $3 THEN poll_failures + 1 ELSE 0 END,
       poll_window_at = $4::timestamptz, polls_in_window = $5
     WHERE id = $1::uuid`,
    id,
    r.nextPollAt,
    r.failed,
    r.windowAt,
    r.pollsInWindow,
  );
}

export async function schedulePoll(db: Db, parcelId: string, at: Date) {
  await db.$executeRawUnsafe(`UPDATE parcels SET next_poll_at = $2::timestamptz WHERE id = $1::uuid`, parcelId, at);
}

/** Sandbox-issued waybills still travelling, shipped in the last 14 days. */
export async function findLiveSandboxParcels(db: Db, limit: number) {
  const rows = await db.$queryRawUnsafe<Record<string, unknown>[]>(
    `SELECT p.tracking_number, p.carrier, p.created_at,
       (SELECT max(e.occurred_at) FROM tracking_events e WHERE e.parcel_id = p.id) AS last_event_at, o.province, o.city, o.district, o.attributes
     FROM parcels p JOIN orders o ON o.id = p.order_id
     WHERE p.issued_by = 'sandbox' AND p.state = 'active' AND p.created_at > now() - interval '14 days'
       AND p.status <> 'delivered' AND NOT (p.status = 'exception' AND coalesce(p.sub_status, '') IN ('returned_to_sender', 'lost'))
     ORDER BY coalesce(p.last_event_at, p.created_at) LIMIT $1`,
    limit,
  );
  return rows.map((r) => ({
    trackingNumber: String(r.tracking_number),
    carrier: String(r.carrier),
    createdAt: new Date(r.created_at as string),
    lastEventAt: r.last_event_at ? new Date(r.last_event_at as string) : null,
    province: String(r.province),
    city: String(r.city),
    district: String(r.district),
    attributes: (r.attributes ?? {}) as Record<string, unknown>,
  }));
}

export async function schedulePollByTrackingNumber(db: Db, trackingNumber: string, at: Date) {
  await db.$executeRawUnsafe(`UPDATE parcels SET next_poll_at = $2::timestamptz WHERE tracking_number = $1 AND state = 'active'`, trackingNumber, at);
}

/** Parcels whose aggregator subscription aborted and is due to be renewed; the lease stops a second instance. */
export async function claimDueResubscriptions(db: Db, limit: number) {
  return db.$queryRawUnsafe<{ tracking_number: string; carrier: string; customer_phone: string }[]>(
    `WITH due AS (
       SELECT id FROM parcels WHERE state = 'active' AND resubscribe_at IS NOT NULL AND resubscribe_at <= now()
       ORDER BY resubscribe_at LIMIT $1 FOR UPDATE SKIP LOCKED
     )
     UPDATE parcels p SET resubscribe_at = now() + interval '6 hours'
     FROM due, orders o WHERE p.id = due.id AND o.id = p.order_id
     RETURNING p.tracking_number, p.carrier, o.customer_phone`,
    limit,
  );
}
