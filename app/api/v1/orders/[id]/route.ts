import { json, route } from "@/lib/server/http";
import { getOrder } from "@/lib/server/services/orders/get-order";

export const dynamic = "force-dynamic";

export const GET = route<{ id: string }>(async (_req, { ctx, params }) => json(await getOrder({ ctx, input: { id: params.id } })));
