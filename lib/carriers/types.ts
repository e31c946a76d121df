// The one interface every carrier or aggregator adapter implements. Adapters are pure with respect to the
// database: they talk to the carrier (or the sandbox) and translate wire formats into domain values.
import type { ShipmentStatus } from "@/lib/domain/tracking/shipment-status";

export type CarrierCode =
  | "sf" | "yto" | "zto" | "sto" | "yunda" | "jd" | "jt" | "ems"
  | "ups" | "fedex" | "usps" | "dhl" | "other_intl";

export interface DetectionCandidate {
  carrier: CarrierCode;
  /** Normalized number (spaces and dashes removed, upper case). */
  trackingNumber: string;
  /** true when the format matches and any check digit verifies. */
  valid: boolean;
  /** 0..1; a number that fits several carriers' formats gets several candidates with lower confidence. */
  confidence: number;
  /** Human-readable explanation, e.g. "S10 check digit 7 does not match computed 3". */
  reason: string;
  /** Service name when the format tells it (e.g. "UPS Mail Innovations"). */
  service?: string;
}

/** One scan or status report of a parcel, already parsed from a carrier format. */
export interface ParsedCheckpoint {
  /** UTC instant. Local times without offset are interpreted in the carrier's zone (Asia/Shanghai by default). */
  occurredAt: Date;
  /** Carrier's original local time text, exactly as sent. */
  localTime?: string;
  location?: string;
  /** From the carrier when sent (e.g. Kuaidi100 areaCenter "lng,lat"). */
  lng?: number;
  lat?: number;
  rawCode?: string;
  status: ShipmentStatus;
  subStatus?: string;
  description: string;
}

export interface ParsedShipmentUpdate {
  carrier?: CarrierCode | string;
  /** Empty only when the sender identified the parcel by orderId alone (Shiplane push format). */
  trackingNumber: string;
  /** Our order id, when the sender addresses the parcel by order (Shiplane push format). */
  orderId?: string;
  /** Provider's id of the event/delivery, for idempotent processing (AfterShip event_id, Shiplane event_id). */
  eventId?: string;
  /** Carrier's delivery estimate when it sends one (Kdniao EstimatedDeliveryTime). */
  estimatedDeliveryAt?: Date;
  /** Status the carrier claims for the parcel as a whole, if it sends one. */
  status?: ShipmentStatus;
  subStatus?: string;
  rawStatus?: string;
  checkpoints: ParsedCheckpoint[];
}

export interface WaybillRequest {
  orderId: string;
  /** Unique per parcel of the order ("<orderId>-2"), for providers that want one reference per waybill. */
  parcelRef?: string;
  platformOrderNo: string;
  recipient: { name: string; phone: string; province: string; city: string; district: string; address: string };
  sender: { name: string; phone: string; province: string; city: string; district: string; address: string };
  parcel: { weightKg: number; items: { name: string; quantity: number }[] };
  coldChain?: boolean;
}

export interface WaybillResult {
  carrier: CarrierCode;
  trackingNumber: string;
  /** Routing / sort code printed large on the label (e.g. SF "755W-010"). */
  sortCode?: string;
  raw?: unknown;
}

export interface CarrierAdapter {
  code: CarrierCode;
  /** Display names. */
  name: { en: string; zh: string };
  /** Label size in mm used for this carrier's e-waybill. */
  labelSize: "100x150" | "76x130" | "100x180";
  /** Detect and validate a normalized tracking number; null when the format is not this carrier's. */
  detect(trackingNumber: string): DetectionCandidate | null;
}
