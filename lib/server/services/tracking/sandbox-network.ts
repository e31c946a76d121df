import "server-only";
// The built-in sandbox carrier network, live: it plans each sandbox waybill's journey and pushes due scans to
// our own /api/webhooks/shiplane endpoint, signed, exactly as a real carrier would; it also answers polls.
import { isSandboxCarrier } from "@/lib/carriers/sandbox/issue-tracking-number";
import { planSandboxJourney, type SandboxCheckpoint } from "@/lib/carriers/sandbox/plan-journey";
import { dueSandboxEvents, toShiplanePushEvents } from "@/lib/carriers/sandbox/sandbox-events";
import { signShiplanePayload } from "@/lib/carriers/shiplane/push-signature";
import type { CarrierCode, ParsedShipmentUpdate } from "@/lib/carriers/types";
import { normalizeShiplaneStatus } from "@/lib/domain/tracking/normalize-shiplane-status";
import { DEMO_WAREHOUSES } from "@/lib/demo/warehouses";
import { config, shiplanePushSecrets } from "@/lib/server/config";
import { db } from "@/lib/server/db/client";
import { findLiveSandboxParcels } from "@/lib/server/db/polling-repository";
import type { TrackingPoller } from "./tracking-pollers";

/** Simulated time runs this many times faster than real time (default 60: a 3-day journey in ~72 minutes). */
export function sandboxTimeScale(): number {
  const v = Number(process.env.SHIPLANE_SANDBOX_TIME_SCALE ?? 60);
  return Number.isFinite(v) && v > 0 ? v : 60;
}

function planFor(p: { trackingNumber: string; carrier: string; createdAt: Date; province: string; city: string; district: string; attributes: Record<string, unknown> }): SandboxCheckpoint[] {
  const w = DEMO_WAREHOUSES.find((x) => x.code === p.attributes.warehouse) ?? DEMO_WAREHOUSES[0];
  return planSandboxJourney({
    trackingNumber: p.trackingNumber,
    carrier: p.carrier as Parameters<typeof planSandboxJourney>[0]["carrier"],
    origin: { province: w.province, city: w.city, district: w.district },
    destination: { province: p.province, city: p.city, district: p.district },
    shippedAt: p.createdAt,
    timeScale: sandboxTimeScale(),
  });
}

/** Pushes due scans of live sandbox waybills through the real push endpoint; returns the events sent. */
export async function emitSandboxScans(opts: { now?: Date; baseUrl?: string; limit?: number } = {}): Promise<number> {
  const now = opts.now ?? new Date();
  const parcels = await findLiveSandboxParcels(db(), opts.limit ?? 200);
  const events = parcels.flatMap((p) => {
    const due = dueSandboxEvents(planFor(p), now, p.lastEventAt ?? undefined);
    return due.length ? toShiplanePushEvents(p.trackingNumber, p.carrier as never, due) : [];
  });
  let sent = 0;
  for (let i = 0; i < events.length; i += 200) {
    const body = JSON.stringify(events.slice(i, i + 200));
    const res = await fetch(`${opts.baseUrl ?? `http://127.0.0.1:${config().port}`}/api/webhooks/shiplane`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-shiplane-signature": signShiplanePayload(body, shiplanePushSecrets().current, Math.floor(Date.now() / 1000)) },
      body,
      signal: AbortSignal.timeout(30_000),
    });
    if (!res.ok) throw new Error(`sandbox push answered HTTP ${res.status}`);
    sent += Math.min(200, events.length - i);
  }
  return sent;
}

/** The sandbox as a polled carrier: answers with the scans due so far for its own and hand-bound waybills. */
export function sandboxPoller(): TrackingPoller {
  return {
    name: "sandbox",
    maxPollsPer24h: 1_000,
    // Never for waybills a real provider issued: those have a real journey to report.
    canPoll: (p) => isSandboxCarrier(p.carrier as CarrierCode) && (p.issuedBy === "sandbox" || p.issuedBy === "manual"),
    async poll(p): Promise<ParsedShipmentUpdate> {
      const due = dueSandboxEvents(planFor({ ...p, ...p.order }), new Date());
      return {
        trackingNumber: p.trackingNumber,
        carrier: p.carrier,
        checkpoints: due.map((c) => {
          const m = normalizeShiplaneStatus(c.statusCode);
          return { occurredAt: c.occurredAt, location: c.location, lng: c.lng, lat: c.lat, rawCode: c.statusCode, status: m.status, subStatus: m.subStatus, description: c.description };
        }),
      };
    },
  };
}
