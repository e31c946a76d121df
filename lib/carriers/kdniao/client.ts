// Signed requests to Kdniao's outgoing APIs, following their published docs. Every call is a form POST of
// RequestData (JSON), EBusinessID, RequestType, DataSign = Base64(MD5hex(RequestData + AppKey)), DataType=2.
//  - 1002 real-time query   {base}/Ebusiness/EbusinessOrderHandle.aspx
//  - 1008 track subscription {base}/api/dist
//  - 1007 e-waybill          {base}/api/EOrderService
//  - 1147 e-waybill cancel   {base}/api/EOrderService
import { z } from "zod";
import { signKdniaoRequestData } from "@/lib/carriers/kdniao/data-sign";
import { kdniaoShipperForCarrier } from "@/lib/carriers/kdniao/shipper-codes";
import { kdniaoTrackSchema, translateKdniaoTrack } from "@/lib/carriers/kdniao/track-result";
import { postSignedForm, type SignedFormRequest } from "@/lib/carriers/post-signed-form";
import { CarrierApiError, CarrierNotConfiguredError, PushMalformedError } from "@/lib/carriers/push-errors";
import type { CarrierCode, ParsedShipmentUpdate, WaybillRequest, WaybillResult } from "@/lib/carriers/types";
import { CarrierTimeParseError, parseCarrierLocalTime } from "@/lib/domain/tracking/parse-carrier-local-time";

export const KDNIAO_DEFAULT_BASE_URL = "https://api.kdniao.com";

export const KDNIAO_ENDPOINTS = {
  "1002": "/Ebusiness/EbusinessOrderHandle.aspx",
  "1008": "/api/dist",
  "1007": "/api/EOrderService",
  "1147": "/api/EOrderService",
} as const;
export type KdniaoRequestType = keyof typeof KDNIAO_ENDPOINTS;

export interface KdniaoCredentials {
  /** 用户ID (EBusinessID) */
  eBusinessId?: string;
  /** API key (AppKey) */
  appKey?: string;
}

export interface KdniaoClientConfig {
  credentials: KdniaoCredentials;
  baseUrl?: string;
  timeoutMs?: number;
  fetch?: typeof fetch;
}

export type { SignedFormRequest } from "@/lib/carriers/post-signed-form";

export function buildKdniaoRequest(
  config: KdniaoClientConfig,
  requestType: KdniaoRequestType,
  requestData: Record<string, unknown>,
): SignedFormRequest {
  const { eBusinessId, appKey } = config.credentials;
  const missing = [...(eBusinessId ? [] : ["KDNIAO_EBUSINESS_ID"]), ...(appKey ? [] : ["KDNIAO_APP_KEY"])];
  if (missing.length > 0 || !eBusinessId || !appKey) throw new CarrierNotConfiguredError("kdniao", missing);
  const json = JSON.stringify(requestData);
  return {
    url: `${(config.baseUrl ?? KDNIAO_DEFAULT_BASE_URL).replace(/\/+$/, "")}${KDNIAO_ENDPOINTS[requestType]}`,
    // URLSearchParams percent-encodes RequestData and DataSign once, which is the encoding Kdniao documents.
    form: { RequestData: json, EBusinessID: eBusinessId, RequestType: requestType, DataSign: signKdniaoRequestData(json, appKey), DataType: "2" },
  };
}

export interface KdniaoParcelRef {
  carrier: CarrierCode;
  logisticCode: string;
  /** SF requires the last 4 digits of the sender's or recipient's phone (CustomerName). */
  phoneLast4?: string;
}

function shipperCode(carrier: CarrierCode): string {
  const code = kdniaoShipperForCarrier(carrier);
  if (code === undefined) throw new CarrierApiError("kdniao", "unsupported_carrier", `no Kdniao ShipperCode for ${carrier}`);
  return code;
}

function parcelRequestData(ref: KdniaoParcelRef): Record<string, unknown> {
  return {
    ShipperCode: shipperCode(ref.carrier),
    LogisticCode: ref.logisticCode,
    ...(ref.phoneLast4 ? { CustomerName: ref.phoneLast4 } : {}),
  };
}

export interface KdniaoWaybillAccount {
  carrier: CarrierCode;
  /** Carrier e-waybill account fields; which ones a carrier needs is listed in Kdniao's 电子面单账号 table. */
  customerName?: string;
  customerPwd?: string;
  monthCode?: string;
  sendSite?: string;
  /** Kdniao PayType: 1 现付, 2 到付, 3 月结 (default), 4 第三方. */
  payType?: 1 | 2 | 3 | 4;
  expType?: number;
}

export function kdniaoWaybillRequestData(request: WaybillRequest, account: KdniaoWaybillAccount): Record<string, unknown> {
  const person = (p: WaybillRequest["recipient"]) => ({
    Name: p.name,
    // Mainland mobiles go in Mobile; landlines (with area code) in Tel.
    ...(/^1\d{10}$/.test(p.phone) ? { Mobile: p.phone } : { Tel: p.phone }),
    ProvinceName: p.province,
    CityName: p.city,
    ExpAreaName: p.district,
    Address: p.address,
  });
  const optional = { CustomerName: account.customerName, CustomerPwd: account.customerPwd, MonthCode: account.monthCode, SendSite: account.sendSite };
  return {
    // Kdniao wants one OrderCode per waybill: one order may ship several parcels.
    OrderCode: request.parcelRef ?? request.orderId,
    ShipperCode: shipperCode(account.carrier),
    ...Object.fromEntries(Object.entries(optional).filter(([, value]) => value)),
    PayType: account.payType ?? 3,
    ExpType: account.expType ?? 1,
    Sender: person(request.sender),
    Receiver: person(request.recipient),
    Commodity: request.parcel.items.map((item) => ({ GoodsName: item.name, Goodsquantity: item.quantity })),
    Weight: request.parcel.weightKg,
    Quantity: 1,
    Remark: request.coldChain ? `冷链 ${request.platformOrderNo}` : request.platformOrderNo,
    IsReturnPrintTemplate: "0",
  };
}

function postForm(config: KdniaoClientConfig, request: SignedFormRequest): Promise<unknown> {
  return postSignedForm("kdniao", request, config);
}

const looseBoolean = z.union([z.boolean(), z.enum(["true", "false", "True", "False"])]).transform(
  (value) => value === true || value === "true" || value === "True",
);
const outcomeSchema = z.object({
  Success: looseBoolean,
  ResultCode: z.union([z.string(), z.number()]).transform(String).optional(),
  Reason: z.string().nullish(),
});
const subscribeAnswerSchema = outcomeSchema.extend({ EstimatedDeliveryTime: z.string().nullish() });
const waybillAnswerSchema = outcomeSchema.extend({
  Order: z
    .looseObject({
      LogisticCode: z.string().min(1),
      SortingCode: z.string().nullish(),
      MarkDestination: z.string().nullish(),
    })
    .nullish(),
});

/** Kdniao reports failures in-band with HTTP 200; this turns them into CarrierApiError. */
function requireSuccess(answer: unknown): void {
  const outcome = outcomeSchema.safeParse(answer);
  if (!outcome.success) throw new CarrierApiError("kdniao", "bad_response", "answer has no Success flag");
  if (!outcome.data.Success) {
    throw new CarrierApiError("kdniao", outcome.data.ResultCode ?? "failed", outcome.data.Reason ?? "request failed");
  }
}

export function createKdniaoClient(config: KdniaoClientConfig) {
  return {
    async queryTracking(ref: KdniaoParcelRef): Promise<ParsedShipmentUpdate> {
      const answer = await postForm(config, buildKdniaoRequest(config, "1002", parcelRequestData(ref)));
      requireSuccess(answer);
      const track = kdniaoTrackSchema.safeParse(answer);
      if (!track.success) throw new CarrierApiError("kdniao", "bad_response", track.error.issues[0]?.message ?? "unexpected shape");
      try {
        return translateKdniaoTrack(track.data, "answer").update;
      } catch (error) {
        if (error instanceof PushMalformedError) throw new CarrierApiError("kdniao", "bad_response", error.reason);
        throw error;
      }
    },

    async subscribe(ref: KdniaoParcelRef & { callbackUrl?: string }): Promise<{ estimatedDeliveryAt?: Date }> {
      const requestData = { ...parcelRequestData(ref), ...(ref.callbackUrl ? { Callback: ref.callbackUrl } : {}) };
      const answer = await postForm(config, buildKdniaoRequest(config, "1008", requestData));
      requireSuccess(answer);
      const parsed = subscribeAnswerSchema.safeParse(answer);
      const estimate = parsed.success ? parsed.data.EstimatedDeliveryTime : undefined;
      if (!estimate) return {};
      try {
        return { estimatedDeliveryAt: parseCarrierLocalTime(estimate).occurredAt };
      } catch (error) {
        if (error instanceof CarrierTimeParseError) return {};
        throw error;
      }
    },

    async createWaybill(request: WaybillRequest, account: KdniaoWaybillAccount): Promise<WaybillResult> {
      const answer = await postForm(config, buildKdniaoRequest(config, "1007", kdniaoWaybillRequestData(request, account)));
      requireSuccess(answer);
      const parsed = waybillAnswerSchema.safeParse(answer);
      const order = parsed.success ? parsed.data.Order : undefined;
      if (!order) throw new CarrierApiError("kdniao", "bad_response", "successful e-waybill answer without Order.LogisticCode");
      const result: WaybillResult = { carrier: account.carrier, trackingNumber: order.LogisticCode, raw: order };
      const sortCode = order.SortingCode || order.MarkDestination;
      if (sortCode) result.sortCode = sortCode;
      return result;
    },

    /** Cancels an unused e-waybill (1147); `orderCode` is the OrderCode it was created with. */
    async cancelWaybill(trackingNumber: string, account: KdniaoWaybillAccount, orderCode: string): Promise<void> {
      const requestData = {
        ShipperCode: shipperCode(account.carrier),
        OrderCode: orderCode,
        ExpNo: trackingNumber,
        ...(account.customerName ? { CustomerName: account.customerName } : {}),
        ...(account.customerPwd ? { CustomerPwd: account.customerPwd } : {}),
      };
      requireSuccess(await postForm(config, buildKdniaoRequest(config, "1147", requestData)));
    },
  };
}

export type KdniaoClient = ReturnType<typeof createKdniaoClient>;
