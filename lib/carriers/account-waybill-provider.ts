// E-waybills issued by an aggregator (Kuaidi100, Kdniao) against the merchant's own carrier accounts
// (月结账号). A carrier is supported only when an account is configured for it. The aggregator's business
// answers ("address out of range", "account suspended") are refusals the warehouse must act on, shown with the
// aggregator's words; an unreachable API stays a retryable CarrierApiError.
import { CarrierApiError } from "./push-errors";
import type { CarrierCode, WaybillRequest, WaybillResult } from "./types";
import { CarrierRefusedError, type WaybillProvider } from "./waybill-provider";

export interface AccountWaybillProviderOptions<A> {
  name: "kuaidi100" | "kdniao";
  /** As the aggregator is called in messages, e.g. "Kuaidi100". */
  label: string;
  accountFor(carrier: CarrierCode): A | undefined;
  create(request: WaybillRequest, account: A): Promise<WaybillResult>;
  cancel(trackingNumber: string, account: A, reason: string, parcelRef?: string): Promise<void>;
}

export function createAccountWaybillProvider<A>(options: AccountWaybillProviderOptions<A>): WaybillProvider {
  return {
    name: options.name,
    supports: (carrier) => options.accountFor(carrier) !== undefined,
    async requestWaybill(carrier, request) {
      const account = options.accountFor(carrier);
      if (!account) throw new CarrierRefusedError(carrier, `no ${options.label} e-waybill account is configured for this carrier`);
      try {
        return await options.create(request, account);
      } catch (error) {
        if (error instanceof CarrierApiError && !error.transient) throw new CarrierRefusedError(carrier, `${error.detail} (${options.label} ${error.code})`);
        throw error;
      }
    },
    async cancelWaybill(carrier, trackingNumber, reason, parcelRef) {
      const account = options.accountFor(carrier);
      if (account) await options.cancel(trackingNumber, account, reason, parcelRef);
    },
  };
}
