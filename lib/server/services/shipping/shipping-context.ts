import "server-only";
// Shared by the shipping verbs: which provider issues waybills, the sender address, label URLs.
import { DEMO_WAREHOUSES } from "@/lib/demo/warehouses";
import { createSandboxWaybillProvider } from "@/lib/carriers/sandbox/sandbox-waybill-provider";
import { CarrierRefusedError, type WaybillProvider } from "@/lib/carriers/waybill-provider";
import type { WaybillRequest } from "@/lib/carriers/types";

const holder = globalThis as unknown as { __shiplaneWaybillProvider?: WaybillProvider };

/**
 * The sandbox network unless it is switched off (production) or a test installs another. With it off and no
 * aggregator issuing e-waybills yet, shipping refuses with a clear message and waybills are bound by hand.
 */
export function waybillProvider(): WaybillProvider {
  holder.__shiplaneWaybillProvider ??= process.env.SHIPLANE_SANDBOX === "off" ? noWaybillProvider : createSandboxWaybillProvider();
  return holder.__shiplaneWaybillProvider;
}

const noWaybillProvider: WaybillProvider = {
  name: "none",
  supports: () => false,
  requestWaybill: async (carrier) => Promise.reject(new CarrierRefusedError(carrier, "no e-waybill provider is configured; bind the tracking number by hand")),
  cancelWaybill: async () => undefined,
};

export function useWaybillProvider(provider: WaybillProvider | undefined) {
  holder.__shiplaneWaybillProvider = provider;
}

export function senderFor(attributes: Record<string, unknown>): WaybillRequest["sender"] & { warehouseName: string } {
  const w = DEMO_WAREHOUSES.find((x) => x.code === attributes.warehouse) ?? DEMO_WAREHOUSES[0];
  return { name: w.contactName, phone: w.contactPhone, province: w.province, city: w.city, district: w.district, address: w.addressLine, warehouseName: w.name };
}

export function labelUrl(trackingNumber: string): string {
  return `/api/v1/waybills/${encodeURIComponent(trackingNumber)}/label.pdf`;
}
