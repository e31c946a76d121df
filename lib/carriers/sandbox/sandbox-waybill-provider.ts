// The sandbox carrier network's e-waybill desk: real number formats, real sort-code shapes, and the refusals a
// real carrier gives (incomplete address, overweight parcel, cold chain on a carrier without it).
import { randomInt } from "node:crypto";
import type { CarrierCode, WaybillRequest, WaybillResult } from "@/lib/carriers/types";
import { CarrierRefusedError, type WaybillProvider } from "@/lib/carriers/waybill-provider";
import { isSandboxCarrier, issueTrackingNumber } from "./issue-tracking-number";
import { sortCodeFor } from "./sort-code";

const MAX_WEIGHT_KG: Record<string, number> = { sf: 60, jd: 60, ems: 40, yto: 40, zto: 40, sto: 40, yunda: 40, jt: 40 };
const COLD_CHAIN_CARRIERS = new Set<CarrierCode>(["sf", "jd"]);
const secureRandom = () => randomInt(0, 2 ** 47) / 2 ** 47;

export function createSandboxWaybillProvider(random: () => number = secureRandom): WaybillProvider {
  const cancelled = new Set<string>();
  return {
    name: "sandbox",
    supports: (carrier) => isSandboxCarrier(carrier),
    async requestWaybill(carrier, request): Promise<WaybillResult> {
      if (!isSandboxCarrier(carrier)) throw new CarrierRefusedError(carrier, "not served by the sandbox network");
      const r = request.recipient;
      if (!r.province || !r.city || !r.district || r.address.trim().length < 4) throw new CarrierRefusedError(carrier, "recipient address incomplete");
      if (!/^1[3-9]\d{9}$|^0\d{2,3}-?\d{7,8}$/.test(r.phone.replace(/^(\+?86)/, ""))) throw new CarrierRefusedError(carrier, "recipient phone invalid");
      const max = MAX_WEIGHT_KG[carrier] ?? 40;
      if (request.parcel.weightKg <= 0 || request.parcel.weightKg > max) throw new CarrierRefusedError(carrier, `weight ${request.parcel.weightKg} kg outside 0–${max} kg`);
      if (request.coldChain && !COLD_CHAIN_CARRIERS.has(carrier)) throw new CarrierRefusedError(carrier, "no cold-chain service");
      return { carrier, trackingNumber: issueTrackingNumber(carrier, random), sortCode: sortCodeFor(carrier, r.province, r.city) };
    },
    async cancelWaybill(_carrier, trackingNumber) {
      cancelled.add(trackingNumber);
    },
  };
}
