// E-waybills issued through Kuaidi100 (电子面单 V2) against the merchant's own carrier accounts. A carrier
// is supported only when an account is configured for it. The aggregator's business answers ("address out of
// range", "account suspended") are refusals the warehouse must act on; an unreachable API is not.
import { CarrierApiError } from "@/lib/carriers/push-errors";
import type { CarrierCode, WaybillRequest, WaybillResult } from "@/lib/carriers/types";
import { CarrierRefusedError, type WaybillProvider } from "@/lib/carriers/waybill-provider";
import type { Kuaidi100WaybillAccounts } from "@/lib/schemas/kuaidi100-waybill-accounts";
import { kuaidi100ComForCarrier } from "./carrier-codes";
import type { Kuaidi100Client, Kuaidi100WaybillAccount } from "./client";

export function createKuaidi100WaybillProvider(client: Pick<Kuaidi100Client, "createWaybill" | "cancelWaybill">, accounts: Kuaidi100WaybillAccounts): WaybillProvider {
  const accountFor = (carrier: CarrierCode): Kuaidi100WaybillAccount | undefined => {
    const account = (accounts as Partial<Record<CarrierCode, Omit<Kuaidi100WaybillAccount, "carrier">>>)[carrier];
    return account && kuaidi100ComForCarrier(carrier) !== undefined ? { ...account, carrier } : undefined;
  };
  return {
    name: "kuaidi100",
    supports: (carrier) => accountFor(carrier) !== undefined,
    async requestWaybill(carrier: CarrierCode, request: WaybillRequest): Promise<WaybillResult> {
      const account = accountFor(carrier);
      if (!account) throw new CarrierRefusedError(carrier, "no Kuaidi100 e-waybill account is configured for this carrier");
      try {
        return await client.createWaybill(request, account);
      } catch (error) {
        if (error instanceof CarrierApiError && !error.transient) throw new CarrierRefusedError(carrier, `${error.detail} (Kuaidi100 ${error.code})`);
        throw error;
      }
    },
    async cancelWaybill(carrier: CarrierCode, trackingNumber: string, reason: string): Promise<void> {
      const account = accountFor(carrier);
      if (account) await client.cancelWaybill(trackingNumber, account, reason);
    },
  };
}
