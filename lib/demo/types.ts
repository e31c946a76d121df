// Shapes produced by the demo generator. They mirror the Prisma models (Order, Parcel, TrackingEvent,
// OrderStatusHistory) closely enough to insert directly, but stay plain data so this folder has no
// database dependency.
import type { ShipmentStatus } from "@/lib/domain/tracking/shipment-status";
import type { OrderStatus } from "./order-states";

export type DemoPlatform = "taobao" | "tmall" | "jd" | "pdd" | "douyin";
export type DemoCarrier = "sf" | "yto" | "zto" | "sto" | "yunda" | "jd" | "jt" | "ems";
export type HistoryActor = "system" | "warehouse" | "carrier" | "customer";

/** Supplied by the caller; must be deterministic given `random` so a seed reproduces the same numbers. */
export type IssueTrackingNumber = (carrier: DemoCarrier, random: () => number) => string;

/** Shiplane's own scan codes used by the demo; their canonical statuses are SHIPLANE_STATUS_TABLE's. */
export type ShiplaneRawCode =
  | "CREATED" | "PICKED_UP" | "DEPARTED_HUB" | "ARRIVED_HUB" | "IN_TRANSIT" | "OUT_FOR_DELIVERY" | "DELIVERED"
  | "DELIVERED_LOCKER" | "DELIVERY_FAILED" | "HELD_AT_PICKUP" | "RETURNING" | "RETURNED" | "REFUSED"
  | "LOST" | "DAMAGED" | "DELAYED";

export interface DemoItem {
  sku: string;
  name: string;
  quantity: number;
  unitPriceFen: number;
}

export interface DemoOrderAttributes {
  coldChain?: true;
  /** Allowed range in °C, e.g. [2, 8] chilled, [-18, -12] frozen. */
  temperatureC?: [number, number];
  fragile?: true;
  /** Total ≥ ¥2,000: shipped with SF/JD/EMS and signature on delivery. */
  highValue?: true;
}

export interface DemoStatusChange {
  /** null only for the first entry, which records the order's creation as pending_payment. */
  from: OrderStatus | null;
  to: OrderStatus;
  at: Date;
  reason?: string;
  actor: HistoryActor;
}

export interface DemoCheckpoint {
  occurredAt: Date;
  /** Carrier-style local time in Asia/Shanghai, "2024-11-20 14:03:22". */
  localTime: string;
  status: ShipmentStatus;
  subStatus?: string;
  rawCode: ShiplaneRawCode;
  location: string;
  lng: number;
  lat: number;
  description: string;
}

export interface DemoParcel {
  carrier: DemoCarrier;
  trackingNumber: string;
  /** "return" parcels carry goods from the customer back to the warehouse (退货), under their own number. */
  direction: "outbound" | "return";
  weightGrams: number;
  items: { sku: string; quantity: number }[];
  /** Status and sub-status of the latest checkpoint. */
  status: ShipmentStatus;
  subStatus?: string;
  lastEventAt?: Date;
  checkpoints: DemoCheckpoint[];
}

export interface DemoOrder {
  platform: DemoPlatform;
  platformOrderNo: string;
  customerName: string;
  customerPhone: string;
  province: string;
  city: string;
  district: string;
  addressLine: string;
  items: DemoItem[];
  totalFen: number;
  promisedDeliveryAt: Date;
  attributes: DemoOrderAttributes;
  createdAt: Date;
  status: OrderStatus;
  /** Time of the last history entry. */
  statusChangedAt: Date;
  /** Code of the sender warehouse in DEMO_WAREHOUSES. */
  warehouseCode: string;
  history: DemoStatusChange[];
  /** Empty until the order is shipped; cancelled-before-shipping orders have none. */
  parcels: DemoParcel[];
}

export interface GenerateDemoOrdersOptions {
  count: number;
  seed: number | string;
  /** Everything generated happens at or before this instant. */
  now: Date;
  issueTrackingNumber: IssueTrackingNumber;
}
