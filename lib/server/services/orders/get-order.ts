import "server-only";
import { NotFoundError } from "@/lib/domain/errors";
import { authorize, type Ctx } from "@/lib/server/auth/context";
import { db } from "@/lib/server/db/client";
import { findOrderById, listOrderHistory } from "@/lib/server/db/orders-repository";

export async function getOrder({ ctx, input }: { ctx: Ctx; input: { id: string } }) {
  authorize(ctx, "order:read");
  const order = await findOrderById(db(), input.id);
  if (!order) throw new NotFoundError("Order", input.id);
  return order;
}

export async function getOrderHistory({ ctx, input }: { ctx: Ctx; input: { id: string } }) {
  authorize(ctx, "order:read");
  const rows = await listOrderHistory(db(), input.id);
  return rows.map((r) => ({
    id: r.id,
    from: r.fromStatus,
    to: r.toStatus,
    actorType: r.actorType,
    actorLabel: r.actorLabel,
    reason: r.reason,
    createdAt: r.createdAt.toISOString(),
  }));
}
