// E-waybills through Kuaidi100 (电子面单 V2) on the merchant's carrier accounts (KUAIDI100_WAYBILL_ACCOUNTS).
import { createAccountWaybillProvider } from "@/lib/carriers/account-waybill-provider";
import type { CarrierCode } from "@/lib/carriers/types";
import type { WaybillProvider } from "@/lib/carriers/waybill-provider";
import type { Kuaidi100WaybillAccounts } from "@/lib/schemas/kuaidi100-waybill-accounts";
import { kuaidi100ComForCarrier } from "./carrier-codes";
import type { Kuaidi100Client, Kuaidi100WaybillAccount } from "./client";

export function createKuaidi100WaybillProvider(client: Pick<Kuaidi100Client, "createWaybill" | "cancelWaybill">, accounts: Kuaidi100WaybillAccounts): WaybillProvider {
  return createAccountWaybillProvider<Kuaidi100WaybillAccount>({
    name: "kuaidi100",
    label: "Kuaidi100",
    accountFor: (carrier: CarrierCode) => {
      const account = (accounts as Partial<Record<CarrierCode, Omit<Kuaidi100WaybillAccount, "carrier">>>)[carrier];
      return account && kuaidi100ComForCarrier(carrier) !== undefined ? { ...account, carrier } : undefined;
    },
    create: (request, account) => client.createWaybill(request, account),
    cancel: (trackingNumber, account, reason) => client.cancelWaybill(trackingNumber, account, reason),
  });
}
