import "server-only";
import { transitionPath } from "@/lib/domain/orders/order-state-machine";
import { systemCtx } from "@/lib/server/auth/context";
import { db } from "@/lib/server/db/client";
import { claimOrdersWithAllParcelsDelivered } from "@/lib/server/db/orders-repository";
import { applyOrderTransition } from "@/lib/server/services/orders/transition-order";

/**
 * Two parcels of one order delivered at the same moment on two instances can each see the other still
 * travelling; this sweep delivers such orders shortly after.
 */
export async function reconcileDeliveredOrders(limit = 100): Promise<number> {
  const ctx = systemCtx("reconcile-delivered");
  return db().$transaction(async (tx) => {
    const rows = await claimOrdersWithAllParcelsDelivered(tx, limit);
    for (const row of rows) {
      let from = row.status;
      for (const to of transitionPath(row.status, "delivered") ?? []) {
        await applyOrderTransition(tx, ctx, { orderId: row.id, from, to, reason: "all parcels delivered" });
        from = to;
      }
    }
    return rows.length;
  });
}
