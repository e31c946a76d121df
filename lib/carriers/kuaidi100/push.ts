// Kuaidi100 subscription push (订阅推送): a form POST with `param` (JSON) and `sign` =
// upper-case hex MD5(param + salt), where salt is the one we sent when subscribing.
import { createHash } from "node:crypto";
import { z } from "zod";
import {
  kuaidi100TrackResultSchema,
  translateKuaidi100TrackResult,
} from "@/lib/carriers/kuaidi100/track-result";
import {
  CarrierNotConfiguredError,
  PushMalformedError,
  PushSignatureError,
  parseJsonText,
  parseWithSchema,
  readFormFields,
  requireMediaType,
  signaturesMatch,
  type PushRequest,
} from "@/lib/carriers/push-errors";
import type { ParsedShipmentUpdate } from "@/lib/carriers/types";

export const KUAIDI100_SUBSCRIPTION_STATUSES = ["polling", "shutdown", "abort", "updateall"] as const;
export type Kuaidi100SubscriptionStatus = (typeof KUAIDI100_SUBSCRIPTION_STATUSES)[number];

export interface Kuaidi100PushSecrets {
  /** The `salt` sent in the subscription request (KUAIDI100_SALT). */
  salt: string;
}

export interface Kuaidi100PushResult {
  updates: ParsedShipmentUpdate[];
  /** polling: still monitored; shutdown: monitoring ended (signed/expired); abort: Kuaidi100 gave up. */
  subscriptionStatus: Kuaidi100SubscriptionStatus;
  /** abort means Kuaidi100 stopped monitoring without an outcome (e.g. "3天查询无记录"): subscribe again. */
  needsResubscribe: boolean;
  billStatus?: string;
  message?: string;
  /** Kuaidi100 auto-detected that the parcel belongs to another company; updates already use `to`. */
  companyChange?: { from: string; to: string };
  unknownStatusCodes: string[];
}

const pushParamSchema = z
  .object({
    status: z.enum(KUAIDI100_SUBSCRIPTION_STATUSES),
    billstatus: z.string().optional(),
    message: z.string().optional(),
    autoCheck: z.union([z.string(), z.number()]).transform(String).optional(),
    comOld: z.string().optional(),
    comNew: z.string().optional(),
    lastResult: kuaidi100TrackResultSchema.optional(),
  })
  .superRefine((param, ctx) => {
    // Only a stopped subscription may come without a result.
    if (param.lastResult === undefined && (param.status === "polling" || param.status === "updateall")) {
      ctx.addIssue({ code: "custom", path: ["lastResult"], message: `required when status is ${param.status}` });
    }
  });

export function signKuaidi100Param(param: string, salt: string): string {
  return createHash("md5").update(param + salt, "utf8").digest("hex").toUpperCase();
}

export function parseKuaidi100Push(request: PushRequest, secrets: Kuaidi100PushSecrets): Kuaidi100PushResult {
  if (!secrets.salt) throw new CarrierNotConfiguredError("kuaidi100", ["KUAIDI100_SALT"]);
  requireMediaType(request.headers, "application/x-www-form-urlencoded");
  const fields = readFormFields(request.body, ["param", "sign"]);
  const param = fields.get("param");
  if (param === undefined || param === "") throw new PushMalformedError("form field param is missing");
  const sign = fields.get("sign");
  if (sign === undefined || sign === "") throw new PushSignatureError("form field sign is missing");
  // Verified before the JSON is even looked at: an unsigned body gets no parsing effort.
  if (!signaturesMatch(signKuaidi100Param(param, secrets.salt), sign.trim().toUpperCase())) {
    throw new PushSignatureError("kuaidi100 sign does not match MD5(param + salt)");
  }

  const parsed = parseWithSchema(pushParamSchema, parseJsonText(param, "param"), "param");
  const companyChange =
    parsed.autoCheck === "1" && parsed.comOld && parsed.comNew && parsed.comOld !== parsed.comNew
      ? { from: parsed.comOld, to: parsed.comNew }
      : undefined;
  const result: Kuaidi100PushResult = {
    updates: [],
    subscriptionStatus: parsed.status,
    needsResubscribe: parsed.status === "abort",
    unknownStatusCodes: [],
  };
  if (parsed.billstatus !== undefined) result.billStatus = parsed.billstatus;
  if (parsed.message !== undefined) result.message = parsed.message;
  if (companyChange !== undefined) result.companyChange = companyChange;
  if (parsed.lastResult !== undefined) {
    const translation = translateKuaidi100TrackResult(parsed.lastResult, "param.lastResult", companyChange?.to);
    result.updates.push(translation.update);
    result.unknownStatusCodes.push(...translation.unknownStatusCodes);
  }
  return result;
}

export interface Kuaidi100PushAnswer {
  result: boolean;
  returnCode: "200" | "500";
  message: string;
}

/** Kuaidi100 stops re-sending once it gets this exact answer. */
export function kuaidi100PushSuccessAnswer(): Kuaidi100PushAnswer {
  return { result: true, returnCode: "200", message: "成功" };
}

/** Kuaidi100 retries a push that was answered with a failure. */
export function kuaidi100PushFailureAnswer(message: string): Kuaidi100PushAnswer {
  return { result: false, returnCode: "500", message };
}
