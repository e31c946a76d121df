"use server";
import { revalidatePath } from "next/cache";
import { sessionCtx } from "@/lib/server/auth/session";
import { runAction, type ActionResult } from "@/lib/server/action";
import { transitionOrder } from "@/lib/server/services/orders/transition-order";
import { bindWaybill } from "@/lib/server/services/shipping/bind-waybill";
import { shipOrder } from "@/lib/server/services/shipping/ship-order";
import { voidWaybill } from "@/lib/server/services/shipping/void-waybill";

export async function transitionOrderAction(orderId: string, _prev: ActionResult<{ status: string }> | null, form: FormData) {
  const ctx = await sessionCtx();
  const result = await runAction(async () => {
    const order = await transitionOrder({ ctx, input: { orderId, body: { to: form.get("to"), reason: form.get("reason") || undefined } } });
    return { status: order.status };
  }, ctx.requestId);
  if (result.ok) revalidatePath(`/orders/${orderId}`);
  return result;
}

export async function shipOrderFromPageAction(orderId: string, _prev: ActionResult<{ reason: string }> | null, _form: FormData) {
  const ctx = await sessionCtx();
  const result = await runAction(async () => {
    const shipped = await shipOrder({ ctx, input: { orderId, body: {} } });
    return { reason: shipped.carrierChoice ? `${shipped.carrierChoice.carrier.toUpperCase()}: ${shipped.carrierChoice.reason.zh} / ${shipped.carrierChoice.reason.en}` : "" };
  }, ctx.requestId);
  if (result.ok) revalidatePath(`/orders/${orderId}`);
  return result;
}

export async function bindWaybillAction(orderId: string, _prev: ActionResult<{ reason: string }> | null, form: FormData) {
  const ctx = await sessionCtx();
  const result = await runAction(async () => {
    const { waybill } = await bindWaybill({ ctx, input: { orderId, body: { trackingNumber: form.get("trackingNumber"), carrier: form.get("carrier") || undefined } } });
    return { reason: `${waybill.carrier.toUpperCase()} ${waybill.trackingNumber}` };
  }, ctx.requestId);
  if (result.ok) revalidatePath(`/orders/${orderId}`);
  return result;
}

export async function voidWaybillAction(orderId: string, _prev: ActionResult<{ reason: string }> | null, form: FormData) {
  const ctx = await sessionCtx();
  const result = await runAction(async () => {
    const r = await voidWaybill({ ctx, input: { trackingNumber: String(form.get("trackingNumber") ?? ""), body: { reason: form.get("reason") } } });
    return { reason: r.trackingNumber };
  }, ctx.requestId);
  if (result.ok) revalidatePath(`/orders/${orderId}`);
  return result;
}
