import "server-only";
import { authorize, type Ctx } from "@/lib/server/auth/context";
import { db } from "@/lib/server/db/client";
import { recentShipments } from "@/lib/server/db/parcels-repository";
import { labelUrl } from "./shipping-context";

export async function listRecentShipments({ ctx, input }: { ctx: Ctx; input: { limit?: number } }) {
  authorize(ctx, "label:print");
  const rows = await recentShipments(db(), input.limit ?? 15);
  return rows.map((p) => ({
    trackingNumber: p.trackingNumber,
    carrier: p.carrier,
    status: p.status,
    createdAt: p.createdAt.toISOString(),
    labelUrl: labelUrl(p.trackingNumber),
    order: { id: p.order.id, platformOrderNo: p.order.platformOrderNo, city: p.order.city },
  }));
}
