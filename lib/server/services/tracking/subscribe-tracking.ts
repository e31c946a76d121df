import "server-only";
// After a waybill is bound, make sure someone will tell us where it goes: sandbox waybills are pushed by the
// sandbox network; with Kuaidi100 configured, other waybills are subscribed there (pushes to
// /api/webhooks/kuaidi100); anything else, or a failed subscription, falls back to polling.
import { createKuaidi100Client } from "@/lib/carriers/kuaidi100/client";
import { kuaidi100ComForCarrier } from "@/lib/carriers/kuaidi100/carrier-codes";
import type { CarrierCode } from "@/lib/carriers/types";
import { config } from "@/lib/server/config";
import { db } from "@/lib/server/db/client";
import { schedulePollByTrackingNumber, updateSubscriptionState } from "@/lib/server/db/polling-repository";
import { log } from "@/lib/server/log";

export async function subscribeTracking(input: { trackingNumber: string; carrier: string; issuedBy: string; phone?: string }): Promise<"sandbox" | "kuaidi100" | "polling"> {
  if (input.issuedBy === "sandbox") return "sandbox";
  const k = config().carriers.kuaidi100;
  const com = kuaidi100ComForCarrier(input.carrier as CarrierCode);
  if (k.key && k.salt && com) {
    try {
      const client = createKuaidi100Client({ credentials: { key: k.key, customer: k.customer }, pollBaseUrl: k.pollBaseUrl });
      await client.subscribe({ company: com, number: input.trackingNumber, callbackUrl: `${config().publicBaseUrl}/api/webhooks/kuaidi100`, salt: k.salt, phone: input.phone });
      await updateSubscriptionState(db(), [input.trackingNumber], "kuaidi100:polling", null);
      return "kuaidi100";
    } catch (error) {
      log("warn", "kuaidi100 subscription failed; polling instead", { trackingNumber: input.trackingNumber, error: error instanceof Error ? error.message : String(error) });
    }
  }
  await schedulePollByTrackingNumber(db(), input.trackingNumber, new Date());
  return "polling";
}
