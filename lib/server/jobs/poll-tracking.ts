import "server-only";
import { isTerminalStatus } from "@/lib/domain/tracking/decide-parcel-status";
import { planNextPoll, pollAllowed } from "@/lib/domain/tracking/poll-schedule";
import type { ShipmentStatus } from "@/lib/domain/tracking/shipment-status";
import { systemCtx } from "@/lib/server/auth/context";
import { config } from "@/lib/server/config";
import { db } from "@/lib/server/db/client";
import { claimDuePolls, recordPoll } from "@/lib/server/db/polling-repository";
import { log } from "@/lib/server/log";
import { ingestShipmentUpdates } from "@/lib/server/services/tracking/ingest-shipment-updates";
import { trackingPollers, type TrackingPoller } from "@/lib/server/services/tracking/tracking-pollers";

const LEASE_SECONDS = 300;

/** Polls the waybills that are due, at most `limit` per call; safe to run on every instance at once. */
export async function pollDueParcels(opts: { limit?: number; pollers?: TrackingPoller[]; now?: () => Date } = {}): Promise<{ polled: number; failed: number; deferred: number }> {
  const pollers = opts.pollers ?? trackingPollers();
  const now = opts.now ?? (() => new Date());
  const claimed = await claimDuePolls(db(), opts.limit ?? 20, LEASE_SECONDS);
  let polled = 0;
  let failed = 0;
  let deferred = 0;
  for (const parcel of claimed) {
    const poller = pollers.find((p) => p.canPoll(parcel));
    const state = { failures: parcel.pollFailures, windowAt: parcel.pollWindowAt, pollsInWindow: parcel.pollsInWindow };
    if (!poller) {
      // Nobody can answer for this carrier: check again later rather than hammering.
      await recordPoll(db(), parcel.id, { nextPollAt: new Date(now().getTime() + 6 * 3_600_000), failed: false, countsAgainstLimit: false, windowAt: state.windowAt, pollsInWindow: state.pollsInWindow });
      deferred++;
      continue;
    }
    const allowed = pollAllowed(state, now(), poller.maxPollsPer24h);
    if (!allowed.allowed) {
      await recordPoll(db(), parcel.id, { nextPollAt: allowed.retryAt, failed: false, countsAgainstLimit: false, windowAt: state.windowAt, pollsInWindow: state.pollsInWindow });
      deferred++;
      continue;
    }
    const intervalMs = config().pollIntervalMinutes(parcel.carrier) * 60_000;
    try {
      const update = await poller.poll(parcel);
      const [outcome] = await ingestShipmentUpdates({ ctx: systemCtx(`poll:${poller.name}`), input: { source: `poll:${poller.name}`, updates: [update] } });
      const latest = update.status ?? [...update.checkpoints].sort((a, b) => a.occurredAt.getTime() - b.occurredAt.getTime()).at(-1)?.status;
      const finished = latest ? isTerminalStatus({ status: latest as ShipmentStatus, subStatus: update.subStatus }) : false;
      const plan = planNextPoll(state, { ok: true, finished }, now(), intervalMs);
      await recordPoll(db(), parcel.id, { ...plan, failed: false, countsAgainstLimit: true });
      polled++;
      if (outcome && !outcome.matched) log("warn", "polled parcel not matched", { trackingNumber: parcel.trackingNumber });
    } catch (error) {
      const plan = planNextPoll(state, { ok: false, finished: false }, now(), intervalMs);
      await recordPoll(db(), parcel.id, { ...plan, failed: true, countsAgainstLimit: true });
      failed++;
      log("warn", "poll failed", { poller: poller.name, trackingNumber: parcel.trackingNumber, failures: parcel.pollFailures + 1, error: error instanceof Error ? error.message : String(error) });
    }
  }
  return { polled, failed, deferred };
}
