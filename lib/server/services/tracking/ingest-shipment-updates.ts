import "server-only";
import { createHash } from "node:crypto";
import type { ParsedShipmentUpdate } from "@/lib/carriers/types";
import { findPlace } from "@/lib/geo/find-place";
import { checkpointDedupeKey } from "@/lib/domain/tracking/checkpoint-dedupe-key";
import { decideParcelStatus } from "@/lib/domain/tracking/decide-parcel-status";
import { orderStepsForShipment } from "@/lib/domain/tracking/order-move-for-shipment";
import type { ShipmentStatus } from "@/lib/domain/tracking/shipment-status";
import type { OrderStatus } from "@/lib/domain/orders/order-state-machine";
import { authorize, type Ctx } from "@/lib/server/auth/context";
import { database, db } from "@/lib/server/db/client";
import { countUnknownCodes, findParcelsForIngestion, findTrackingNumberForOrder, insertUnmatchedPush, type ParcelForIngestion } from "@/lib/server/db/ingestion-repository";
import { writeIngestion, type CheckpointRow, type IngestionWrite } from "@/lib/server/db/ingestion-write-repository";
import { log } from "@/lib/server/log";
import { cachedParcel, forgetParcel, rememberParcel } from "./parcel-state-cache";

export interface IngestOutcome {
  trackingNumber: string;
  matched: boolean;
  inserted: number;
  statusChanged: boolean;
  orderChanged: boolean;
}

const MAX_CAS_RETRIES = 8;

/**
 * Stores checkpoints once, moves the parcel (never backwards in event time) and its order, and writes outbox
 * events, all in one statement per parcel. Unknown tracking numbers go to the unmatched inbox. Resolves only
 * after everything is durably stored, so the caller may acknowledge the sender.
 */
export async function ingestShipmentUpdates({ ctx, input }: { ctx: Ctx; input: { source: string; updates: ParsedShipmentUpdate[]; unknownCodes?: string[] } }): Promise<IngestOutcome[]> {
  authorize(ctx, "tracking:read");
  const outcomes: IngestOutcome[] = [];
  for (const update of input.updates) outcomes.push(await ingestOne(ctx, input.source, update));
  if (input.unknownCodes?.length) await countUnknownCodes(db(), input.source, [...new Set(input.unknownCodes)]);
  return outcomes;
}

async function ingestOne(ctx: Ctx, source: string, original: ParsedShipmentUpdate): Promise<IngestOutcome> {
  const update = await resolveOrderOnlyUpdate(original);
  const trackingNumber = update.trackingNumber.replace(/[\s-]/g, "").toUpperCase();
  const carrier = typeof update.carrier === "string" && update.carrier ? update.carrier : undefined;
  const checkpoints = update.checkpoints.map(withCoordinates).map((c) => ({
    dedupe_key: checkpointDedupeKey({ occurredAt: c.occurredAt, rawCode: c.rawCode, description: c.description, location: c.location }),
    occurred_at: c.occurredAt.toISOString(),
    local_time: c.localTime ?? null,
    location: c.location ?? null,
    lng: c.lng ?? null,
    lat: c.lat ?? null,
    raw_code: c.rawCode ?? null,
    status: c.status,
    sub_status: c.subStatus ?? null,
    description: c.description,
    source,
  }));
  const latestEventAt = update.checkpoints.reduce<Date | null>((max, c) => (!max || c.occurredAt > max ? c.occurredAt : max), null);

  // A failed compare-and-set still stored the checkpoints; the retry finds them already there.
  let inserted = 0;
  for (let attempt = 0; attempt < MAX_CAS_RETRIES; attempt++) {
    // First attempt trusts this instance's memory of the parcel; the CAS in the write catches a stale one.
    const remembered = attempt === 0 ? cachedParcel(trackingNumber, carrier) : undefined;
    const parcel = remembered ?? (await findParcelsForIngestion(database().sql, trackingNumber, carrier))[0];
    if (!parcel) {
      const dedupeKey = createHash("sha256").update(`${source}|${trackingNumber}|${checkpoints.map((c) => c.dedupe_key).join(",")}`).digest("hex");
      await insertUnmatchedPush(db(), { source, carrier: carrier ?? null, trackingNumber, update: { ...update, trackingNumber }, dedupeKey });
      log("info", "push for unknown tracking number kept in unmatched inbox", { source, trackingNumber, requestId: ctx.requestId });
      return { trackingNumber, matched: false, inserted: 0, statusChanged: false, orderChanged: false };
    }
    const plan = planWrite(ctx, source, parcel, update, checkpoints, latestEventAt);
    const result = await writeIngestion(database().sql, plan);
    inserted += result.inserted;
    if (!result.casHeld || (plan.order.finalStatus && !result.orderChanged)) {
      forgetParcel(trackingNumber, carrier);
      if (!result.casHeld) continue;
    } else {
      rememberParcel(trackingNumber, carrier, {
        ...parcel,
        ...(plan.change ? { status: plan.change.status, subStatus: plan.change.subStatus, statusAt: plan.change.statusAt ? new Date(plan.change.statusAt) : null } : {}),
        orderStatus: plan.order.finalStatus ?? parcel.orderStatus,
      });
    }
    return { trackingNumber, matched: true, inserted, statusChanged: result.parcelChanged, orderChanged: result.orderChanged };
  }
  throw new Error(`Parcel ${trackingNumber} kept changing while ingesting; giving up after ${MAX_CAS_RETRIES} attempts`);
}

/** Carrier coordinates when sent (Kuaidi100 areaCenter); otherwise the offline gazetteer, from the place text. */
function withCoordinates<C extends ParsedShipmentUpdate["checkpoints"][number]>(c: C): C {
  if (c.lng !== undefined && c.lat !== undefined) return c;
  const place = findPlace(c.location ?? "") ?? findPlace(c.description);
  return place ? { ...c, lng: place.lng, lat: place.lat } : c;
}

async function resolveOrderOnlyUpdate(update: ParsedShipmentUpdate): Promise<ParsedShipmentUpdate> {
  if (update.trackingNumber || !update.orderId) return update;
  const found = await findTrackingNumberForOrder(db(), update.orderId);
  // Unknown order: keep it unmatched under the order reference, bound later like any unmatched push.
  return found ? { ...update, trackingNumber: found.trackingNumber, carrier: found.carrier } : { ...update, trackingNumber: `ORDER:${update.orderId}` };
}

function planWrite(ctx: Ctx, source: string, parcel: ParcelForIngestion, update: ParsedShipmentUpdate, checkpoints: CheckpointRow[], latestEventAt: Date | null): IngestionWrite {
  const current = { status: parcel.status as ShipmentStatus, subStatus: parcel.subStatus ?? undefined, since: parcel.statusAt ?? undefined };
  const decision = decideParcelStatus(current, update.checkpoints.map((c) => ({ status: c.status, subStatus: c.subStatus, occurredAt: c.occurredAt })));
  // Write the parcel whenever the in-force observation moved, even to a later scan of the same status: its new
  // time is what makes a concurrent writer's compare-and-set fail and re-decide with this scan included.
  const decidedAt = decision.decidedAt?.toISOString() ?? null;
  const moved = decision.changed || decidedAt !== (parcel.statusAt?.toISOString() ?? null);
  const change = moved ? { status: decision.status, subStatus: decision.subStatus ?? null, statusAt: decidedAt, statusChanged: decision.changed } : null;
  const steps = change?.statusChanged
    ? orderStepsForShipment({ orderStatus: parcel.orderStatus as OrderStatus, shipmentStatus: decision.status, subStatus: decision.subStatus, otherParcelsUndelivered: parcel.otherParcelsUndelivered })
    : [];
  const orderSteps = steps.map((to, i) => ({ from_status: i === 0 ? parcel.orderStatus : steps[i - 1], to_status: to, reason: `${source}: parcel ${update.trackingNumber} ${decision.status}${decision.subStatus ? `/${decision.subStatus}` : ""}` }));
  const finalStatus = steps.length ? steps[steps.length - 1] : null;
  const outbox: IngestionWrite["outbox"] = [];
  if (change?.statusChanged) {
    const payload = { parcelId: parcel.id, orderId: parcel.orderId, platformOrderNo: parcel.platformOrderNo, trackingNumber: update.trackingNumber, carrier: parcel.carrier, from: parcel.status, to: change.status, subStatus: change.subStatus, at: change.statusAt };
    outbox.push({ type: "shipment.status_changed", aggregate_type: "parcel", aggregate_id: parcel.id, payload, needs: "parcel" });
    if (change.status === "exception" || change.status === "attempt_fail") outbox.push({ type: "shipment.exception", aggregate_type: "parcel", aggregate_id: parcel.id, payload, needs: "parcel" });
  }
  if (finalStatus) {
    outbox.push({ type: "order.status_changed", aggregate_type: "order", aggregate_id: parcel.orderId, payload: { orderId: parcel.orderId, platformOrderNo: parcel.platformOrderNo, from: parcel.orderStatus, to: finalStatus, steps: steps }, needs: "order" });
    if (steps.includes("delivered")) outbox.push({ type: "order.delivered", aggregate_type: "order", aggregate_id: parcel.orderId, payload: { orderId: parcel.orderId, platformOrderNo: parcel.platformOrderNo, deliveredAt: change?.statusAt }, needs: "order" });
  }
  return {
    parcelId: parcel.id,
    checkpoints,
    latestEventAt: latestEventAt?.toISOString() ?? null,
    change,
    expected: { status: parcel.status, statusAt: parcel.statusAt?.toISOString() ?? null },
    order: { id: parcel.orderId, expectedStatus: parcel.orderStatus, finalStatus, steps: orderSteps },
    outbox,
    actorLabel: source,
    requestId: ctx.requestId,
  };
}
