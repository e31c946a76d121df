import "server-only";
import { READY_TO_SHIP_STATES } from "@/lib/domain/orders/order-state-machine";
import { authorize, type Ctx } from "@/lib/server/auth/context";
import { db } from "@/lib/server/db/client";
import { warehouseChangeToken } from "@/lib/server/db/change-token-repository";

/** An opaque version of the warehouse page (queue and recent shipments); the open page re-renders when it changes. */
export async function getWarehouseChangeToken({ ctx }: { ctx: Ctx }): Promise<string> {
  authorize(ctx, "page:warehouse");
  return warehouseChangeToken(db(), READY_TO_SHIP_STATES);
}
