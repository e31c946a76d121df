// For the staff UI, not for integrations: the order page asks every ~1.5 s whether it has changed, and re-renders
// only when it has. Works across instances: the token comes from the shared database.
import { route } from "@/lib/server/http";
import { getOrderChangeToken } from "@/lib/server/services/orders/get-order-change-token";

export const dynamic = "force-dynamic";

export const GET = route<{ id: string }>(async (_req, { ctx, params }) =>
  Response.json({ token: await getOrderChangeToken({ ctx, input: { id: params.id } }) }, { headers: { "cache-control": "no-store" } }),
);
