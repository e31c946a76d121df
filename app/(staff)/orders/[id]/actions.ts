"use server";
import { revalidatePath } from "next/cache";
import { sessionCtx } from "@/lib/server/auth/session";
import { runAction, type ActionResult } from "@/lib/server/action";
import { transitionOrder } from "@/lib/server/services/orders/transition-order";

export async function transitionOrderAction(orderId: string, _prev: ActionResult<{ status: string }> | null, form: FormData) {
  const ctx = await sessionCtx();
  const result = await runAction(async () => {
    const order = await transitionOrder({ ctx, input: { orderId, body: { to: form.get("to"), reason: form.get("reason") || undefined } } });
    return { status: order.status };
  }, ctx.requestId);
  if (result.ok) revalidatePath(`/orders/${orderId}`);
  return result;
}
