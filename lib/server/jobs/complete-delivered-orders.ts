import "server-only";
import { systemCtx } from "@/lib/server/auth/context";
import { db } from "@/lib/server/db/client";
import { claimOrdersToComplete } from "@/lib/server/db/orders-repository";
import { applyOrderTransition } from "@/lib/server/services/orders/transition-order";

/** delivered → completed once the return window (SHIPLANE_COMPLETE_AFTER_DAYS, default 7) has passed. */
export async function completeDeliveredOrders(now = new Date(), days = Number(process.env.SHIPLANE_COMPLETE_AFTER_DAYS ?? 7), limit = 100): Promise<number> {
  const ctx = systemCtx("auto-complete");
  return db().$transaction(async (tx) => {
    const ids = await claimOrdersToComplete(tx, new Date(now.getTime() - days * 86_400_000), limit);
    for (const id of ids) await applyOrderTransition(tx, ctx, { orderId: id, from: "delivered", to: "completed", reason: `auto: ${days} days after delivery` });
    return ids.length;
  });
}
