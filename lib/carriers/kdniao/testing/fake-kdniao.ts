// Stand-in for Kdniao in tests (the real API is not reachable from here): verifies the form exactly as
// documented (RequestData, EBusinessID, RequestType, DataSign, DataType=2) and answers with the documented shapes.
import { createHash } from "node:crypto";
import { startFakeFormApi } from "@/lib/carriers/testing/fake-form-api";

export const FAKE_KDNIAO = { eBusinessId: "1237100", appKey: "56da2cf8-c8a2-44b2-b6fa-476cd7d1ba17" };

/** Kdniao's documented DataSign, computed independently of the code under test. */
export const dataSign = (requestData: string, key: string) => Buffer.from(createHash("md5").update(requestData + key, "utf8").digest("hex")).toString("base64");

const PATH_FOR_TYPE: Record<string, string> = {
  "1002": "/Ebusiness/EbusinessOrderHandle.aspx",
  "1008": "/api/dist",
  "1007": "/api/EOrderService",
  "1147": "/api/EOrderService",
};

export interface FakeKdniao {
  baseUrl: string;
  /** e-waybill requests it accepted, and cancellations, as sent. */
  orders: Record<string, unknown>[];
  cancelled: Record<string, unknown>[];
  /** Track subscriptions (1008) it accepted. */
  subscriptions: Record<string, unknown>[];
  close(): Promise<void>;
}

export async function startFakeKdniao(): Promise<FakeKdniao> {
  const orders: Record<string, unknown>[] = [];
  const cancelled: Record<string, unknown>[] = [];
  const subscriptions: Record<string, unknown>[] = [];
  const issued = new Map<string, string>(); // tracking number → OrderCode
  const api = await startFakeFormApi(({ url, form }) => {
    const requestData = form.get("RequestData") ?? "";
    const requestType = form.get("RequestType") ?? "";
    const { eBusinessId, appKey } = FAKE_KDNIAO;
    if (PATH_FOR_TYPE[requestType] !== url || form.get("DataType") !== "2") {
      return { EBusinessID: form.get("EBusinessID"), Success: false, ResultCode: "102", Reason: "请求类型或地址错误" };
    }
    if (form.get("EBusinessID") !== eBusinessId || form.get("DataSign") !== dataSign(requestData, appKey)) {
      return { EBusinessID: form.get("EBusinessID"), Success: false, ResultCode: "101", Reason: "数据签名验证失败" };
    }
    const data = JSON.parse(requestData) as Record<string, unknown>;
    if (requestType === "1002") {
      return {
        EBusinessID: eBusinessId,
        OrderCode: "",
        ShipperCode: data.ShipperCode,
        LogisticCode: data.LogisticCode,
        Success: true,
        State: "2",
        StateEx: "202",
        Location: "成都市",
        Traces: [
          { AcceptTime: "2026-11-20 08:00:00", AcceptStation: "【成都市】韵达快递 成都分拨中心 已发出", Location: "成都市", Action: "2" },
          { AcceptTime: "2026-11-21 07:55:10", AcceptStation: "【成都市】快递员 李师傅 正在派件", Location: "成都市", Action: "202" },
        ],
      };
    }
    if (requestType === "1008") {
      if (data.LogisticCode === "4300000000000") return { EBusinessID: eBusinessId, UpdateTime: "2026-11-20 10:00:00", Success: false, Reason: "单号不存在或已订阅" };
      subscriptions.push(data);
      return { EBusinessID: eBusinessId, UpdateTime: "2026-11-20 10:00:00", Success: true, Reason: "", EstimatedDeliveryTime: "2026-11-22 18:00:00" };
    }
    if (requestType === "1147") {
      if (issued.get(String(data.ExpNo)) !== data.OrderCode) return { EBusinessID: eBusinessId, Success: false, ResultCode: "105", Reason: "订单号与运单号不匹配" };
      cancelled.push(data);
      return { EBusinessID: eBusinessId, Success: true, ResultCode: "100", Reason: "取消成功" };
    }
    const receiver = data.Receiver as { ProvinceName: string; Mobile?: string; Address: string };
    if (receiver.Address.includes("超区")) return { EBusinessID: eBusinessId, Success: false, ResultCode: "106", Reason: "收件地址不在派送范围内" };
    orders.push(data);
    const logisticCode = `43${String(10_000_000_000 + orders.length).padStart(11, "0")}`;
    issued.set(logisticCode, String(data.OrderCode));
    return {
      EBusinessID: eBusinessId,
      Order: { OrderCode: data.OrderCode, ShipperCode: data.ShipperCode, LogisticCode: logisticCode, MarkDestination: "川-成都-C01", SortingCode: "028C-01", ReceiverProvince: receiver.ProvinceName, ReceiverMobile: receiver.Mobile },
      Success: true,
      ResultCode: "100",
      Reason: "成功",
      UniquerRequestNumber: "8f3c2a10-1b2c-4d5e-9f00-123456789abc",
    };
  });
  return { ...api, orders, cancelled, subscriptions };
}
