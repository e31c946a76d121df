import { json, readJson, route } from "@/lib/server/http";
import { transitionOrder } from "@/lib/server/services/orders/transition-order";

export const dynamic = "force-dynamic";

export const POST = route<{ id: string }>(async (req, { ctx, params }) =>
  json(await transitionOrder({ ctx, input: { orderId: params.id, body: await readJson(req) } })),
);
