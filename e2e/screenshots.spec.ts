import { expect, test } from "@playwright/test";
import { ROLES, storageState, type RoleName } from "./roles";

// Full-page screenshots of what each person sees, for a human to look at (test-results/screenshots/).
const dir = "test-results/screenshots";

for (const role of Object.keys(ROLES) as RoleName[]) {
  test.describe(`${role} screens`, () => {
    test.use({ storageState: storageState(role) });
    test(`${role} home page`, async ({ page }) => {
      await page.goto(ROLES[role].home);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await page.waitForLoadState("networkidle");
      await page.screenshot({ path: `${dir}/${role}-home.png`, fullPage: true });
    });
  });
}

test.describe("staff pages on a phone", () => {
  test.use({ storageState: storageState("warehouse"), viewport: { width: 390, height: 844 } });
  test("warehouse queue and an order on a phone", async ({ page }) => {
    await page.goto("/warehouse");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await page.screenshot({ path: `${dir}/warehouse-phone.png` });
    await page.getByTestId("ship-queue").getByRole("link").first().click();
    await expect(page.getByTestId("order-history")).toBeVisible();
    await page.screenshot({ path: `${dir}/order-phone.png`, fullPage: true });
  });
});

test.describe("other screens", () => {
  test.use({ storageState: storageState("admin") });

  test("order detail and English UI", async ({ page }) => {
    await page.goto("/support");
    const first = page.getByTestId("orders-table").first().getByRole("link").first();
    await first.click();
    await expect(page.getByTestId("order-history")).toBeVisible();
    await page.screenshot({ path: `${dir}/order-detail.png`, fullPage: true });
    await page.goto("/warehouse");
    await page.getByRole("button", { name: "English" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Warehouse");
    await page.screenshot({ path: `${dir}/warehouse-en.png`, fullPage: true });
  });

  test("public tracking on a phone", async ({ browser, request }) => {
    const api = await request.get("/api/v1/orders?status=in_transit&limit=1", { headers: { authorization: `Bearer ${process.env.SHIPLANE_API_KEY ?? "shpl_demo_integration_key_change_me"}` } });
    const order = (await api.json()).data[0];
    const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale: "zh-CN" });
    const page = await phone.newPage();
    await page.goto(`/track?n=${order.parcels[0].trackingNumber}`);
    await expect(page.getByTestId("tracking-result")).toBeVisible();
    await expect(page.getByTestId("tracking-map").first()).toBeVisible();
    await expect(page.getByText(order.customer.phone)).toHaveCount(0);
    await expect(page.getByText(order.customer.name)).toHaveCount(0);
    await page.screenshot({ path: `${dir}/track-phone.png`, fullPage: true });
    await phone.close();
  });
});
