import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CarrierApiError } from "@/lib/carriers/push-errors";
import type { WaybillRequest } from "@/lib/carriers/types";
import { CarrierRefusedError } from "@/lib/carriers/waybill-provider";
import { createKuaidi100Client } from "./client";
import { createKuaidi100WaybillProvider } from "./kuaidi100-waybill-provider";
import { FAKE_KUAIDI100, startFakeKuaidi100, type FakeKuaidi100 } from "./testing/fake-kuaidi100";

let fake: FakeKuaidi100;
beforeAll(async () => {
  fake = await startFakeKuaidi100();
});
afterAll(() => fake.close());

const request = (address = "建国路 88 号"): WaybillRequest => ({
  orderId: "ord-1",
  parcelRef: "ord-1-2",
  platformOrderNo: "TB2026112200001",
  recipient: { name: "王小明", phone: "13800138000", province: "北京市", city: "北京市", district: "朝阳区", address },
  sender: { name: "杭州仓", phone: "0571-88886666", province: "浙江省", city: "杭州市", district: "余杭区", address: "仓前街道 1 号" },
  parcel: { weightKg: 1.2, items: [{ name: "蓝牙耳机", quantity: 2 }] },
});

const provider = (baseUrl = () => fake.baseUrl) =>
  createKuaidi100WaybillProvider(createKuaidi100Client({ credentials: { key: FAKE_KUAIDI100.key, secret: FAKE_KUAIDI100.secret }, apiBaseUrl: baseUrl(), timeoutMs: 2_000 }), {
    zto: { partnerId: "ZTO-5710001", partnerKey: "zto-pass" },
    sf: { partnerId: "7551234567", expType: "顺丰标快" },
  });

describe("Kuaidi100 e-waybill provider", () => {
  it("supports exactly the carriers with a configured account", () => {
    const p = provider();
    expect(p.supports("zto")).toBe(true);
    expect(p.supports("sf")).toBe(true);
    expect(p.supports("yto")).toBe(false);
    expect(p.supports("ups")).toBe(false);
  });

  it("issues a waybill on the carrier's account, one reference per parcel", async () => {
    const result = await provider().requestWaybill("zto", request());
    expect(result).toMatchObject({ carrier: "zto", trackingNumber: expect.stringMatching(/^7874\d{11}$/), sortCode: "755W-010" });
    expect(fake.orders.at(-1)).toMatchObject({ kuaidicom: "zhongtong", partnerId: "ZTO-5710001", partnerKey: "zto-pass", orderId: "ord-1-2", payType: "MONTHLY", printType: "NON" });
  });

  it("turns the aggregator's business answer into a refusal the warehouse can read", async () => {
    const error = await provider().requestWaybill("sf", request("超区 牧场 3 号")).catch((e) => e);
    expect(error).toBeInstanceOf(CarrierRefusedError);
    expect((error as CarrierRefusedError).reason).toBe("收件地址超出派送范围 (Kuaidi100 30005)");
    await expect(provider().requestWaybill("yto", request())).rejects.toBeInstanceOf(CarrierRefusedError);
  });

  it("keeps an unreachable API a retryable error, not a refusal", async () => {
    const error = await provider(() => "http://127.0.0.1:1").requestWaybill("zto", request()).catch((e) => e);
    expect(error).toBeInstanceOf(CarrierApiError);
    expect((error as CarrierApiError).transient).toBe(true);
  });

  it("cancels on the account that issued the waybill", async () => {
    await provider().cancelWaybill("sf", "SF1400000000001", "重新打包");
    expect(fake.cancelled.at(-1)).toMatchObject({ kuaidicom: "shunfeng", partnerId: "7551234567", kuaidinum: "SF1400000000001", reason: "重新打包" });
  });
});
