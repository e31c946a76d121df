import { json } from "@/lib/server/http";
import { buildOpenApiDocument } from "@/lib/server/openapi/build-openapi-document";

export const dynamic = "force-dynamic";

export function GET(req: Request) {
  return json(buildOpenApiDocument(new URL(req.url).origin));
}
