import "server-only";
import { signShiplanePayload } from "@/lib/carriers/shiplane/push-signature";
import { nextDeliveryAttempt } from "@/lib/domain/webhooks/retry-schedule";
import { db } from "@/lib/server/db/client";
import { claimDueDeliveries, dispatchOutboxBatch, recordDeliveryResult } from "@/lib/server/db/webhook-repository";
import { log } from "@/lib/server/log";
import { openSecret } from "@/lib/server/secrets/sealed-secret";

const TIMEOUT_MS = 10_000;

export async function dispatchOutbox(limit = 200): Promise<number> {
  let total = 0;
  for (let i = 0; i < 10; i++) {
    const n = await dispatchOutboxBatch(db(), limit);
    total += n;
    if (n < limit) break;
  }
  return total;
}

/** Sends due deliveries signed like inbound Shiplane pushes (X-Shiplane-Signature: t=…,v1=…). */
export async function deliverWebhooks(limit = 50, fetchImpl: typeof fetch = fetch): Promise<{ sent: number; failed: number }> {
  const due = await claimDueDeliveries(db(), limit, TIMEOUT_MS / 1000 + 30);
  let sent = 0;
  let failed = 0;
  await Promise.all(
    due.map(async (d) => {
      const body = JSON.stringify(d.payload);
      let statusCode: number | null = null;
      let error: string | null = null;
      try {
        const res = await fetchImpl(d.url, {
          method: "POST",
          headers: {
            "content-type": "application/json",
            "user-agent": "Shiplane-Webhooks/1.0",
            "x-shiplane-event": d.eventType,
            "x-shiplane-delivery": d.id,
            "x-shiplane-signature": signShiplanePayload(body, openSecret(d.secret), Math.floor(Date.now() / 1000)),
          },
          body,
          signal: AbortSignal.timeout(TIMEOUT_MS),
          redirect: "manual",
        });
        statusCode = res.status;
        await res.body?.cancel().catch(() => undefined);
        if (!res.ok) error = `HTTP ${res.status}`;
      } catch (e) {
        error = e instanceof Error ? e.message : String(e);
      }
      const ok = error === null;
      await recordDeliveryResult(db(), d.id, { ok, statusCode, error, nextAttemptAt: ok ? null : nextDeliveryAttempt(d.attempts, new Date(), Math.random()) });
      if (ok) sent++;
      else {
        failed++;
        log("warn", "webhook delivery failed", { deliveryId: d.id, eventType: d.eventType, attempts: d.attempts, error });
      }
    }),
  );
  return { sent, failed };
}
