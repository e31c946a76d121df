// Kdniao track push (轨迹推送, RequestType 101/102): a form POST with RequestData (JSON), RequestType and
// DataSign = Base64(lower-case hex MD5(RequestData + AppKey)).
import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";
import { z } from "zod";
import { normalizeKdniaoDataSign, signKdniaoRequestData } from "@/lib/carriers/kdniao/data-sign";
import { kdniaoTrackSchema, translateKdniaoTrack } from "@/lib/carriers/kdniao/track-result";
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
import { DEFAULT_CARRIER_TIME_ZONE } from "@/lib/domain/tracking/parse-carrier-local-time";

export const KDNIAO_PUSH_REQUEST_TYPES = ["101", "102"] as const;

export interface KdniaoPushSecrets {
  /** KDNIAO_APP_KEY */
  appKey: string;
}

export interface KdniaoPushResult {
  updates: ParsedShipmentUpdate[];
  /** Echoed in the answer; Kdniao matches answers to pushes by it. */
  eBusinessId: string;
  requestType: (typeof KDNIAO_PUSH_REQUEST_TYPES)[number];
  pushTime?: string;
  /** Items Kdniao marked Success=false (e.g. subscription rejected); they still yield an update. */
  failures: { carrier: string; trackingNumber: string; reason: string }[];
  unknownStatusCodes: string[];
}

const requestDataSchema = z.object({
  EBusinessID: z.union([z.string(), z.number()]).transform(String),
  PushTime: z.string().optional(),
  Count: z.union([z.string(), z.number()]).optional(),
  Data: z.array(kdniaoTrackSchema),
});

/** Some senders URL-encode RequestData before form-encoding; the signature covers the plain JSON. */
function plainRequestData(requestData: string): string {
  const trimmed = requestData.trim();
  if (!/^%7b/i.test(trimmed)) return requestData;
  try {
    return decodeURIComponent(trimmed);
  } catch {
    return requestData;
  }
}

/**
 * RequestData as it reads when the sender left "+" unencoded (form decoding would have made it a space).
 * Undefined when the raw field has no "+" or is not valid percent-encoding.
 */
function requestDataWithLiteralPlus(body: Uint8Array): string | undefined {
  const raw = new TextDecoder().decode(body).split("&").find((pair) => pair.startsWith("RequestData="));
  if (raw === undefined || !raw.includes("+")) return undefined;
  try {
    return plainRequestData(decodeURIComponent(raw.slice("RequestData=".length)));
  } catch {
    return undefined;
  }
}

export function parseKdniaoPush(request: PushRequest, secrets: KdniaoPushSecrets): KdniaoPushResult {
  if (!secrets.appKey) throw new CarrierNotConfiguredError("kdniao", ["KDNIAO_APP_KEY"]);
  requireMediaType(request.headers, "application/x-www-form-urlencoded");
  const fields = readFormFields(request.body, ["RequestData", "RequestType", "DataSign"]);
  const rawRequestData = fields.get("RequestData");
  if (rawRequestData === undefined || rawRequestData === "") throw new PushMalformedError("form field RequestData is missing");
  const dataSign = fields.get("DataSign");
  if (dataSign === undefined || dataSign === "") throw new PushSignatureError("form field DataSign is missing");
  const receivedSign = normalizeKdniaoDataSign(dataSign);
  const signs = (candidate: string) => signaturesMatch(signKdniaoRequestData(candidate, secrets.appKey), receivedSign);
  // Standard form decoding first; a sender that did not encode "+" (e.g. "+86" in a phone) only verifies
  // when "+" is read literally, and the signature tells which reading the sender meant.
  let requestData = plainRequestData(rawRequestData);
  if (!signs(requestData)) {
    const literalPlus = requestDataWithLiteralPlus(request.body);
    if (literalPlus === undefined || !signs(literalPlus)) {
      throw new PushSignatureError("kdniao DataSign does not match Base64(MD5(RequestData + AppKey))");
    }
    requestData = literalPlus;
  }

  const requestType = fields.get("RequestType");
  if (!KDNIAO_PUSH_REQUEST_TYPES.includes(requestType as never)) {
    throw new PushMalformedError(`RequestType ${JSON.stringify(requestType ?? null)} is not a track push (101/102)`);
  }
  const parsed = parseWithSchema(requestDataSchema, parseJsonText(requestData, "RequestData"), "RequestData");
  const result: KdniaoPushResult = {
    updates: [],
    eBusinessId: parsed.EBusinessID,
    requestType: requestType as KdniaoPushResult["requestType"],
    failures: [],
    unknownStatusCodes: [],
  };
  if (parsed.PushTime !== undefined) result.pushTime = parsed.PushTime;
  parsed.Data.forEach((track, index) => {
    const translation = translateKdniaoTrack(track, `RequestData.Data[${index}]`);
    result.updates.push(translation.update);
    result.unknownStatusCodes.push(...translation.unknownStatusCodes);
    if (!track.Success) {
      result.failures.push({
        carrier: String(translation.update.carrier),
        trackingNumber: translation.update.trackingNumber,
        reason: track.Reason ?? "",
      });
    }
  });
  return result;
}

export interface KdniaoPushAnswer {
  EBusinessID: string;
  UpdateTime: string;
  Success: boolean;
  Reason: string;
}

/** Kdniao re-sends until it gets Success=true; UpdateTime is Beijing wall-clock time. */
export function buildKdniaoPushAnswer(options: {
  eBusinessId: string;
  now: Date;
  success?: boolean;
  reason?: string;
}): KdniaoPushAnswer {
  return {
    EBusinessID: options.eBusinessId,
    UpdateTime: format(new TZDate(options.now.getTime(), DEFAULT_CARRIER_TIME_ZONE), "yyyy-MM-dd HH:mm:ss"),
    Success: options.success ?? true,
    Reason: options.reason ?? "",
  };
}
