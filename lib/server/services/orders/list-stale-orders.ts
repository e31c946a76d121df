import "server-only";
import { authorize, type Ctx } from "@/lib/server/auth/context";
import { db } from "@/lib/server/db/client";
import { findStaleOrders } from "@/lib/server/db/orders-repository";

/** Shipping orders whose status has not changed for `hours` (default 48). */
export async function listStaleOrders({ ctx, input }: { ctx: Ctx; input: { hours?: number; now?: Date; limit?: number } }) {
  authorize(ctx, "order:read");
  const before = new Date((input.now ?? new Date()).getTime() - (input.hours ?? 48) * 3_600_000);
  return findStaleOrders(db(), before, input.limit ?? 50);
}
