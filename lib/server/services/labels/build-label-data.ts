import "server-only";
import { getCarrier } from "@/lib/carriers/registry";
import { maskName, maskPhone } from "@/lib/domain/privacy/mask";
import type { LabelData } from "@/lib/labels/label-data";
import { config } from "@/lib/server/config";
import type { findParcelsForLabels } from "@/lib/server/db/parcels-repository";
import { senderFor } from "@/lib/server/services/shipping/shipping-context";

type ParcelWithOrder = Awaited<ReturnType<typeof findParcelsForLabels>>[number];

/**
 * Label content for one parcel. The recipient's phone is masked and the name partly masked, as Chinese
 * e-waybill privacy practice requires: labels travel in public view.
 */
export function buildLabelData(parcel: ParcelWithOrder, parcelCount: number): LabelData {
  const o = parcel.order;
  const adapter = getCarrier(parcel.carrier);
  const attributes = (o.attributes ?? {}) as Record<string, unknown>;
  const sender = senderFor(attributes);
  const items = (o.items as { name: string; quantity: number; sku: string }[]) ?? [];
  const parcelItems = (parcel.items as { sku: string; quantity: number }[] | null)?.map((pi) => ({ name: items.find((i) => i.sku === pi.sku)?.name ?? pi.sku, quantity: pi.quantity }));
  return {
    trackingNumber: parcel.trackingNumber,
    carrier: { code: parcel.carrier, nameZh: adapter?.name.zh ?? parcel.carrier.toUpperCase(), nameEn: adapter?.name.en ?? parcel.carrier.toUpperCase() },
    size: adapter?.labelSize ?? "100x150",
    sortCode: parcel.sortCode ?? `${o.city.replace(/市$/, "")} ${o.district}`,
    recipient: { name: maskName(o.customerName), phone: maskPhone(o.customerPhone), province: o.province, city: o.city, district: o.district, address: o.addressLine },
    sender: { name: sender.warehouseName, phone: maskPhone(sender.phone), province: sender.province, city: sender.city, district: sender.district, address: sender.address },
    items: parcelItems ?? items.map((i) => ({ name: i.name, quantity: i.quantity })),
    weightKg: parcel.weightGrams ? parcel.weightGrams / 1000 : undefined,
    platformOrderNo: o.platformOrderNo,
    createdAt: parcel.createdAt,
    trackingUrl: `${config().publicBaseUrl}/track?n=${encodeURIComponent(parcel.trackingNumber)}`,
    coldChain: Boolean(attributes.coldChain),
    parcelIndex: parcel.parcelIndex,
    parcelCount,
  };
}
