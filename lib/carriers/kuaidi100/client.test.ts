import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  buildKuaidi100LabelRequest,
  buildKuaidi100QueryRequest,
  createKuaidi100Client,
  type Kuaidi100ClientConfig,
} from "@/lib/carriers/kuaidi100/client";
import { CarrierApiError, CarrierNotConfiguredError } from "@/lib/carriers/push-errors";
import type { WaybillRequest } from "@/lib/carriers/types";
import { FAKE_KUAIDI100, startFakeKuaidi100, upperMd5, type FakeKuaidi100 } from "./testing/fake-kuaidi100";

const { key: KEY, customer: CUSTOMER, secret: SECRET } = FAKE_KUAIDI100;

let fake: FakeKuaidi100;
let baseUrl: string;
beforeAll(async () => {
  fake = await startFakeKuaidi100();
  baseUrl = fake.baseUrl;
});
afterAll(() => fake.close());

const config = (credentials: Kuaidi100ClientConfig["credentials"]): Kuaidi100ClientConfig => ({
  credentials,
  pollBaseUrl: baseUrl,
  apiBaseUrl: baseUrl,
  now: () => new Date("2026-11-20T02:00:00Z"),
});
const good = { key: KEY, customer: CUSTOMER, secret: SECRET };

const waybill: WaybillRequest = {
  orderId: "ord_01",
  platformOrderNo: "TB20261120000123",
  recipient: { name: "王小明", phone: "13800138000", province: "北京市", city: "北京市", district: "朝阳区", address: "建国路88号" },
  sender: { name: "深圳仓", phone: "0755-88886666", province: "广东省", city: "深圳市", district: "南山区", address: "科技园1号" },
  parcel: { weightKg: 1.2, items: [{ name: "蓝牙耳机", quantity: 2 }] },
};

describe("Kuaidi100 request builders", () => {
  it("signs the real-time query as upper MD5(param + key + customer)", () => {
    const request = buildKuaidi100QueryRequest(config(good), { com: "shunfeng", num: "SF1", phone: "8000" });
    expect(request.url).toBe(`${baseUrl}/poll/query.do`);
    expect(request.form.sign).toBe(upperMd5(request.form.param + KEY + CUSTOMER));
    expect(JSON.parse(request.form.param)).toMatchObject({ com: "shunfeng", num: "SF1", phone: "8000", resultv2: "4" });
  });

  it("signs the label order as upper MD5(param + t + key + secret), the method in the query string", () => {
    const request = buildKuaidi100LabelRequest(config(good), "order", { kuaidicom: "shunfeng" }, "1795000000000");
    expect(request.url).toBe(`${baseUrl}/label/order?method=order`);
    expect(request.form).toMatchObject({ key: KEY, t: "1795000000000" });
    expect(request.form.sign).toBe(upperMd5(`${request.form.param}1795000000000${KEY}${SECRET}`));
  });

  it.each([
    ["query without customer", () => buildKuaidi100QueryRequest(config({ key: KEY }), { com: "sf", num: "1" }), /KUAIDI100_CUSTOMER/],
    ["label without secret", () => buildKuaidi100LabelRequest(config({ key: KEY }), "order", {}, "1"), /KUAIDI100_SECRET/],
    ["anything without key", () => buildKuaidi100QueryRequest(config({}), { com: "sf", num: "1" }), /KUAIDI100_KEY/],
  ])("%s → CarrierNotConfiguredError", (_name, build, missing) => {
    expect(build).toThrow(CarrierNotConfiguredError);
    expect(build).toThrow(missing);
  });
});

describe("Kuaidi100 client against a fake server", () => {
  it("queries and parses the documented answer", async () => {
    const update = await createKuaidi100Client(config(good)).queryTracking({ com: "jd", num: "JD0012345678901" });
    expect(update).toMatchObject({ carrier: "jd", trackingNumber: "JD0012345678901", status: "out_for_delivery" });
    expect(update.checkpoints[0]).toMatchObject({
      occurredAt: new Date("2026-11-21T00:30:00Z"),
      lng: 116.443108,
      lat: 39.92147,
      description: "【北京市】快件已到达 朝阳营业部，快递员正在派件",
    });
    expect(update.checkpoints[1]).toMatchObject({ status: "in_transit", rawCode: "1001" });
  });

  it("surfaces the fake's rejection of a wrong key", async () => {
    const client = createKuaidi100Client(config({ ...good, key: "wrong-key" }));
    await expect(client.queryTracking({ com: "jd", num: "JD1" })).rejects.toMatchObject({ code: "503", provider: "kuaidi100" });
    await expect(
      client.subscribe({ company: "jd", number: "JD1", callbackUrl: "https://shiplane.example/api/push/kuaidi100", salt: "s" }),
    ).rejects.toMatchObject({ code: "600" });
    await expect(client.createWaybill(waybill, { carrier: "sf", partnerId: "7551234567" })).rejects.toBeInstanceOf(CarrierApiError);
  });

  it("subscribes", async () => {
    const client = createKuaidi100Client(config(good));
    await expect(
      client.subscribe({ company: "shunfeng", number: "SF1", callbackUrl: "https://shiplane.example/api/push/kuaidi100", salt: "s4lt" }),
    ).resolves.toEqual({ alreadySubscribed: false });
  });

  it("creates an e-waybill and returns number and sort code", async () => {
    const result = await createKuaidi100Client(config(good)).createWaybill(waybill, { carrier: "sf", partnerId: "7551234567" });
    expect(result).toMatchObject({ carrier: "sf", trackingNumber: expect.stringMatching(/^SF14\d{11}$/), sortCode: "755W-010" });
    expect(result.raw).toMatchObject({ kuaidicom: "shunfeng", printAddr: "北京市北京市朝阳区建国路88号" });
  });

  it("cancels an unused e-waybill, and reports the carrier's refusal", async () => {
    const client = createKuaidi100Client(config(good));
    await client.cancelWaybill("SF1409876543210", { carrier: "sf", partnerId: "7551234567" }, "订单取消");
    expect(fake.cancelled.at(-1)).toEqual({ partnerId: "7551234567", kuaidicom: "shunfeng", kuaidinum: "SF1409876543210", reason: "订单取消" });
    await expect(client.cancelWaybill("SF0000000000000", { carrier: "sf", partnerId: "7551234567" }, "x")).rejects.toMatchObject({ code: "30010", message: expect.stringContaining("已揽收") });
  });

  it("reports an unreachable server as a network error", async () => {
    const client = createKuaidi100Client({ ...config(good), pollBaseUrl: "http://127.0.0.1:1", timeoutMs: 2000 });
    await expect(client.queryTracking({ com: "jd", num: "JD1" })).rejects.toMatchObject({ code: "network" });
  });
});
