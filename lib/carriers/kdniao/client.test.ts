import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildKdniaoRequest, createKdniaoClient, type KdniaoClientConfig } from "@/lib/carriers/kdniao/client";
import { CarrierNotConfiguredError } from "@/lib/carriers/push-errors";
import type { WaybillRequest } from "@/lib/carriers/types";
import { dataSign, FAKE_KDNIAO, startFakeKdniao, type FakeKdniao } from "./testing/fake-kdniao";

const { eBusinessId: EBUSINESS_ID, appKey: APP_KEY } = FAKE_KDNIAO;

let fake: FakeKdniao;
let baseUrl: string;
beforeAll(async () => {
  fake = await startFakeKdniao();
  baseUrl = fake.baseUrl;
});
afterAll(() => fake.close());

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
    expect(result).toMatchObject({ carrier: "yunda", trackingNumber: expect.stringMatching(/^43\d{11}$/), sortCode: "028C-01" });
    expect(result.raw).toMatchObject({ OrderCode: "ord_02", ShipperCode: "YD", ReceiverProvince: "四川省", ReceiverMobile: "13912345678" });
  });

  it("cancels an e-waybill (1147) by the OrderCode it was created with", async () => {
    const client = createKdniaoClient(config(good));
    const { trackingNumber } = await client.createWaybill({ ...waybill, parcelRef: "SLABC-1" }, { carrier: "yunda", customerName: "yd-account", customerPwd: "pwd" });
    await client.cancelWaybill(trackingNumber, { carrier: "yunda", customerName: "yd-account", customerPwd: "pwd" }, "SLABC-1");
    expect(fake.cancelled.at(-1)).toEqual({ ShipperCode: "YD", OrderCode: "SLABC-1", ExpNo: trackingNumber, CustomerName: "yd-account", CustomerPwd: "pwd" });
    await expect(client.cancelWaybill(trackingNumber, { carrier: "yunda" }, "SLOTHER-1")).rejects.toMatchObject({ provider: "kdniao", code: "105" });
  });

  it("surfaces the fake's rejection of a wrong key on every call", async () => {
    const client = createKdniaoClient(config({ ...good, appKey: "wrong-key" }));
    const expected = { provider: "kdniao", code: "101" };
    await expect(client.queryTracking({ carrier: "yunda", logisticCode: "1" })).rejects.toMatchObject(expected);
    await expect(client.subscribe({ carrier: "yunda", logisticCode: "1" })).rejects.toMatchObject(expected);
    await expect(client.createWaybill(waybill, { carrier: "yunda" })).rejects.toMatchObject(expected);
  });
});
