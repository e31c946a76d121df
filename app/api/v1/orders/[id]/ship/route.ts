import { json, readJson, route } from "@/lib/server/http";
import { shipOrder } from "@/lib/server/services/shipping/ship-order";

export const dynamic = "force-dynamic";

export const POST = route<{ id: string }>(async (req, { ctx, params }) => {
  const body = req.headers.get("content-length") === "0" ? {} : await readJson(req);
  const { created, ...result } = await shipOrder({ ctx, input: { orderId: params.id, body } });
  return json(result, created ? 201 : 200);
});
