import { json, readJson, route } from "@/lib/server/http";
import { voidWaybill } from "@/lib/server/services/shipping/void-waybill";

export const dynamic = "force-dynamic";

export const POST = route<{ trackingNumber: string }>(async (req, { ctx, params }) =>
  json(await voidWaybill({ ctx, input: { trackingNumber: params.trackingNumber, body: await readJson(req) } })),
);
