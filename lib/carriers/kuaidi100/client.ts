// Signed requests to Kuaidi100's outgoing APIs, following their published docs:
//  - real-time query  POST {poll}/poll/query.do  customer, param, sign = upper MD5(param + key + customer)
//  - subscription     POST {poll}/poll           schema=json, param{company, number, key, parameters{callbackurl, salt, resultv2}}
//  - e-waybill order  POST {api}/label/order     method=order, key, t, param, sign = upper MD5(param + t + key + secret)
// Builders are pure so the signing can be checked without a network; the client only posts and parses.
import { createHash } from "node:crypto";
import { z } from "zod";
import { kuaidi100ComForCarrier } from "@/lib/carriers/kuaidi100/carrier-codes";
import {
  kuaidi100TrackResultSchema,
  translateKuaidi100TrackResult,
} from "@/lib/carriers/kuaidi100/track-result";
import { postSignedForm, type SignedFormRequest } from "@/lib/carriers/post-signed-form";
import { CarrierApiError, CarrierNotConfiguredError, PushMalformedError } from "@/lib/carriers/push-errors";
import type { CarrierCode, ParsedShipmentUpdate, WaybillRequest, WaybillResult } from "@/lib/carriers/types";

export const KUAIDI100_DEFAULT_POLL_BASE_URL = "https://poll.kuaidi100.com";
export const KUAIDI100_DEFAULT_API_BASE_URL = "https://api.kuaidi100.com";

export interface Kuaidi100Credentials {
  /** 授权key */
  key?: string;
  /** customer (查询公司编号), needed for real-time query */
  customer?: string;
  /** secret, needed for e-waybill */
  secret?: string;
}

export interface Kuaidi100ClientConfig {
  credentials: Kuaidi100Credentials;
  pollBaseUrl?: string;
  apiBaseUrl?: string;
  timeoutMs?: number;
  fetch?: typeof fetch;
  /** Clock for the e-waybill `t` parameter. */
  now?: () => Date;
}

export type { SignedFormRequest } from "@/lib/carriers/post-signed-form";

const upperMd5 = (text: string) => createHash("md5").update(text, "utf8").digest("hex").toUpperCase();

function requireCredentials<K extends keyof Kuaidi100Credentials>(
  credentials: Kuaidi100Credentials,
  names: K[],
): Required<Pick<Kuaidi100Credentials, K>> {
  const missing = names.filter((name) => !credentials[name]);
  if (missing.length > 0) {
    throw new CarrierNotConfiguredError("kuaidi100", missing.map((name) => `KUAIDI100_${name.toUpperCase()}`));
  }
  return credentials as Required<Pick<Kuaidi100Credentials, K>>;
}

const joinUrl = (base: string, path: string) => `${base.replace(/\/+$/, "")}${path}`;

export interface Kuaidi100Query {
  com: string;
  num: string;
  /** Recipient or sender phone; SF and some others refuse to answer without it. */
  phone?: string;
  from?: string;
  to?: string;
}

export function buildKuaidi100QueryRequest(config: Kuaidi100ClientConfig, query: Kuaidi100Query): SignedFormRequest {
  const { key, customer } = requireCredentials(config.credentials, ["key", "customer"]);
  const param = JSON.stringify({
    com: query.com,
    num: query.num,
    ...(query.phone ? { phone: query.phone } : {}),
    ...(query.from ? { from: query.from } : {}),
    ...(query.to ? { to: query.to } : {}),
    // 4: per-checkpoint statusCode, area names and areaCenter coordinates.
    resultv2: "4",
    show: "0",
    order: "desc",
  });
  return {
    url: joinUrl(config.pollBaseUrl ?? KUAIDI100_DEFAULT_POLL_BASE_URL, "/poll/query.do"),
    form: { customer, param, sign: upperMd5(param + key + customer) },
  };
}

export interface Kuaidi100Subscription {
  company: string;
  number: string;
  callbackUrl: string;
  /** Kuaidi100 signs every push with MD5(param + salt); keep it secret. */
  salt: string;
  phone?: string;
  from?: string;
  to?: string;
}

export function buildKuaidi100SubscribeRequest(
  config: Kuaidi100ClientConfig,
  subscription: Kuaidi100Subscription,
): SignedFormRequest {
  const { key } = requireCredentials(config.credentials, ["key"]);
  if (!subscription.salt) throw new CarrierNotConfiguredError("kuaidi100", ["KUAIDI100_SALT"]);
  const param = JSON.stringify({
    company: subscription.company,
    number: subscription.number,
    ...(subscription.from ? { from: subscription.from } : {}),
    ...(subscription.to ? { to: subscription.to } : {}),
    key,
    parameters: {
      callbackurl: subscription.callbackUrl,
      salt: subscription.salt,
      resultv2: "4",
      ...(subscription.phone ? { phone: subscription.phone } : {}),
    },
  });
  return { url: joinUrl(config.pollBaseUrl ?? KUAIDI100_DEFAULT_POLL_BASE_URL, "/poll"), form: { schema: "json", param } };
}

/**
 * The e-waybill API (电子面单 V2): `method` (order, cancel) goes in the query string as in Kuaidi100's own
 * examples; the form carries param, key, t and sign = upper MD5(param + t + key + secret).
 */
export function buildKuaidi100LabelRequest(
  config: Kuaidi100ClientConfig,
  method: "order" | "cancel",
  param: Record<string, unknown>,
  t: string,
): SignedFormRequest {
  const { key, secret } = requireCredentials(config.credentials, ["key", "secret"]);
  const json = JSON.stringify(param);
  return {
    url: `${joinUrl(config.apiBaseUrl ?? KUAIDI100_DEFAULT_API_BASE_URL, "/label/order")}?method=${method}`,
    form: { key, t, param: json, sign: upperMd5(json + t + key + secret) },
  };
}

export interface Kuaidi100WaybillAccount {
  carrier: CarrierCode;
  /** Carrier e-waybill account (月结账号 / 客户编码) and its password/key where the carrier needs them. */
  partnerId: string;
  partnerKey?: string;
  partnerSecret?: string;
  /** Account name (电子面单客户账户名称) and outlet (网点名称) where the carrier needs them. */
  partnerName?: string;
  net?: string;
  /** Carrier outlet code (电子面单承载编号) where required. */
  code?: string;
  expType?: string;
}

function kuaidicomOf(carrier: CarrierCode): string {
  const kuaidicom = kuaidi100ComForCarrier(carrier);
  if (kuaidicom === undefined) throw new CarrierApiError("kuaidi100", "unsupported_carrier", `no Kuaidi100 code for ${carrier}`);
  return kuaidicom;
}

function accountFields(account: Kuaidi100WaybillAccount) {
  return {
    partnerId: account.partnerId,
    ...(account.partnerKey ? { partnerKey: account.partnerKey } : {}),
    ...(account.partnerSecret ? { partnerSecret: account.partnerSecret } : {}),
    ...(account.partnerName ? { partnerName: account.partnerName } : {}),
    ...(account.net ? { net: account.net } : {}),
    ...(account.code ? { code: account.code } : {}),
  };
}

/** Maps our waybill request onto Kuaidi100's label/order param; printing stays with us (printType NON). */
export function kuaidi100LabelOrderParam(request: WaybillRequest, account: Kuaidi100WaybillAccount): Record<string, unknown> {
  const kuaidicom = kuaidicomOf(account.carrier);
  const person = (p: WaybillRequest["recipient"]) => ({
    name: p.name,
    mobile: p.phone,
    printAddr: `${p.province}${p.city}${p.district}${p.address}`,
  });
  return {
    kuaidicom,
    ...accountFields(account),
    recMan: person(request.recipient),
    sendMan: person(request.sender),
    cargo: request.parcel.items.map((item) => `${item.name}×${item.quantity}`).join(","),
    count: 1,
    weight: request.parcel.weightKg,
    // Kuaidi100 wants this unique per waybill: one order may ship several parcels.
    orderId: request.parcelRef ?? request.orderId,
    thirdOrderId: request.platformOrderNo,
    payType: "MONTHLY",
    expType: account.expType ?? "标准快递",
    printType: "NON",
    ...(request.coldChain ? { remark: "冷链" } : {}),
  };
}

function postForm(config: Kuaidi100ClientConfig, request: SignedFormRequest): Promise<unknown> {
  return postSignedForm("kuaidi100", request, config);
}

const failureSchema = z.object({
  result: z.literal(false),
  returnCode: z.union([z.string(), z.number()]).transform(String),
  message: z.string().default(""),
});

const subscribeAnswerSchema = z.object({
  result: z.boolean(),
  returnCode: z.union([z.string(), z.number()]).transform(String),
  message: z.string().default(""),
});

const labelAnswerSchema = z.object({
  success: z.boolean().optional(),
  code: z.union([z.string(), z.number()]).transform(String),
  message: z.string().default(""),
  data: z.looseObject({ kuaidinum: z.string().min(1), bulkpen: z.string().optional() }).nullish(),
});

function badResponse(detail: string): CarrierApiError {
  return new CarrierApiError("kuaidi100", "bad_response", detail);
}

const timestamp = (config: Kuaidi100ClientConfig) => String((config.now ?? (() => new Date()))().getTime());

export function createKuaidi100Client(config: Kuaidi100ClientConfig) {
  return {
    async queryTracking(query: Kuaidi100Query): Promise<ParsedShipmentUpdate> {
      const answer = await postForm(config, buildKuaidi100QueryRequest(config, query));
      const failure = failureSchema.safeParse(answer);
      if (failure.success) throw new CarrierApiError("kuaidi100", failure.data.returnCode, failure.data.message);
      const result = kuaidi100TrackResultSchema.safeParse(answer);
      if (!result.success) throw badResponse(result.error.issues[0]?.message ?? "unexpected shape");
      try {
        return translateKuaidi100TrackResult(result.data, "answer").update;
      } catch (error) {
        if (error instanceof PushMalformedError) throw badResponse(error.reason);
        throw error;
      }
    },

    /** Resolves with alreadySubscribed when Kuaidi100 reports a duplicate (501): subscribing is idempotent. */
    async subscribe(subscription: Kuaidi100Subscription): Promise<{ alreadySubscribed: boolean }> {
      const answer = subscribeAnswerSchema.safeParse(await postForm(config, buildKuaidi100SubscribeRequest(config, subscription)));
      if (!answer.success) throw badResponse("subscription answer has no result/returnCode");
      if (answer.data.result && answer.data.returnCode === "200") return { alreadySubscribed: false };
      if (answer.data.returnCode === "501") return { alreadySubscribed: true };
      throw new CarrierApiError("kuaidi100", answer.data.returnCode, answer.data.message);
    },

    async createWaybill(request: WaybillRequest, account: Kuaidi100WaybillAccount): Promise<WaybillResult> {
      const signed = buildKuaidi100LabelRequest(config, "order", kuaidi100LabelOrderParam(request, account), timestamp(config));
      const answer = labelAnswerSchema.safeParse(await postForm(config, signed));
      if (!answer.success) throw badResponse("label answer has no code");
      const { code, message, data } = answer.data;
      if (code !== "200" || answer.data.success === false || !data) {
        throw new CarrierApiError("kuaidi100", code, message || "no waybill number returned");
      }
      const result: WaybillResult = { carrier: account.carrier, trackingNumber: data.kuaidinum, raw: data };
      if (data.bulkpen) result.sortCode = data.bulkpen;
      return result;
    },

    /** Cancels an unused e-waybill (电子面单取消); `carrierOrderNo` is the kdComOrderNum the order answer gave. */
    async cancelWaybill(trackingNumber: string, account: Kuaidi100WaybillAccount, reason: string, carrierOrderNo?: string): Promise<void> {
      const param = { ...accountFields(account), kuaidicom: kuaidicomOf(account.carrier), kuaidinum: trackingNumber, ...(carrierOrderNo ? { orderId: carrierOrderNo } : {}), reason };
      const answer = labelAnswerSchema.omit({ data: true }).safeParse(await postForm(config, buildKuaidi100LabelRequest(config, "cancel", param, timestamp(config))));
      if (!answer.success) throw badResponse("cancel answer has no code");
      if (answer.data.code !== "200" || answer.data.success === false) throw new CarrierApiError("kuaidi100", answer.data.code, answer.data.message || "cancel refused");
    },
  };
}

export type Kuaidi100Client = ReturnType<typeof createKuaidi100Client>;
