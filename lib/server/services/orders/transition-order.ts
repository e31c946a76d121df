import "server-only";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/domain/errors";
import { assertTransition, type OrderStatus } from "@/lib/domain/orders/order-state-machine";
import { actorRecord, authorize, type Ctx } from "@/lib/server/auth/context";
import { db, type Tx } from "@/lib/server/db/client";
import { findOrderById, insertStatusHistory, updateOrderStatusIf } from "@/lib/server/db/orders-repository";
import { appendOutbox } from "@/lib/server/db/outbox-repository";
import { transitionOrderSchema } from "@/lib/schemas/order";
import { zodFieldErrors } from "@/lib/schemas/field-errors";

export async function transitionOrder({ ctx, input }: { ctx: Ctx; input: { orderId: string; body: unknown } }) {
  authorize(ctx, "order:transition");
  const parsed = transitionOrderSchema.safeParse(input.body);
  if (!parsed.success) throw new ValidationError("Invalid transition", zodFieldErrors(parsed.error));
  const { to, reason } = parsed.data;

  const current = await findOrderById(db(), input.orderId);
  if (!current) throw new NotFoundError("Order", input.orderId);
  assertTransition(current.status, to);

  await db().$transaction((tx) => applyOrderTransition(tx, ctx, { orderId: current.id, from: current.status, to, reason }));
  return (await findOrderById(db(), current.id))!;
}

/**
 * The one way an order changes state inside a transaction: compare-and-set, audit row, outbox event.
 * Other services (shipping, tracking) call it within their own transactions.
 */
export async function applyOrderTransition(
  tx: Tx,
  ctx: Ctx,
  t: { orderId: string; from: OrderStatus; to: OrderStatus; reason?: string | null },
): Promise<void> {
  assertTransition(t.from, t.to);
  const ok = await updateOrderStatusIf(tx, t.orderId, t.from, t.to);
  if (!ok) throw new ConflictError("The order changed while you were working on it; reload and try again", { orderId: t.orderId });
  await insertStatusHistory(tx, { orderId: t.orderId, fromStatus: t.from, toStatus: t.to, ...actorRecord(ctx), reason: t.reason, ip: ctx.ip, requestId: ctx.requestId });
  await appendOutbox(tx, {
    type: "order.status_changed",
    aggregateType: "order",
    aggregateId: t.orderId,
    payload: { orderId: t.orderId, from: t.from, to: t.to, reason: t.reason ?? null },
  });
  if (t.to === "delivered") {
    await appendOutbox(tx, { type: "order.delivered", aggregateType: "order", aggregateId: t.orderId, payload: { orderId: t.orderId } });
  }
}
