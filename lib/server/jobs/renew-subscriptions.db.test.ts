import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useTestDatabase } from "@/lib/server/db/use-test-database";
import { markSubscription } from "@/lib/server/services/tracking/mark-subscription";
import { renewSubscriptions } from "./renew-subscriptions";

const database = useTestDatabase();
const subscriptions: { num: string; callbackurl: string; salt: string }[] = [];
// Kuaidi100 stand-in for the subscription endpoint.
const fake = createServer((req, res) => {
  let raw = "";
  req.on("data", (c) => (raw += c));
  req.on("end", () => {
    const param = JSON.parse(new URLSearchParams(raw).get("param") ?? "{}");
    subscriptions.push({ num: param.number, callbackurl: param.parameters?.callbackurl, salt: param.parameters?.salt });
    res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ result: true, returnCode: "200", message: "提交成功" }));
  });
});
beforeAll(async () => {
  await new Promise<void>((r) => fake.listen(0, "127.0.0.1", r));
  Object.assign(process.env, { KUAIDI100_KEY: "k100-key-renew", KUAIDI100_SALT: "k100-salt-renew", KUAIDI100_CUSTOMER: "CUSTRENEW", KUAIDI100_POLL_BASE_URL: `http://127.0.0.1:${(fake.address() as AddressInfo).port}` });
});
afterAll(() => new Promise<void>((r) => fake.close(() => r())));

describe("Kuaidi100 subscription abort → poll, then renew (database)", () => {
  it("polls an aborted waybill meanwhile and re-subscribes it when due", async () => {
    const { prisma } = database.current();
    await prisma.order.create({
      data: {
        platformOrderNo: "RENEW1", platform: "jd", status: "in_transit", customerName: "测", customerPhone: "13800001111", province: "江苏省", city: "苏州市", district: "姑苏区",
        addressLine: "人民路 1 号", items: [], totalFen: 1, requestHash: "t", parcels: { create: { carrier: "sf", trackingNumber: "SF1400000000099", issuedBy: "manual" } },
      },
    });
    await markSubscription({ source: "kuaidi100", trackingNumbers: ["SF1400000000099"], status: "abort" });
    let parcel = await prisma.parcel.findFirstOrThrow({ where: { trackingNumber: "SF1400000000099" } });
    expect(parcel.subscription).toBe("kuaidi100:abort");
    expect(parcel.nextPollAt).not.toBeNull();
    await prisma.parcel.update({ where: { id: parcel.id }, data: { resubscribeAt: new Date(Date.now() - 1000) } });

    expect(await renewSubscriptions()).toBe(1);
    expect(subscriptions).toEqual([expect.objectContaining({ num: "SF1400000000099", salt: "k100-salt-renew" })]);
    expect(subscriptions[0].callbackurl).toMatch(/\/api\/webhooks\/kuaidi100$/);
    parcel = await prisma.parcel.findFirstOrThrow({ where: { trackingNumber: "SF1400000000099" } });
    expect(parcel).toMatchObject({ subscription: "kuaidi100:polling", resubscribeAt: null });
    expect(await renewSubscriptions()).toBe(0);
  });
});
