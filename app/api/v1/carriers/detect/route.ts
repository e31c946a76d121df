import { detectCarrier } from "@/lib/carriers/detect-carrier";
import { authorize } from "@/lib/server/auth/context";
import { json, route } from "@/lib/server/http";

export const dynamic = "force-dynamic";

export const GET = route(async (req, { ctx }) => {
  authorize(ctx, "order:read");
  const url = new URL(req.url);
  return json(detectCarrier(url.searchParams.get("number") ?? "", url.searchParams.get("carrier") ?? undefined));
});
