import { parseAfterShipWebhook } from "@/lib/carriers/aftership/webhook";
import { CarrierNotConfiguredError } from "@/lib/carriers/push-errors";
import { config } from "@/lib/server/config";
import { pushRoute } from "@/lib/server/webhooks/push-route";

export const dynamic = "force-dynamic";

export const POST = pushRoute({
  source: "aftership",
  parse(request) {
    const secret = config().carriers.aftership.webhookSecret;
    if (!secret) throw new CarrierNotConfiguredError("aftership", ["AFTERSHIP_WEBHOOK_SECRET"]);
    const result = parseAfterShipWebhook(request, { secret });
    return { updates: result.updates, unknownStatusCodes: result.unknownStatusCodes };
  },
  success: (_parsed, outcomes) => ({ ok: true, stored: outcomes.reduce((n, o) => n + o.inserted, 0) }),
  failure: (message) => ({ ok: false, error: message }),
});
