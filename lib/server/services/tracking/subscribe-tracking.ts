import "server-only";
// After a waybill is bound, make sure someone will tell us where it goes: sandbox waybills are pushed by the
// sandbox network; other waybills are subscribed with Kuaidi100 (pushes to /api/webhooks/kuaidi100) or Kdniao
// (1008, pushes to /api/webhooks/kdniao), whichever is configured — Kdniao first for waybills it issued;
// anything else, or a failed subscription, falls back to polling.
import { createKuaidi100Client } from "@/lib/carriers/kuaidi100/client";
import { kuaidi100ComForCarrier } from "@/lib/carriers/kuaidi100/carrier-codes";
import { createKdniaoClient } from "@/lib/carriers/kdniao/client";
import { kdniaoShipperForCarrier } from "@/lib/carriers/kdniao/shipper-codes";
import type { CarrierCode } from "@/lib/carriers/types";
import { config } from "@/lib/server/config";
import { db } from "@/lib/server/db/client";
import { schedulePollByTrackingNumber, updateSubscriptionState } from "@/lib/server/db/polling-repository";
import { log } from "@/lib/server/log";

type Subscriber = { name: "kuaidi100" | "kdniao"; subscribe(): Promise<void> };

export async function subscribeTracking(input: { trackingNumber: string; carrier: string; issuedBy: string; phone?: string }): Promise<"sandbox" | "kuaidi100" | "kdniao" | "polling"> {
  if (input.issuedBy === "sandbox") return "sandbox";
  const subscribers = [kuaidi100Subscriber(input), kdniaoSubscriber(input)].filter((s): s is Subscriber => s !== null);
  if (input.issuedBy === "kdniao") subscribers.reverse();
  for (const subscriber of subscribers) {
    try {
      await subscriber.subscribe();
      await updateSubscriptionState(db(), [input.trackingNumber], subscriber.name === "kuaidi100" ? "kuaidi100:polling" : "kdniao", null);
      return subscriber.name;
    } catch (error) {
      log("warn", "tracking subscription failed", { provider: subscriber.name, trackingNumber: input.trackingNumber, error: error instanceof Error ? error.message : String(error) });
    }
  }
  await schedulePollByTrackingNumber(db(), input.trackingNumber, new Date());
  return "polling";
}

function kuaidi100Subscriber(input: { trackingNumber: string; carrier: string; phone?: string }): Subscriber | null {
  const k = config().carriers.kuaidi100;
  const com = kuaidi100ComForCarrier(input.carrier as CarrierCode);
  if (!k.key || !k.salt || !com) return null;
  const client = createKuaidi100Client({ credentials: { key: k.key, customer: k.customer }, pollBaseUrl: k.pollBaseUrl });
  return {
    name: "kuaidi100",
    subscribe: async () => void (await client.subscribe({ company: com, number: input.trackingNumber, callbackUrl: `${config().publicBaseUrl}/api/webhooks/kuaidi100`, salt: k.salt!, phone: input.phone })),
  };
}

function kdniaoSubscriber(input: { trackingNumber: string; carrier: string; phone?: string }): Subscriber | null {
  const n = config().carriers.kdniao;
  const carrier = input.carrier as CarrierCode;
  if (!n.eBusinessId || !n.appKey || kdniaoShipperForCarrier(carrier) === undefined) return null;
  const client = createKdniaoClient({ credentials: { eBusinessId: n.eBusinessId, appKey: n.appKey }, baseUrl: n.baseUrl });
  return {
    name: "kdniao",
    subscribe: async () =>
      void (await client.subscribe({ carrier, logisticCode: input.trackingNumber, callbackUrl: `${config().publicBaseUrl}/api/webhooks/kdniao`, phoneLast4: input.phone?.slice(-4) })),
  };
}
