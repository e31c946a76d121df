import { kuaidi100PushFailureAnswer, kuaidi100PushSuccessAnswer, parseKuaidi100Push } from "@/lib/carriers/kuaidi100/push";
import { CarrierNotConfiguredError } from "@/lib/carriers/push-errors";
import { config } from "@/lib/server/config";
import { markSubscription } from "@/lib/server/services/tracking/mark-subscription";
import { pushRoute } from "@/lib/server/webhooks/push-route";

export const dynamic = "force-dynamic";

export const POST = pushRoute({
  source: "kuaidi100",
  parse(request) {
    const salt = config().carriers.kuaidi100.salt;
    if (!salt) throw new CarrierNotConfiguredError("kuaidi100", ["KUAIDI100_SALT"]);
    const result = parseKuaidi100Push(request, { salt });
    return {
      updates: result.updates,
      unknownStatusCodes: result.unknownStatusCodes,
      // abort: Kuaidi100 stopped watching without an outcome; shutdown: finished. Either way, remember it.
      afterIngest: () => markSubscription({ source: "kuaidi100", trackingNumbers: result.updates.map((u) => u.trackingNumber), status: result.subscriptionStatus }),
    };
  },
  success: () => kuaidi100PushSuccessAnswer(),
  failure: (message) => kuaidi100PushFailureAnswer(message),
});
