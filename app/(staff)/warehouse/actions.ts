"use server";
import { sessionCtx } from "@/lib/server/auth/session";
import { runAction } from "@/lib/server/action";
import { findOrderByScan } from "@/lib/server/services/orders/find-order-by-scan";

/** A scanner types the code and presses Enter: resolve it to an order id. */
export async function resolveScan(code: string) {
  const ctx = await sessionCtx();
  return runAction(() => findOrderByScan({ ctx, input: { code } }), ctx.requestId);
}
