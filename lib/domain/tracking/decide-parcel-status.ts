// Decides a parcel's status from everything we know about it. Pushes arrive out of order and aggregators
// re-send full histories, so the answer must depend on event time only, never on arrival order.
import type { ShipmentStatus } from "@/lib/domain/tracking/shipment-status";

export interface StatusObservation {
  status: ShipmentStatus;
  subStatus?: string;
  occurredAt: Date;
}

export interface CurrentParcelStatus {
  status: ShipmentStatus;
  subStatus?: string;
  /** When the current status took effect; unknown means "older than every checkpoint". */
  since?: Date;
}

export interface ParcelStatusDecision {
  status: ShipmentStatus;
  subStatus?: string;
  /** Event time of the observation that decided; undefined when nothing timed was known. */
  decidedAt?: Date;
  changed: boolean;
}

/**
 * How far along the journey a status is. Used to order observations that share a timestamp and to refuse
 * regressions the latest-wins rule would otherwise allow (see acceptsNext).
 */
export const STATUS_PROGRESS_RANK: Readonly<Record<ShipmentStatus, number>> = {
  pending: 0,
  info_received: 1,
  in_transit: 2,
  expired: 2,
  out_for_delivery: 3,
  attempt_fail: 3,
  available_for_pickup: 4,
  exception: 4,
  delivered: 5,
};

// Smallest representable Date: an untimed stored status sorts before every real event.
const BEFORE_ALL_EVENTS_MS = -8.64e15;

const PRE_SHIPMENT: ReadonlySet<ShipmentStatus> = new Set(["pending", "info_received"]);

/** The parcel's journey is over: delivered, or back with the sender. */
export function isTerminalStatus(observation: { status: ShipmentStatus; subStatus?: string }): boolean {
  return (
    observation.status === "delivered" ||
    (observation.status === "exception" && observation.subStatus === "returned_to_sender")
  );
}

function rankOf(observation: { status: ShipmentStatus; subStatus?: string }): number {
  return isTerminalStatus(observation) ? STATUS_PROGRESS_RANK.delivered : STATUS_PROGRESS_RANK[observation.status];
}

/**
 * Whether a strictly-later (or same-time, higher-ranked) observation replaces the one in force.
 * Latest wins, except:
 *  - a finished parcel is not put back into motion by a later progress scan (carriers emit stray
 *    "到达/派件" scans after 签收); a later exception or terminal status does apply (e.g. refused after
 *    signing, delivered back to the sender);
 *  - an order-created / awaiting-pickup record never un-ships a parcel that was already moving.
 */
function acceptsNext(inForce: StatusObservation, next: StatusObservation): boolean {
  if (isTerminalStatus(inForce)) return isTerminalStatus(next) || next.status === "exception";
  if (PRE_SHIPMENT.has(next.status)) return rankOf(next) >= rankOf(inForce);
  return true;
}

function compareObservations(a: StatusObservation, b: StatusObservation): number {
  const byTime = a.occurredAt.getTime() - b.occurredAt.getTime();
  if (byTime !== 0) return byTime;
  const byRank = rankOf(a) - rankOf(b);
  if (byRank !== 0) return byRank;
  // Only to make the result independent of input order when two observations tie on time and rank.
  const aKey = `${a.status}/${a.subStatus ?? ""}`;
  const bKey = `${b.status}/${b.subStatus ?? ""}`;
  return aKey < bKey ? -1 : aKey > bKey ? 1 : 0;
}

/**
 * @param current the parcel's stored status, or null for a parcel never classified
 * @param checkpoints every checkpoint known for the parcel (stored and new); ones with an invalid date are ignored
 */
export function decideParcelStatus(
  current: CurrentParcelStatus | null,
  checkpoints: readonly StatusObservation[],
): ParcelStatusDecision {
  const timed = checkpoints.filter((c) => Number.isFinite(c.occurredAt.getTime()));
  const observations: StatusObservation[] = [...timed].sort(compareObservations);
  let inForce: StatusObservation | undefined;
  if (current !== null) {
    const since = current.since !== undefined && Number.isFinite(current.since.getTime()) ? current.since : undefined;
    inForce = { status: current.status, subStatus: current.subStatus, occurredAt: since ?? new Date(BEFORE_ALL_EVENTS_MS) };
    // A stored status with a known time competes like any observation; without one it only guards regressions.
    if (since !== undefined) {
      observations.push(inForce);
      observations.sort(compareObservations);
      inForce = undefined;
    }
  }
  for (const observation of observations) {
    if (inForce === undefined || acceptsNext(inForce, observation)) inForce = observation;
  }

  const decided: ParcelStatusDecision = inForce
    ? { status: inForce.status, changed: false }
    : { status: "pending", changed: false };
  if (inForce?.subStatus !== undefined) decided.subStatus = inForce.subStatus;
  if (inForce !== undefined && inForce.occurredAt.getTime() > BEFORE_ALL_EVENTS_MS) decided.decidedAt = inForce.occurredAt;
  decided.changed =
    current === null || current.status !== decided.status || (current.subStatus ?? undefined) !== decided.subStatus;
  return decided;
}
