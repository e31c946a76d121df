import { parseShiplanePush } from "@/lib/carriers/shiplane/push";
import { shiplanePushSecrets } from "@/lib/server/config";
import { pushRoute } from "@/lib/server/webhooks/push-route";

export const dynamic = "force-dynamic";

export const POST = pushRoute({
  source: "shiplane",
  parse(request, now) {
    const result = parseShiplanePush(request, shiplanePushSecrets(), { now });
    return { updates: result.updates, unknownStatusCodes: result.unknownStatusCodes, answer: result.eventIds };
  },
  success: (parsed, outcomes) => ({
    accepted: true,
    events: (parsed.answer as string[]).length,
    results: outcomes.map((o) => ({ trackingNumber: o.trackingNumber, matched: o.matched, stored: o.inserted, statusChanged: o.statusChanged })),
  }),
  failure: (message) => ({ accepted: false, error: message }),
});
