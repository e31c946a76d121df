import "server-only";
import { createHash } from "node:crypto";
import { ConflictError, ValidationError } from "@/lib/domain/errors";
import { actorRecord, authorize, type Ctx } from "@/lib/server/auth/context";
import { db } from "@/lib/server/db/client";
import { findOrderById, findOrderByPlatformNo, insertOrderIfAbsent, insertStatusHistory } from "@/lib/server/db/orders-repository";
import { appendOutbox } from "@/lib/server/db/outbox-repository";
import { createOrderSchema, type OrderDto } from "@/lib/schemas/order";
import { zodFieldErrors } from "@/lib/schemas/field-errors";

export interface CreateOrderResult {
  order: OrderDto;
  /** false when the same request was replayed and the existing order is returned. */
  created: boolean;
}

/** Idempotent on the platform order number: same body → the existing order; different body → ConflictError. */
export async function createOrder({ ctx, input }: { ctx: Ctx; input: unknown }): Promise<CreateOrderResult> {
  authorize(ctx, "order:create");
  const parsed = createOrderSchema.safeParse(input);
  if (!parsed.success) throw new ValidationError("Invalid order", zodFieldErrors(parsed.error));
  const data = parsed.data;
  const requestHash = createHash("sha256").update(canonicalJson(data)).digest("hex");

  const id = await db().$transaction(async (tx) => {
    const newId = await insertOrderIfAbsent(tx, data, requestHash);
    if (!newId) return null;
    await insertStatusHistory(tx, { orderId: newId, fromStatus: null, toStatus: data.status, ...actorRecord(ctx), reason: "created", ip: ctx.ip, requestId: ctx.requestId });
    await appendOutbox(tx, {
      type: "order.created",
      aggregateType: "order",
      aggregateId: newId,
      payload: { orderId: newId, platformOrderNo: data.platformOrderNo, status: data.status },
    });
    return newId;
  });

  if (id) return { order: (await findOrderById(db(), id))!, created: true };
  const existing = await findOrderByPlatformNo(db(), data.platformOrderNo);
  if (!existing) throw new ConflictError("Order was created and removed concurrently; retry");
  if (existing.requestHash !== requestHash) {
    throw new ConflictError(`Order ${data.platformOrderNo} already exists with different content`, { orderId: existing.id });
  }
  return { order: (await findOrderById(db(), existing.id))!, created: false };
}

/** JSON with sorted keys, so the same content always hashes the same whatever the key order on the wire. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}
