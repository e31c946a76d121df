// The live side of the sandbox network: which planned scans have happened by now, and how they go over
// the wire in Shiplane's own push format (docs/shiplane-push-format.md), exactly as a partner carrier
// would send them.
import type { SandboxCarrierCode } from "./issue-tracking-number";
import type { SandboxCheckpoint } from "./plan-journey";

/** One event of the Shiplane push body (the parser's schema in lib/carriers/shiplane/push.ts). */
export interface ShiplanePushEvent {
  event_id: string;
  tracking_number: string;
  carrier: SandboxCarrierCode;
  status_code: string;
  /** ISO 8601 in Beijing time, "2026-11-21T10:12:05+08:00". */
  timestamp: string;
  location: string;
  description: string;
  lng: number;
  lat: number;
}

/**
 * Checkpoints of `plan` that have happened by `now` (inclusive) and, when `after` is given, strictly after
 * it: pass the occurredAt of the last pushed checkpoint as `after` to get only the new ones.
 */
export function dueSandboxEvents(plan: readonly SandboxCheckpoint[], now: Date, after?: Date): SandboxCheckpoint[] {
  const until = now.getTime();
  const since = after?.getTime() ?? -Infinity;
  return plan.filter(({ occurredAt }) => occurredAt.getTime() <= until && occurredAt.getTime() > since);
}

/**
 * Push events for `checkpoints`, in their order. event_id comes from the checkpoint's position in its full
 * journey (not in this slice), so re-sending a checkpoint reuses its id and Shiplane processes it once.
 */
export function toShiplanePushEvents(
  trackingNumber: string,
  carrier: SandboxCarrierCode,
  checkpoints: readonly SandboxCheckpoint[],
): ShiplanePushEvent[] {
  return checkpoints.map((checkpoint) => ({
    event_id: `${trackingNumber}-${checkpoint.sequence}`,
    tracking_number: trackingNumber,
    carrier,
    status_code: checkpoint.statusCode,
    timestamp: toBeijingIso(checkpoint.occurredAt),
    location: checkpoint.location,
    description: checkpoint.description,
    lng: roundCoordinate(checkpoint.lng),
    lat: roundCoordinate(checkpoint.lat),
  }));
}

const BEIJING_OFFSET_MS = 8 * 3_600_000;

/** "2026-11-21T10:12:05+08:00", with milliseconds only when the instant has them (CREATED = shippedAt). */
export function toBeijingIso(at: Date): string {
  const local = new Date(at.getTime() + BEIJING_OFFSET_MS).toISOString(); // "2026-11-21T10:12:05.000Z"
  const wholeSeconds = local.slice(0, 19);
  const millis = local.slice(19, 23);
  return `${wholeSeconds}${millis === ".000" ? "" : millis}+08:00`;
}

// Six decimals is ~0.1 m: plenty, and keeps float noise out of the JSON.
const roundCoordinate = (value: number) => Math.round(value * 1e6) / 1e6;
