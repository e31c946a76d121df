import "server-only";
import { authorize, type Ctx } from "@/lib/server/auth/context";
import { db } from "@/lib/server/db/client";
import { listParcelEvents } from "@/lib/server/db/tracking-repository";

/** Every parcel of an order with its checkpoints, newest first, for staff views. */
export async function getOrderTracking({ ctx, input }: { ctx: Ctx; input: { orderId: string } }) {
  authorize(ctx, "tracking:read");
  const parcels = await listParcelEvents(db(), input.orderId);
  return parcels.map((p) => ({
    id: p.id,
    carrier: p.carrier,
    trackingNumber: p.trackingNumber,
    state: p.state,
    status: p.status,
    subStatus: p.subStatus,
    voidReason: p.voidReason,
    issuedBy: p.issuedBy,
    events: p.events.map((e) => ({ occurredAt: e.occurredAt.toISOString(), location: e.location, status: e.status, description: e.description, source: e.source })),
  }));
}
