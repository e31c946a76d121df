import "server-only";
import { ValidationError } from "@/lib/domain/errors";
import { authorize, type Ctx } from "@/lib/server/auth/context";
import { db } from "@/lib/server/db/client";
import { listOrders as listOrdersQuery } from "@/lib/server/db/orders-repository";
import { listOrdersQuerySchema } from "@/lib/schemas/order";
import { zodFieldErrors } from "@/lib/schemas/field-errors";

export async function listOrders({ ctx, input }: { ctx: Ctx; input: unknown }) {
  authorize(ctx, "order:read");
  const parsed = listOrdersQuerySchema.safeParse(input);
  if (!parsed.success) throw new ValidationError("Invalid query", zodFieldErrors(parsed.error));
  const q = parsed.data;
  const page = await listOrdersQuery(db(), {
    statuses: q.status,
    carrier: q.carrier,
    q: q.q,
    limit: q.limit,
    cursor: q.cursor ? decodeCursor(q.cursor) : undefined,
  });
  return { data: page.rows, nextCursor: page.next ? encodeCursor(page.next) : null };
}

function encodeCursor(c: { createdAt: Date; id: string }): string {
  return Buffer.from(`${c.createdAt.toISOString()}|${c.id}`).toString("base64url");
}

function decodeCursor(cursor: string): { createdAt: Date; id: string } {
  const [iso, id] = Buffer.from(cursor, "base64url").toString("utf8").split("|");
  const createdAt = new Date(iso ?? "");
  if (!id || Number.isNaN(createdAt.getTime())) throw new ValidationError("Invalid cursor", { cursor: ["Not a cursor from this API"] });
  return { createdAt, id };
}
