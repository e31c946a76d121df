import "server-only";
// Shared by the shipping verbs: which provider issues waybills, the sender address, label URLs.
import { DEMO_WAREHOUSES } from "@/lib/demo/warehouses";
import { createSandboxWaybillProvider } from "@/lib/carriers/sandbox/sandbox-waybill-provider";
import { CarrierRefusedError, type WaybillProvider } from "@/lib/carriers/waybill-provider";
import type { CarrierCode, WaybillRequest } from "@/lib/carriers/types";
import { createKuaidi100Client } from "@/lib/carriers/kuaidi100/client";
import { createKuaidi100WaybillProvider } from "@/lib/carriers/kuaidi100/kuaidi100-waybill-provider";
import { createKdniaoClient } from "@/lib/carriers/kdniao/client";
import { createKdniaoWaybillProvider } from "@/lib/carriers/kdniao/kdniao-waybill-provider";
import { config } from "@/lib/server/config";

const holder = globalThis as unknown as { __shiplaneWaybillProviders?: WaybillProvider[]; __shiplaneWaybillOverride?: WaybillProvider };

/**
 * Who issues e-waybills, in order: Kuaidi100, then Kdniao, for the carriers with a configured account, then the
 * sandbox network for the rest unless it is switched off (production). A test may install one provider for all.
 */
function providers(): WaybillProvider[] {
  if (holder.__shiplaneWaybillOverride) return [holder.__shiplaneWaybillOverride];
  if (!holder.__shiplaneWaybillProviders) {
    const k = config().carriers.kuaidi100;
    const list: WaybillProvider[] = [];
    if (Object.keys(k.waybillAccounts).length > 0) {
      const client = createKuaidi100Client({ credentials: { key: k.key, secret: k.secret }, apiBaseUrl: k.apiBaseUrl, timeoutMs: 15_000 });
      list.push(createKuaidi100WaybillProvider(client, k.waybillAccounts));
    }
    const n = config().carriers.kdniao;
    if (Object.keys(n.waybillAccounts).length > 0) {
      const client = createKdniaoClient({ credentials: { eBusinessId: n.eBusinessId, appKey: n.appKey }, baseUrl: n.baseUrl, timeoutMs: 15_000 });
      list.push(createKdniaoWaybillProvider(client, n.waybillAccounts));
    }
    if (process.env.SHIPLANE_SANDBOX !== "off") list.push(createSandboxWaybillProvider());
    holder.__shiplaneWaybillProviders = list;
  }
  return holder.__shiplaneWaybillProviders;
}

/** The provider that issues this carrier's e-waybills; with none, shipping refuses clearly and waybills are bound by hand. */
export function waybillProviderFor(carrier: CarrierCode): WaybillProvider {
  return providers().find((p) => p.supports(carrier)) ?? noWaybillProvider;
}

export function canIssueWaybills(carrier: string): boolean {
  return providers().some((p) => p.supports(carrier as CarrierCode));
}

/** The provider that issued a waybill (parcels record its name), to cancel it there. */
export function waybillProviderNamed(name: string): WaybillProvider | undefined {
  return providers().find((p) => p.name === name);
}

const noWaybillProvider: WaybillProvider = {
  name: "none",
  supports: () => false,
  requestWaybill: async (carrier) => Promise.reject(new CarrierRefusedError(carrier, "no e-waybill provider is configured; bind the tracking number by hand")),
  cancelWaybill: async () => undefined,
};

/** Tests: one provider for every carrier, or undefined to rebuild the configured ones from the environment. */
export function useWaybillProvider(provider: WaybillProvider | undefined) {
  holder.__shiplaneWaybillOverride = provider;
  holder.__shiplaneWaybillProviders = undefined;
}

/** The order's warehouse (attributes.warehouse) from SHIPLANE_WAREHOUSES, or the demo merchant's when unset. */
export function senderFor(attributes: Record<string, unknown>): WaybillRequest["sender"] & { warehouseName: string } {
  const warehouses = config().warehouses ?? DEMO_WAREHOUSES;
  const w = warehouses.find((x) => x.code === attributes.warehouse) ?? warehouses[0];
  return { name: w.contactName, phone: w.contactPhone, province: w.province, city: w.city, district: w.district, address: w.addressLine, warehouseName: w.name };
}

export function labelUrl(trackingNumber: string): string {
  return `/api/v1/waybills/${encodeURIComponent(trackingNumber)}/label.pdf`;
}
