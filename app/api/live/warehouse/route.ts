// For the staff UI, not for integrations: the warehouse page asks every few seconds whether its queue changed.
import { route } from "@/lib/server/http";
import { getWarehouseChangeToken } from "@/lib/server/services/shipping/get-warehouse-change-token";

export const dynamic = "force-dynamic";

export const GET = route(async (_req, { ctx }) => Response.json({ token: await getWarehouseChangeToken({ ctx }) }, { headers: { "cache-control": "no-store" } }));
