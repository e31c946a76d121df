import "server-only";
// Who can answer "where is this parcel?" for polled waybills: Kuaidi100's real-time query when configured,
// otherwise the built-in sandbox network for its domestic carriers.
import { createKuaidi100Client } from "@/lib/carriers/kuaidi100/client";
import { kuaidi100ComForCarrier } from "@/lib/carriers/kuaidi100/carrier-codes";
import type { CarrierCode, ParsedShipmentUpdate } from "@/lib/carriers/types";
import { config } from "@/lib/server/config";
import type { ClaimedPoll } from "@/lib/server/db/polling-repository";
import { sandboxPoller } from "./sandbox-network";

export interface TrackingPoller {
  name: string;
  /** Provider limit per waybill per rolling 24 h (Kuaidi100: 48; we keep a margin). */
  maxPollsPer24h: number;
  canPoll(parcel: ClaimedPoll): boolean;
  poll(parcel: ClaimedPoll): Promise<ParsedShipmentUpdate>;
}

export function kuaidi100Poller(): TrackingPoller | null {
  const k = config().carriers.kuaidi100;
  if (!k.key || !k.customer) return null;
  const client = createKuaidi100Client({ credentials: { key: k.key, customer: k.customer }, pollBaseUrl: k.pollBaseUrl });
  return {
    name: "kuaidi100",
    maxPollsPer24h: 44,
    canPoll: (p) => kuaidi100ComForCarrier(p.carrier as CarrierCode) !== undefined,
    async poll(p) {
      const update = await client.queryTracking({ com: kuaidi100ComForCarrier(p.carrier as CarrierCode)!, num: p.trackingNumber, phone: p.order.phone });
      return { ...update, trackingNumber: p.trackingNumber, carrier: p.carrier };
    },
  };
}

const holder = globalThis as unknown as { __shiplanePollers?: TrackingPoller[] };

export function trackingPollers(): TrackingPoller[] {
  // Real providers first; the sandbox answers for its domestic carriers when none is configured.
  holder.__shiplanePollers ??= [kuaidi100Poller(), process.env.SHIPLANE_SANDBOX === "off" ? null : sandboxPoller()].filter((p): p is TrackingPoller => p !== null);
  return holder.__shiplanePollers;
}

/** Tests and the sandbox network install pollers here. */
export function usePollers(pollers: TrackingPoller[] | undefined) {
  holder.__shiplanePollers = pollers;
}
