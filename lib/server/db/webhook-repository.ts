import "server-only";
// Outbox fan-out and outgoing webhook deliveries. Claims use FOR UPDATE SKIP LOCKED so any number of app
// instances share the work without handing the same row to two of them.
import type { Db } from "./client";

/** Marks up to `limit` outbox events processed and creates one delivery per matching subscription, atomically. */
export async function dispatchOutboxBatch(db: Db, limit: number): Promise<number> {
  const [row] = await db.$queryRawUnsafe<{ claimed: number }[]>(
    `WITH claimed AS (
       UPDATE outbox_events SET processed_at = now(), attempts = attempts + 1
       WHERE seq IN (SELECT seq FROM outbox_events WHERE processed_at IS NULL ORDER BY seq LIMIT $1 FOR UPDATE SKIP LOCKED)
       RETURNING id, type, payload, created_at
     ),
     fanout AS (
       INSERT INTO webhook_deliveries (subscription_id, event_id, event_type, payload)
       SELECT s.id, c.id, c.type, jsonb_build_object('id', c.id, 'type', c.type, 'createdAt', c.created_at, 'data', c.payload)
       FROM claimed c JOIN webhook_subscriptions s ON s.active AND (cardinality(s.event_types) = 0 OR c.type = ANY(s.event_types))
       ON CONFLICT (subscription_id, event_id) DO NOTHING
       RETURNING 1
     )
     SELECT (SELECT count(*)::int FROM claimed) AS claimed`,
    limit,
  );
  return row?.claimed ?? 0;
}

export interface DueDelivery {
  id: string;
  eventId: string;
  eventType: string;
  payload: unknown;
  attempts: number;
  url: string;
  secret: string;
}

/** Claims due deliveries with a lease: if this instance dies mid-send, another retries after the lease. */
export async function claimDueDeliveries(db: Db, limit: number, leaseSeconds: number): Promise<DueDelivery[]> {
  const rows = await db.$queryRawUnsafe<{ id: string; event_id: string; event_type: string; payload: unknown; attempts: number; url: string; secret: string }[]>(
    `WITH due AS (
       SELECT d.id FROM webhook_deliveries d
       WHERE d.status = 'pending' AND d.next_attempt_at <= now()
       ORDER BY d.next_attempt_at LIMIT $1 FOR UPDATE SKIP LOCKED
     )
     UPDATE webhook_deliveries d SET attempts = d.attempts + 1, next_attempt_at = now() + make_interval(secs => $2), updated_at = now()
     FROM due, webhook_subscriptions s
     WHERE d.id = due.id AND s.id = d.subscription_id
     RETURNING d.id, d.event_id, d.event_type, d.payload, d.attempts, s.url, s.secret`,
    limit,
    leaseSeconds,
  );
  return rows.map((r) => ({ id: r.id, eventId: r.event_id, eventType: r.event_type, payload: r.payload, attempts: r.attempts, url: r.url, secret: r.secret }));
}

export async function recordDeliveryResult(db: Db, id: string, r: { ok: boolean; statusCode: number | null; error: string | null; nextAttemptAt: Date | null }) {
  await db.$executeRawUnsafe(
    `UPDATE webhook_deliveries SET
       status = CASE WHEN $2 THEN 'succeeded' WHEN $5::timestamptz IS NULL THEN 'dead' ELSE 'pending' END,
       delivered_at = CASE WHEN $2 THEN now() ELSE delivered_at END,
       last_status_code = $3, last_error = $4, next_attempt_at = COALESCE($5::timestamptz, next_attempt_at), updated_at = now()
     WHERE id = $1::uuid`,
    id,
    r.ok,
    r.statusCode,
    r.error,
    r.nextAttemptAt,
  );
}

export function listDeliveries(db: Db, f: { status?: string; limit: number }) {
  return db.webhookDelivery.findMany({
    where: f.status ? { status: f.status } : {},
    orderBy: { createdAt: "desc" },
    take: f.limit,
    include: { subscription: { select: { name: true, url: true } } },
  });
}

/** Manual replay: a dead or succeeded delivery goes back to pending with a fresh attempt budget. */
export function replayDelivery(db: Db, id: string) {
  return db.webhookDelivery.updateMany({ where: { id }, data: { status: "pending", attempts: 0, nextAttemptAt: new Date(), lastError: null, updatedAt: new Date() } });
}

export function listSubscriptions(db: Db) {
  return db.webhookSubscription.findMany({ orderBy: { createdAt: "desc" }, select: { id: true, name: true, url: true, eventTypes: true, active: true, createdAt: true } });
}

export function insertSubscription(db: Db, s: { name: string; url: string; secret: string; eventTypes: string[] }) {
  return db.webhookSubscription.create({ data: s, select: { id: true, name: true, url: true, eventTypes: true } });
}

export function setSubscriptionActive(db: Db, id: string, active: boolean) {
  return db.webhookSubscription.updateMany({ where: { id }, data: { active } });
}

/** Subscriptions whose signing secret was stored before secrets were sealed. */
export function listUnsealedSubscriptionSecrets(db: Db, sealedPrefix: string) {
  return db.webhookSubscription.findMany({ where: { NOT: { secret: { startsWith: sealedPrefix } } }, select: { id: true, secret: true } });
}

/** Replaces a plain secret with its sealed form, only if nobody changed it meanwhile. */
export function replaceSubscriptionSecret(db: Db, id: string, from: string, to: string) {
  return db.webhookSubscription.updateMany({ where: { id, secret: from }, data: { secret: to } });
}
