import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { signShiplanePayload } from "../lib/carriers/shiplane/push-signature";
import { API_KEY, storageState } from "./roles";

const auth = { authorization: `Bearer ${API_KEY}` };
// The zero-setup server generated its Shiplane push secret into its data folder (see playwright.config.ts).
const secret = () => process.env.SHIPLANE_WEBHOOK_SECRET ?? readFileSync(".data-e2e/shiplane-push-secret", "utf8").trim();

test.describe("tracking, live", () => {
  test.use({ storageState: storageState("support") });

  test("a signed carrier push shows on an open order page within 5 s and on the public page, masked", async ({ page, request, browser }) => {
    const created = await request.post("/api/v1/orders", {
      headers: auth,
      data: { platformOrderNo: `TRK${Date.now()}`, platform: "douyin", customer: { name: "林小雨", phone: "13698765432" }, address: { province: "福建省", city: "厦门市", district: "思明区", line: "鹭江道 8 号 2201" }, items: [{ sku: "TEA", name: "铁观音 250g", quantity: 1, unitPriceFen: 16800 }] },
    });
    const order = await created.json();
    const shipped = await (await request.post(`/api/v1/orders/${order.id}/ship`, { headers: auth, data: {} })).json();
    const tn = shipped.waybills[0].trackingNumber;

    await page.goto(`/orders/${order.id}`);
    // The built-in sandbox network pushes the waybill's first scan through the real endpoint within seconds.
    await expect(page.getByTestId("parcel").first()).toContainText(/已打印.*电子面单/, { timeout: 15_000 });

    const body = JSON.stringify({ event_id: `e2e-${tn}`, tracking_number: tn, status_code: "OUT_FOR_DELIVERY", timestamp: new Date().toISOString(), location: "【厦门市】思明营业部", description: "快递员 陈师傅 正在派件，收件人电话 13698765432" });
    const started = Date.now();
    const push = await request.post("/api/webhooks/shiplane", { headers: { "content-type": "application/json", "x-shiplane-signature": signShiplanePayload(body, secret(), Math.floor(Date.now() / 1000)) }, data: body });
    expect(push.status()).toBe(200);
    await expect(page.getByText("快递员 陈师傅 正在派件")).toBeVisible({ timeout: 5_000 });
    expect(Date.now() - started).toBeLessThan(5_000);
    await expect(page.getByRole("heading", { level: 1 }).locator("..").locator("..")).toContainText(/派送中|Out for delivery/);

    const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: "zh-CN" });
    const publicPage = await phone.newPage();
    await publicPage.goto(`/track?n=${tn}`);
    await expect(publicPage.getByTestId("tracking-result")).toContainText("正在派件");
    await expect(publicPage.getByTestId("tracking-result")).toContainText("136****5432");
    await expect(publicPage.getByText("13698765432")).toHaveCount(0);
    await expect(publicPage.getByText("林小雨")).toHaveCount(0);
    await expect(publicPage.getByText("鹭江道")).toHaveCount(0);
    await phone.close();
  });

  test("checkpoint times are shown in the viewer's own time zone", async ({ request, browser }) => {
    const created = await request.post("/api/v1/orders", {
      headers: auth,
      data: { platformOrderNo: `TZ${Date.now()}`, platform: "tmall", customer: { name: "周杰", phone: "13712345678" }, address: { province: "上海市", city: "上海市", district: "浦东新区", line: "世纪大道 100 号" }, items: [{ sku: "MUG", name: "马克杯", quantity: 1, unitPriceFen: 3900 }] },
    });
    const order = await created.json();
    const tn = (await (await request.post(`/api/v1/orders/${order.id}/ship`, { headers: auth, data: {} })).json()).waybills[0].trackingNumber;
    // 02:00 UTC is 10:00 in Shanghai and 03:00 in Berlin.
    const body = JSON.stringify({ event_id: `tz-${tn}`, tracking_number: tn, status_code: "IN_TRANSIT", timestamp: "2026-11-20T02:00:00Z", location: "【上海市】浦东转运中心", description: "时区测试：快件已到达浦东转运中心" });
    const push = await request.post("/api/webhooks/shiplane", { headers: { "content-type": "application/json", "x-shiplane-signature": signShiplanePayload(body, secret(), Math.floor(Date.now() / 1000)) }, data: body });
    expect(push.status()).toBe(200);

    for (const [timezoneId, shown] of [["Europe/Berlin", "2026/11/20 03:00"], ["Asia/Shanghai", "2026/11/20 10:00"]] as const) {
      const context = await browser.newContext({ timezoneId, locale: "zh-CN" });
      const page = await context.newPage();
      await page.goto(`/track?n=${tn}`);
      await expect(page.getByTestId("time-zone-caption")).toContainText(timezoneId);
      await expect(page.getByTestId("tracking-timeline").locator("li", { hasText: "时区测试" })).toContainText(shown);
      await context.close();
    }
  });

  test("an order page's change token needs a signed-in user", async ({ playwright, baseURL }) => {
    const anonymous = await playwright.request.newContext({ baseURL, storageState: { cookies: [], origins: [] } });
    const res = await anonymous.get(`/api/live/orders/${"0".repeat(8)}-0000-4000-8000-${"0".repeat(12)}`);
    expect(res.status(), `${res.url()} ${await res.text()}`).toBe(401);
    await anonymous.dispose();
  });

  test("a push with a bad signature is refused", async ({ request }) => {
    const body = JSON.stringify({ event_id: "bad", tracking_number: "X", status_code: "DELIVERED", timestamp: new Date().toISOString() });
    const res = await request.post("/api/webhooks/shiplane", { headers: { "content-type": "application/json", "x-shiplane-signature": `t=${Math.floor(Date.now() / 1000)},v1=${"a".repeat(64)}` }, data: body });
    expect(res.status()).toBe(401);
  });
});
