import { buildKdniaoPushAnswer, parseKdniaoPush } from "@/lib/carriers/kdniao/push";
import { CarrierNotConfiguredError } from "@/lib/carriers/push-errors";
import { config } from "@/lib/server/config";
import { pushRoute } from "@/lib/server/webhooks/push-route";

export const dynamic = "force-dynamic";

export const POST = pushRoute({
  source: "kdniao",
  parse(request) {
    const { appKey, eBusinessId } = config().carriers.kdniao;
    if (!appKey) throw new CarrierNotConfiguredError("kdniao", ["KDNIAO_APP_KEY"]);
    const result = parseKdniaoPush(request, { appKey });
    return { updates: result.updates, unknownStatusCodes: result.unknownStatusCodes, answer: result.eBusinessId ?? eBusinessId };
  },
  success: (parsed, _outcomes, now) => buildKdniaoPushAnswer({ eBusinessId: String(parsed.answer ?? config().carriers.kdniao.eBusinessId ?? ""), now }),
  failure: (message, now) => buildKdniaoPushAnswer({ eBusinessId: config().carriers.kdniao.eBusinessId ?? "", now, success: false, reason: message }),
});
