// Every carrier adapter the product knows. Adding a carrier: add its code to CarrierCode, create its
// folder, and add one line here; the Record type refuses to compile until every code has an adapter.
import type { CarrierAdapter, CarrierCode } from "@/lib/carriers/types";
import { sfAdapter } from "@/lib/carriers/sf/sf-adapter";
import { ytoAdapter } from "@/lib/carriers/yto/yto-adapter";
import { ztoAdapter } from "@/lib/carriers/zto/zto-adapter";
import { stoAdapter } from "@/lib/carriers/sto/sto-adapter";
import { yundaAdapter } from "@/lib/carriers/yunda/yunda-adapter";
import { jdAdapter } from "@/lib/carriers/jd/jd-adapter";
import { jtAdapter } from "@/lib/carriers/jt/jt-adapter";
import { emsAdapter } from "@/lib/carriers/ems/ems-adapter";
import {
  dhlAdapter,
  fedexAdapter,
  otherInternationalAdapter,
  upsAdapter,
  uspsAdapter,
} from "@/lib/carriers/international/international-adapters";

// Insertion order is the display order and the tie-break when detection candidates rank equal.
const ADAPTERS_BY_CODE: Record<CarrierCode, CarrierAdapter> = {
  sf: sfAdapter,
  yto: ytoAdapter,
  zto: ztoAdapter,
  sto: stoAdapter,
  yunda: yundaAdapter,
  jd: jdAdapter,
  jt: jtAdapter,
  ems: emsAdapter,
  ups: upsAdapter,
  fedex: fedexAdapter,
  usps: uspsAdapter,
  dhl: dhlAdapter,
  other_intl: otherInternationalAdapter,
};

const ADAPTERS: readonly CarrierAdapter[] = Object.freeze(Object.values(ADAPTERS_BY_CODE));

export function isCarrierCode(value: string): value is CarrierCode {
  return Object.hasOwn(ADAPTERS_BY_CODE, value);
}

/** The adapter for a carrier code, or undefined when the code is unknown (e.g. unchecked user input). */
export function getCarrier(code: string): CarrierAdapter | undefined {
  return isCarrierCode(code) ? ADAPTERS_BY_CODE[code] : undefined;
}

export function listCarriers(): readonly CarrierAdapter[] {
  return ADAPTERS;
}
