// Canonical shipment statuses (AfterShip-style tags). Every carrier format maps into these by a table.
export const SHIPMENT_STATUSES = [
  "pending",
  "info_received",
  "in_transit",
  "out_for_delivery",
  "attempt_fail",
  "available_for_pickup",
  "delivered",
  "exception",
  "expired",
] as const;
export type ShipmentStatus = (typeof SHIPMENT_STATUSES)[number];

/** Sub-statuses refine a canonical status; free-form but these are the ones the product understands. */
export const SUB_STATUSES = [
  "customs",
  "customs_cleared",
  "refused",
  "returning",
  "returned_to_sender",
  "damaged",
  "lost",
  "address_problem",
  "delayed",
  "signed_by_agent",
  "picked_up_from_locker",
  "forwarded",
  "collected",
  "no_update",
  "unknown_code",
  // Added for the Kuaidi100 / Kdniao detail codes that have no closer equivalent above.
  "delivered_to_locker",
  "pickup_overdue",
  "recipient_unreachable",
  "cancelled",
  "intercepted",
  "missorted",
  "held_for_payment",
] as const;
export type SubStatus = (typeof SUB_STATUSES)[number];
