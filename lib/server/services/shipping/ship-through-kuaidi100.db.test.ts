import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createKuaidi100Client } from "@/lib/carriers/kuaidi100/client";
import { createKuaidi100WaybillProvider } from "@/lib/carriers/kuaidi100/kuaidi100-waybill-provider";
import { FAKE_KUAIDI100, startFakeKuaidi100, type FakeKuaidi100 } from "@/lib/carriers/kuaidi100/testing/fake-kuaidi100";
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
beforeAll(async () => {
  fake = await startFakeKuaidi100();
});
afterAll(async () => {
  useWaybillProvider(undefined);
  await fake.close();
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

describe("shipping through Kuaidi100 e-waybills (database)", () => {
  it("issues the waybill on the merchant's carrier account, binds it, and cancels it there when voided", async () => {
    useKuaidi100({ zto: { partnerId: "ZTO-5710001", partnerKey: "zto-pass" }, sf: { partnerId: "7551234567" } });
    const order = await paidOrder();
    const result = await shipOrder({ ctx: warehouse, input: { orderId: order.id, body: {} } });
    expect(result.carrierChoice).toMatchObject({ carrier: "zto", ruleId: "default" });
    const [w] = result.waybills;
    expect(w.trackingNumber).toMatch(/^7874\d{11}$/);
    expect(fake.orders.at(-1)).toMatchObject({ kuaidicom: "zhongtong", partnerId: "ZTO-5710001", orderId: `${order.id}-1`, recMan: { name: "韩梅梅", mobile: "13700002222", printAddr: "江苏省南京市鼓楼区中山北路 30 号 2 单元 501" } });
    const parcel = await database.current().prisma.parcel.findFirstOrThrow({ where: { trackingNumber: w.trackingNumber } });
    expect(parcel).toMatchObject({ issuedBy: "kuaidi100", carrier: "zto", sortCode: "755W-010" });
    expect((await getOrder({ ctx: warehouse, input: { id: order.id } })).status).toBe("shipped");

    await voidWaybill({ ctx: warehouse, input: { trackingNumber: w.trackingNumber, body: { reason: "重新打包" } } });
    expect(fake.cancelled.at(-1)).toMatchObject({ kuaidicom: "zhongtong", kuaidinum: w.trackingNumber, reason: "重新打包" });
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
});
