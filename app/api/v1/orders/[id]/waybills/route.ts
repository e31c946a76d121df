import { json, readJson, route } from "@/lib/server/http";
import { bindWaybill } from "@/lib/server/services/shipping/bind-waybill";

export const dynamic = "force-dynamic";

export const POST = route<{ id: string }>(async (req, { ctx, params }) => {
  const { created, waybill } = await bindWaybill({ ctx, input: { orderId: params.id, body: await readJson(req) } });
  return json(waybill, created ? 201 : 200);
});
