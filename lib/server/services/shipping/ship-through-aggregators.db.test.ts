import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createKuaidi100Client } from "@/lib/carriers/kuaidi100/client";
import { createKuaidi100WaybillProvider } from "@/lib/carriers/kuaidi100/kuaidi100-waybill-provider";
import { FAKE_KUAIDI100, startFakeKuaidi100, type FakeKuaidi100 } from "@/lib/carriers/kuaidi100/testing/fake-kuaidi100";
import { createKdniaoClient } from "@/lib/carriers/kdniao/client";
import { createKdniaoWaybillProvider } from "@/lib/carriers/kdniao/kdniao-waybill-provider";
import { FAKE_KDNIAO, startFakeKdniao, type FakeKdniao } from "@/lib/carriers/kdniao/testing/fake-kdniao";
import { ValidationError } from "@/lib/domain/errors";
import type { Kuaidi100WaybillAccounts } from "@/lib/schemas/kuaidi100-waybill-accounts";
import type { Ctx } from "@/lib/server/auth/context";
import { useTestDatabase } from "@/lib/server/db/use-test-database";
import { createOrder } from "@/lib/server/services/orders/create-order";
import { getOrder } from "@/lib/server/services/orders/get-order";
import { useWaybillProvider } from "./shipping-context";
import { shipOrder } from "./ship-order";
import { voidWaybill } from "./void-waybill";

const database = useTestDatabase();
const warehouse: Ctx = { actor: { type: "user", id: randomUUID(), email: "w@test", name: "W", role: "WAREHOUSE" }, requestId: "r" };
let fake: FakeKuaidi100;
let kdniao: FakeKdniao;
beforeAll(async () => {
  [fake, kdniao] = await Promise.all([startFakeKuaidi100(), startFakeKdniao()]);
});
afterAll(async () => {
  useWaybillProvider(undefined);
  await Promise.all([fake.close(), kdniao.close()]);
});

function useKuaidi100(accounts: Kuaidi100WaybillAccounts) {
  const client = createKuaidi100Client({ credentials: { key: FAKE_KUAIDI100.key, secret: FAKE_KUAIDI100.secret }, apiBaseUrl: fake.baseUrl, timeoutMs: 2_000 });
  useWaybillProvider(createKuaidi100WaybillProvider(client, accounts));
}

async function paidOrder(line = "中山北路 30 号 2 单元 501") {
  const { order } = await createOrder({
    ctx: warehouse,
    input: {
      platformOrderNo: `K${randomUUID().slice(0, 13)}`,
      platform: "taobao",
      customer: { name: "韩梅梅", phone: "13700002222" },
      address: { province: "江苏省", city: "南京市", district: "鼓楼区", line },
      items: [{ sku: "A1", name: "运动鞋", quantity: 1, unitPriceFen: 39900 }],
    },
  });
  return order;
}

describe("shipping through aggregators' e-waybills (database)", () => {
  it("issues the waybill on the merchant's carrier account, binds it, and cancels it there when voided", async () => {
    useKuaidi100({ zto: { partnerId: "ZTO-5710001", partnerKey: "zto-pass" }, sf: { partnerId: "7551234567" } });
    const order = await paidOrder();
    const result = await shipOrder({ ctx: warehouse, input: { orderId: order.id, body: {} } });
    expect(result.carrierChoice).toMatchObject({ carrier: "zto", ruleId: "default" });
    const [w] = result.waybills;
    expect(w.trackingNumber).toMatch(/^7874\d{11}$/);
    const ref = `SL${order.id.replace(/-/g, "").slice(0, 12).toUpperCase()}`;
    expect(fake.orders.at(-1)).toMatchObject({ kuaidicom: "zhongtong", partnerId: "ZTO-5710001", orderId: `${ref}-1`, recMan: { name: "韩梅梅", mobile: "13700002222", printAddr: "江苏省南京市鼓楼区中山北路 30 号 2 单元 501" } });
    const parcel = await database.current().prisma.parcel.findFirstOrThrow({ where: { trackingNumber: w.trackingNumber } });
    expect(parcel).toMatchObject({ issuedBy: "kuaidi100", carrier: "zto", sortCode: "755W-010" });
    expect((await getOrder({ ctx: warehouse, input: { id: order.id } })).status).toBe("shipped");

    await voidWaybill({ ctx: warehouse, input: { trackingNumber: w.trackingNumber, body: { reason: "重新打包" } } });
    expect(fake.cancelled.at(-1)).toMatchObject({ kuaidicom: "zhongtong", kuaidinum: w.trackingNumber, reason: "重新打包" });

    // Shipped again after the void: a new reference, never the cancelled one.
    await shipOrder({ ctx: warehouse, input: { orderId: order.id, body: {} } });
    expect(fake.orders.at(-1)).toMatchObject({ orderId: `${ref}-2` });
  });

  it("shows the carrier's refusal and leaves the order as it was", async () => {
    useKuaidi100({ zto: { partnerId: "ZTO-5710001" } });
    const order = await paidOrder("超区 牧场 3 号");
    const error = await shipOrder({ ctx: warehouse, input: { orderId: order.id, body: {} } }).catch((e) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).fieldErrors.carrier?.[0]).toContain("收件地址超出派送范围");
    expect((await getOrder({ ctx: warehouse, input: { id: order.id } })).status).toBe("paid");
    expect(await database.current().prisma.parcel.count({ where: { orderId: order.id } })).toBe(0);
  });

  it("ships with the carrier that has an account when the rules' carrier has none", async () => {
    useKuaidi100({ sf: { partnerId: "7551234567" } });
    const order = await paidOrder();
    const result = await shipOrder({ ctx: warehouse, input: { orderId: order.id, body: {} } });
    expect(result.carrierChoice).toMatchObject({ carrier: "sf", ruleId: "available" });
    expect(result.waybills[0].trackingNumber).toMatch(/^SF14\d{11}$/);
  });

  it("issues through Kdniao too, and cancels there by the reference it was issued with", async () => {
    const client = createKdniaoClient({ credentials: FAKE_KDNIAO, baseUrl: kdniao.baseUrl, timeoutMs: 2_000 });
    useWaybillProvider(createKdniaoWaybillProvider(client, { zto: { customerName: "zto-account", customerPwd: "pw" } }));
    const order = await paidOrder();
    const { waybills } = await shipOrder({ ctx: warehouse, input: { orderId: order.id, body: {} } });
    const parcel = await database.current().prisma.parcel.findFirstOrThrow({ where: { trackingNumber: waybills[0].trackingNumber } });
    expect(parcel).toMatchObject({ issuedBy: "kdniao", carrier: "zto", sortCode: "028C-01", providerRef: expect.stringMatching(/^SL[0-9A-F]{12}-1$/) });
    expect(kdniao.orders.at(-1)).toMatchObject({ ShipperCode: "ZTO", OrderCode: parcel.providerRef, CustomerName: "zto-account", Receiver: { Name: "韩梅梅", Mobile: "13700002222", ProvinceName: "江苏省" } });

    await voidWaybill({ ctx: warehouse, input: { trackingNumber: parcel.trackingNumber, body: { reason: "客户取消" } } });
    expect(kdniao.cancelled.at(-1)).toMatchObject({ ShipperCode: "ZTO", OrderCode: parcel.providerRef, ExpNo: parcel.trackingNumber });

    const refused = await shipOrder({ ctx: warehouse, input: { orderId: (await paidOrder("超区 牧场 3 号")).id, body: {} } }).catch((e) => e);
    expect(refused).toBeInstanceOf(ValidationError);
    expect((refused as ValidationError).fieldErrors.carrier?.[0]).toBe("收件地址不在派送范围内 (Kdniao 106)");
  });
});
