// Who issues electronic waybills. Real platforms reach carriers through aggregators (Kuaidi100, Kdniao) or
// direct carrier APIs; the built-in sandbox network stands in when none is configured (demo, tests, benchmarks).
import type { CarrierCode, WaybillRequest, WaybillResult } from "./types";

export class CarrierRefusedError extends Error {
  constructor(public readonly carrier: string, public readonly reason: string) {
    super(`${carrier.toUpperCase()} refused the waybill: ${reason}`);
    this.name = "CarrierRefusedError";
  }
}

export interface WaybillProvider {
  name: "sandbox" | "kuaidi100" | "kdniao" | "none";
  supports(carrier: CarrierCode): boolean;
  requestWaybill(carrier: CarrierCode, request: WaybillRequest): Promise<WaybillResult>;
  /** `parcelRef` is the request's parcelRef, for providers that cancel by their own order reference. */
  cancelWaybill(carrier: CarrierCode, trackingNumber: string, reason: string, parcelRef?: string): Promise<void>;
}
