"use server";
import { revalidatePath } from "next/cache";
import { sessionCtx } from "@/lib/server/auth/session";
import { shipOrder } from "@/lib/server/services/shipping/ship-order";
import { runAction } from "@/lib/server/action";
import { findOrderByScan } from "@/lib/server/services/orders/find-order-by-scan";

/** A scanner types the code and presses Enter: resolve it to an order id. */
export async function resolveScan(code: string) {
  const ctx = await sessionCtx();
  return runAction(() => findOrderByScan({ ctx, input: { code } }), ctx.requestId);
}

/** "Ship & print": request waybills and bind them; the client then opens the labels. */
export async function shipOrderAction(orderId: string) {
  const ctx = await sessionCtx();
  const result = await runAction(async () => {
    const { created: _created, ...shipped } = await shipOrder({ ctx, input: { orderId, body: {} } });
    return shipped;
  }, ctx.requestId);
  if (result.ok) revalidatePath("/warehouse");
  return result;
}
