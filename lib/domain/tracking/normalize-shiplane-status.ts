// Shiplane's own push format `status_code` → canonical status. This table IS the spec of the codes
// (docs/shiplane-push-format.md lists the same set); the built-in sandbox carrier network pushes these.
import {
  cleanCode,
  lookupEntry,
  mappingFromEntry,
  unknownMapping,
  type StatusMapping,
  type StatusTable,
} from "@/lib/domain/tracking/status-mapping";

export const SHIPLANE_STATUS_TABLE: StatusTable = {
  CREATED: { status: "info_received", label: "Label created, parcel not yet handed over" },
  PICKED_UP: { status: "in_transit", subStatus: "collected", label: "Collected from the sender" },
  IN_TRANSIT: { status: "in_transit", label: "Moving between facilities" },
  ARRIVED_HUB: { status: "in_transit", label: "Arrived at a hub / sorting center" },
  DEPARTED_HUB: { status: "in_transit", label: "Departed a hub / sorting center" },
  OUT_FOR_DELIVERY: { status: "out_for_delivery", label: "With the courier for delivery" },
  DELIVERED: { status: "delivered", label: "Delivered to the recipient" },
  DELIVERED_LOCKER: { status: "delivered", subStatus: "delivered_to_locker", label: "Delivered to a locker or station" },
  DELIVERY_FAILED: { status: "attempt_fail", label: "Delivery attempted and failed" },
  HELD_AT_PICKUP: { status: "available_for_pickup", label: "Waiting at a pickup point" },
  RETURNING: { status: "exception", subStatus: "returning", label: "On the way back to the sender" },
  RETURNED: { status: "exception", subStatus: "returned_to_sender", label: "Returned to the sender" },
  REFUSED: { status: "exception", subStatus: "refused", label: "Recipient refused the parcel" },
  LOST: { status: "exception", subStatus: "lost", label: "Declared lost" },
  DAMAGED: { status: "exception", subStatus: "damaged", label: "Damaged" },
  CUSTOMS_HOLD: { status: "exception", subStatus: "customs", label: "Held by customs" },
  CUSTOMS_CLEARED: { status: "in_transit", subStatus: "customs_cleared", label: "Released by customs" },
  DELAYED: { status: "exception", subStatus: "delayed", label: "Delayed" },
  ADDRESS_ISSUE: { status: "exception", subStatus: "address_problem", label: "Address incomplete or wrong" },
  EXPIRED: { status: "expired", label: "No further updates expected" },
};

export const SHIPLANE_STATUS_CODES = Object.keys(SHIPLANE_STATUS_TABLE);

/** Codes are upper snake case; senders that lower-case them are still understood. rawCode stays verbatim. */
export function normalizeShiplaneStatus(statusCode: string | null | undefined): StatusMapping {
  const raw = cleanCode(statusCode);
  if (raw === undefined) return unknownMapping(undefined);
  const entry = lookupEntry(SHIPLANE_STATUS_TABLE, raw.toUpperCase());
  return entry !== undefined ? mappingFromEntry(entry, raw, false) : unknownMapping(raw);
}
