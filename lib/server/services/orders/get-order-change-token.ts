import "server-only";
import { NotFoundError } from "@/lib/domain/errors";
import { authorize, type Ctx } from "@/lib/server/auth/context";
import { db } from "@/lib/server/db/client";
import { isUuid } from "@/lib/server/db/orders-repository";
import { orderChangeToken } from "@/lib/server/db/change-token-repository";

/** An opaque version of everything an order page shows; a live page re-renders when it changes. */
export async function getOrderChangeToken({ ctx, input }: { ctx: Ctx; input: { id: string } }): Promise<string> {
  authorize(ctx, "order:read");
  const token = isUuid(input.id) ? await orderChangeToken(db(), input.id) : null;
  if (token === null) throw new NotFoundError("Order", input.id);
  return token;
}
