import { createHash } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildKdniaoRequest, createKdniaoClient, type KdniaoClientConfig } from "@/lib/carriers/kdniao/client";
import { CarrierNotConfiguredError } from "@/lib/carriers/push-errors";
import type { WaybillRequest } from "@/lib/carriers/types";

const EBUSINESS_ID = "1237100";
const APP_KEY = "56da2cf8-c8a2-44b2-b6fa-476cd7d1ba17";

// Kdniao's documented DataSign, computed independently of the code under test.
const dataSign = (requestData: string, key: string) =>
  Buffer.from(createHash("md5").update(requestData + key, "utf8").digest("hex")).toString("base64");

const PATH_FOR_TYPE: Record<string, string> = {
  "1002": "/Ebusiness/EbusinessOrderHandle.aspx",
  "1008": "/api/dist",
  "1007": "/api/EOrderService",
};

// Stand-in for Kdniao: verifies the form exactly as documented and answers with the documented shapes.
function fakeKdniao(): Server {
  return createServer((req, res) => {
    let raw = "";
    req.setEncoding("utf8");
    req.on("data", (chunk) => (raw += chunk));
    req.on("end", () => {
      const form = new URLSearchParams(raw);
      const requestData = form.get("RequestData") ?? "";
      const requestType = form.get("RequestType") ?? "";
      const answer = (body: unknown) => {
        res.writeHead(200, { "content-type": "application/json; charset=utf-8" });
        res.end(JSON.stringify(body));
      };
      if (PATH_FOR_TYPE[requestType] !== req.url || form.get("DataType") !== "2") {
        return answer({ EBusinessID: form.get("EBusinessID"), Success: false, ResultCode: "102", Reason: "请求类型或地址错误" });
      }
      if (form.get("EBusinessID") !== EBUSINESS_ID || form.get("DataSign") !== dataSign(requestData, APP_KEY)) {
        return answer({ EBusinessID: form.get("EBusinessID"), Success: false, ResultCode: "101", Reason: "数据签名验证失败" });
      }
      const data = JSON.parse(requestData) as Record<string, unknown>;
      if (requestType === "1002") {
        return answer({
          EBusinessID: EBUSINESS_ID,
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
        });
      }
      if (requestType === "1008") {
        return answer({ EBusinessID: EBUSINESS_ID, UpdateTime: "2026-11-20 10:00:00", Success: true, Reason: "", EstimatedDeliveryTime: "2026-11-22 18:00:00" });
      }
      const receiver = data.Receiver as { ProvinceName: string; Mobile?: string };
      return answer({
        EBusinessID: EBUSINESS_ID,
        Order: {
          OrderCode: data.OrderCode,
          ShipperCode: data.ShipperCode,
          LogisticCode: "4312345678901",
          MarkDestination: "川-成都-C01",
          SortingCode: "028C-01",
          ReceiverProvince: receiver.ProvinceName,
          ReceiverMobile: receiver.Mobile,
        },
        Success: true,
        ResultCode: "100",
        Reason: "成功",
        UniquerRequestNumber: "8f3c2a10-1b2c-4d5e-9f00-123456789abc",
      });
    });
  });
}

let server: Server;
let baseUrl: string;
beforeAll(async () => {
  server = fakeKdniao();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const config = (credentials: KdniaoClientConfig["credentials"]): KdniaoClientConfig => ({ credentials, baseUrl });
const good = { eBusinessId: EBUSINESS_ID, appKey: APP_KEY };

const waybill: WaybillRequest = {
  orderId: "ord_02",
  platformOrderNo: "PDD20261120-0099",
  recipient: { name: "张丽", phone: "13912345678", province: "四川省", city: "成都市", district: "武侯区", address: "天府大道100号" },
  sender: { name: "义乌仓", phone: "0579-85551234", province: "浙江省", city: "金华市", district: "义乌市", address: "国际商贸城5区" },
  parcel: { weightKg: 0.8, items: [{ name: "保温杯", quantity: 1 }] },
};

describe("Kdniao request builder", () => {
  it("posts RequestData, EBusinessID, RequestType, DataSign and DataType=2", () => {
    const request = buildKdniaoRequest(config(good), "1002", { ShipperCode: "YD", LogisticCode: "4312345678901" });
    expect(request.url).toBe(`${baseUrl}/Ebusiness/EbusinessOrderHandle.aspx`);
    expect(request.form).toMatchObject({ EBusinessID: EBUSINESS_ID, RequestType: "1002", DataType: "2" });
    expect(request.form.DataSign).toBe(dataSign(request.form.RequestData, APP_KEY));
  });

  it.each([
    [{ appKey: APP_KEY }, /KDNIAO_EBUSINESS_ID/],
    [{ eBusinessId: EBUSINESS_ID }, /KDNIAO_APP_KEY/],
    [{}, /KDNIAO_EBUSINESS_ID, KDNIAO_APP_KEY/],
  ])("credentials %j → CarrierNotConfiguredError", (credentials, missing) => {
    const build = () => buildKdniaoRequest(config(credentials), "1008", {});
    expect(build).toThrow(CarrierNotConfiguredError);
    expect(build).toThrow(missing);
  });
});

describe("Kdniao client against a fake server", () => {
  it("queries (1002) and parses the documented answer", async () => {
    const update = await createKdniaoClient(config(good)).queryTracking({ carrier: "yunda", logisticCode: "4312345678901" });
    expect(update).toMatchObject({ carrier: "yunda", trackingNumber: "4312345678901", status: "out_for_delivery" });
    expect(update.checkpoints[1]).toMatchObject({
      occurredAt: new Date("2026-11-20T23:55:10Z"),
      status: "out_for_delivery",
      description: "【成都市】快递员 李师傅 正在派件",
    });
  });

  it("subscribes (1008) and reads the estimate", async () => {
    const answer = await createKdniaoClient(config(good)).subscribe({ carrier: "sf", logisticCode: "SF1", phoneLast4: "5678" });
    expect(answer.estimatedDeliveryAt).toEqual(new Date("2026-11-22T10:00:00Z"));
  });

  it("creates an e-waybill (1007)", async () => {
    const result = await createKdniaoClient(config(good)).createWaybill(waybill, { carrier: "yunda", customerName: "yd-account", customerPwd: "pwd" });
    expect(result).toMatchObject({ carrier: "yunda", trackingNumber: "4312345678901", sortCode: "028C-01" });
    expect(result.raw).toMatchObject({ OrderCode: "ord_02", ShipperCode: "YD", ReceiverProvince: "四川省", ReceiverMobile: "13912345678" });
  });

  it("surfaces the fake's rejection of a wrong key on every call", async () => {
    const client = createKdniaoClient(config({ ...good, appKey: "wrong-key" }));
    const expected = { provider: "kdniao", code: "101" };
    await expect(client.queryTracking({ carrier: "yunda", logisticCode: "1" })).rejects.toMatchObject(expected);
    await expect(client.subscribe({ carrier: "yunda", logisticCode: "1" })).rejects.toMatchObject(expected);
    await expect(client.createWaybill(waybill, { carrier: "yunda" })).rejects.toMatchObject(expected);
  });
});
