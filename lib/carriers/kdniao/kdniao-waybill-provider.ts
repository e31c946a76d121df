// E-waybills through Kdniao (1007, cancel 1147) on the merchant's carrier accounts (KDNIAO_WAYBILL_ACCOUNTS).
import { createAccountWaybillProvider } from "@/lib/carriers/account-waybill-provider";
import type { CarrierCode } from "@/lib/carriers/types";
import type { WaybillProvider } from "@/lib/carriers/waybill-provider";
import type { KdniaoWaybillAccounts } from "@/lib/schemas/kdniao-waybill-accounts";
import type { KdniaoClient, KdniaoWaybillAccount } from "./client";
import { kdniaoShipperForCarrier } from "./shipper-codes";

export function createKdniaoWaybillProvider(client: Pick<KdniaoClient, "createWaybill" | "cancelWaybill">, accounts: KdniaoWaybillAccounts): WaybillProvider {
  return createAccountWaybillProvider<KdniaoWaybillAccount>({
    name: "kdniao",
    label: "Kdniao",
    accountFor: (carrier: CarrierCode) => {
      const account = (accounts as Partial<Record<CarrierCode, Omit<KdniaoWaybillAccount, "carrier">>>)[carrier];
      return account && kdniaoShipperForCarrier(carrier) !== undefined ? { ...account, carrier } : undefined;
    },
    create: (request, account) => client.createWaybill(request, account),
    // Kdniao cancels by the OrderCode the waybill was created with; without it there is nothing to send.
    cancel: async (trackingNumber, account, _reason, parcelRef) => {
      if (parcelRef) await client.cancelWaybill(trackingNumber, account, parcelRef);
    },
  });
}
