import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FAKE_KDNIAO, startFakeKdniao, type FakeKdniao } from "@/lib/carriers/kdniao/testing/fake-kdniao";
import { useTestDatabase } from "@/lib/server/db/use-test-database";
import { subscribeTracking } from "./subscribe-tracking";

const database = useTestDatabase();
let kdniao: FakeKdniao;
beforeAll(async () => {
  kdniao = await startFakeKdniao();
  // Only Kdniao is configured in this file (configuration is read once per test process).
  Object.assign(process.env, { KDNIAO_EBUSINESS_ID: FAKE_KDNIAO.eBusinessId, KDNIAO_APP_KEY: FAKE_KDNIAO.appKey, KDNIAO_API_BASE_URL: kdniao.baseUrl, PUBLIC_BASE_URL: "https://shiplane.example" });
});
afterAll(() => kdniao.close());

async function parcel(trackingNumber: string, carrier: string, issuedBy: string) {
  await database.current().prisma.order.create({
    data: {
      platformOrderNo: `SUB${trackingNumber}`, platform: "jd", status: "shipped", customerName: "测", customerPhone: "13800005678", province: "江苏省", city: "苏州市", district: "姑苏区",
      addressLine: "人民路 1 号", items: [], totalFen: 1, requestHash: "t", parcels: { create: { carrier, trackingNumber, issuedBy } },
    },
  });
  return () => database.current().prisma.parcel.findFirstOrThrow({ where: { trackingNumber } });
}

describe("tracking subscriptions (database)", () => {
  it("subscribes a Kdniao-issued waybill for Kdniao's pushes (1008) and does not poll it", async () => {
    const read = await parcel("4312345678901", "yunda", "kdniao");
    expect(await subscribeTracking({ trackingNumber: "4312345678901", carrier: "yunda", issuedBy: "kdniao", phone: "13800005678" })).toBe("kdniao");
    expect(kdniao.subscriptions.at(-1)).toEqual({ ShipperCode: "YD", LogisticCode: "4312345678901", CustomerName: "5678", Callback: "https://shiplane.example/api/webhooks/kdniao" });
    expect(await read()).toMatchObject({ subscription: "kdniao", nextPollAt: null });
  });

  it("polls when the subscription is refused, or when no provider knows the carrier", async () => {
    const refused = await parcel("4300000000000", "yunda", "manual");
    expect(await subscribeTracking({ trackingNumber: "4300000000000", carrier: "yunda", issuedBy: "manual" })).toBe("polling");
    expect((await refused()).nextPollAt).not.toBeNull();
    const unknown = await parcel("LX123456789XY", "other_intl", "manual");
    expect(await subscribeTracking({ trackingNumber: "LX123456789XY", carrier: "other_intl", issuedBy: "manual" })).toBe("polling");
    expect((await unknown()).nextPollAt).not.toBeNull();
  });

  it("leaves sandbox waybills to the sandbox network", async () => {
    expect(await subscribeTracking({ trackingNumber: "75000000000001", carrier: "zto", issuedBy: "sandbox" })).toBe("sandbox");
  });
});
