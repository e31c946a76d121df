import "server-only";
import { NotFoundError, ValidationError } from "@/lib/domain/errors";
import { authorize, type Ctx } from "@/lib/server/auth/context";
import { db } from "@/lib/server/db/client";
import { findOrderIdByCode } from "@/lib/server/db/orders-repository";

/** Resolves a scanned platform order number or tracking number to the order's id. */
export async function findOrderByScan({ ctx, input }: { ctx: Ctx; input: { code: string } }): Promise<{ orderId: string }> {
  authorize(ctx, "order:read");
  const code = input.code.replace(/[\s-]/g, "").toUpperCase();
  if (code.length < 3 || code.length > 64) throw new ValidationError("Scan a full order or tracking number", { code: ["Too short or too long"] });
  const orderId = await findOrderIdByCode(db(), input.code.trim().toUpperCase(), code);
  if (!orderId) throw new NotFoundError("Order", input.code.trim());
  return { orderId };
}
