import "server-only";
import { authorize, type Ctx } from "@/lib/server/auth/context";
import { db } from "@/lib/server/db/client";
import { countOrdersByStatus } from "@/lib/server/db/orders-repository";
import { ordersPerDay, parcelsByCarrier } from "@/lib/server/db/stats-repository";

export async function getOrderStats({ ctx, input }: { ctx: Ctx; input: { days: number; now?: Date } }) {
  authorize(ctx, "analytics:read");
  const since = new Date((input.now ?? new Date()).getTime() - input.days * 86_400_000);
  const [byStatus, daily, byCarrier] = await Promise.all([countOrdersByStatus(db()), ordersPerDay(db(), since), parcelsByCarrier(db(), since)]);
  return { byStatus, daily, byCarrier };
}
