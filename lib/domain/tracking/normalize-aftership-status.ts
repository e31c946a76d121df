// AfterShip `tag` / `subtag` → canonical status. Our statuses are AfterShip's tags in snake_case, so the
// tag table is 1:1; subtags add the sub-status. Subtag meanings from AfterShip's delivery sub-status list.
import {
  cleanCode,
  lookupEntry,
  mappingFromEntry,
  unknownMapping,
  type StatusMapping,
  type StatusTable,
} from "@/lib/domain/tracking/status-mapping";

export const AFTERSHIP_TAG_TABLE: StatusTable = {
  Pending: { status: "pending", label: "Pending" },
  InfoReceived: { status: "info_received", label: "Info Received" },
  InTransit: { status: "in_transit", label: "In Transit" },
  OutForDelivery: { status: "out_for_delivery", label: "Out for Delivery" },
  AttemptFail: { status: "attempt_fail", label: "Failed Attempt" },
  AvailableForPickup: { status: "available_for_pickup", label: "Available for Pickup" },
  Delivered: { status: "delivered", label: "Delivered" },
  Exception: { status: "exception", label: "Exception" },
  Expired: { status: "expired", label: "Expired" },
};

export const AFTERSHIP_SUBTAG_TABLE: StatusTable = {
  Pending_001: { status: "pending", label: "No information yet" },
  Pending_002: { status: "pending", label: "Pending: tracking number not yet recognised" },
  Pending_003: { status: "pending", label: "Pending: awaiting carrier information" },
  Pending_004: { status: "pending", label: "Pending: no recent update" },
  Pending_005: { status: "pending", label: "Pending: courier not recognised" },
  Pending_006: { status: "pending", label: "Pending: tracking number invalid" },
  InfoReceived_001: { status: "info_received", label: "Carrier has received the shipment info" },
  InTransit_001: { status: "in_transit", label: "Shipment on the way" },
  InTransit_002: { status: "in_transit", subStatus: "collected", label: "Shipment accepted by carrier" },
  InTransit_003: { status: "in_transit", label: "Shipment arrived at a hub or sorting center" },
  InTransit_004: { status: "in_transit", label: "Arrived at the destination country/region" },
  InTransit_005: { status: "in_transit", subStatus: "customs_cleared", label: "Customs clearance completed" },
  InTransit_006: { status: "in_transit", subStatus: "customs", label: "Customs clearance started" },
  InTransit_007: { status: "in_transit", label: "Package departed from the facility" },
  InTransit_008: { status: "in_transit", label: "Problem resolved" },
  InTransit_009: { status: "in_transit", subStatus: "forwarded", label: "Forwarded to a different delivery address" },
  OutForDelivery_001: { status: "out_for_delivery", label: "Shipment on the way to the recipient" },
  OutForDelivery_003: { status: "out_for_delivery", label: "Customer contacted" },
  OutForDelivery_004: { status: "out_for_delivery", label: "Delivery appointment scheduled" },
  AttemptFail_001: { status: "attempt_fail", label: "Delivery attempted, recipient not available" },
  AttemptFail_002: { status: "attempt_fail", subStatus: "recipient_unreachable", label: "Recipient not available" },
  AttemptFail_003: { status: "attempt_fail", label: "Business closed" },
  AvailableForPickup_001: { status: "available_for_pickup", label: "Available for pickup" },
  Delivered_001: { status: "delivered", label: "Shipment delivered successfully" },
  Delivered_002: { status: "delivered", subStatus: "picked_up_from_locker", label: "Picked up by the customer" },
  Delivered_003: { status: "delivered", label: "Delivered and signed by the customer" },
  Delivered_004: { status: "delivered", label: "Delivered and cash collected on delivery" },
  Exception_001: { status: "exception", label: "Delivery exception" },
  Exception_002: { status: "exception", subStatus: "address_problem", label: "Customer moved" },
  Exception_003: { status: "exception", subStatus: "refused", label: "Customer refused delivery" },
  Exception_004: { status: "exception", subStatus: "customs", label: "Delayed (customs clearance)" },
  Exception_005: { status: "exception", subStatus: "delayed", label: "Delayed (external factors)" },
  Exception_006: { status: "exception", subStatus: "held_for_payment", label: "Held for payment" },
  Exception_007: { status: "exception", subStatus: "address_problem", label: "Incorrect address" },
  Exception_008: { status: "exception", label: "Pick up missed" },
  Exception_009: { status: "exception", label: "Rejected by carrier" },
  Exception_010: { status: "exception", subStatus: "returning", label: "Returning to sender" },
  Exception_011: { status: "exception", subStatus: "returned_to_sender", label: "Returned to sender" },
  Exception_012: { status: "exception", subStatus: "damaged", label: "Shipment damaged" },
  Exception_013: { status: "exception", subStatus: "lost", label: "Shipment lost" },
  Expired_001: { status: "expired", label: "No further updates" },
};

/** The subtag wins when we know it; an unknown subtag falls back to its own prefix, then to the tag. */
export function normalizeAfterShip(tag: string | null | undefined, subtag?: string | null): StatusMapping {
  const cleanTag = cleanCode(tag);
  const cleanSubtag = cleanCode(subtag);
  if (cleanSubtag !== undefined) {
    const exact = lookupEntry(AFTERSHIP_SUBTAG_TABLE, cleanSubtag);
    if (exact !== undefined) return mappingFromEntry(exact, cleanSubtag, false);
    const prefixEntry = lookupEntry(AFTERSHIP_TAG_TABLE, cleanSubtag.split("_")[0]);
    const tagEntry = lookupEntry(AFTERSHIP_TAG_TABLE, cleanTag);
    const fallback = prefixEntry ?? tagEntry;
    return fallback !== undefined ? mappingFromEntry(fallback, cleanSubtag, true) : unknownMapping(cleanSubtag);
  }
  if (cleanTag === undefined) return unknownMapping(undefined);
  const entry = lookupEntry(AFTERSHIP_TAG_TABLE, cleanTag);
  return entry !== undefined ? mappingFromEntry(entry, cleanTag, false) : unknownMapping(cleanTag);
}
