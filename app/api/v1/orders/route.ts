import { json, readJson, route } from "@/lib/server/http";
import { createOrder } from "@/lib/server/services/orders/create-order";
import { listOrders } from "@/lib/server/services/orders/list-orders";

export const dynamic = "force-dynamic";

export const GET = route(async (req, { ctx }) => {
  const input = Object.fromEntries(new URL(req.url).searchParams);
  return json(await listOrders({ ctx, input }));
});

export const POST = route(async (req, { ctx }) => {
  const { order, created } = await createOrder({ ctx, input: await readJson(req) });
  return json(order, created ? 201 : 200, created ? { location: `/api/v1/orders/${order.id}` } : {});
});
