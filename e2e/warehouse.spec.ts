import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { API_KEY, storageState } from "./roles";

const auth = { authorization: `Bearer ${API_KEY}` };
const hasZbar = (() => { try { execFileSync("zbarimg", ["--version"]); return true; } catch { return false; } })();

async function paidOrder(request: APIRequestContext, suffix: string) {
  const res = await request.post("/api/v1/orders", {
    headers: auth,
    data: {
      platformOrderNo: `WH${Date.now()}${suffix}`,
      platform: "jd",
      customer: { name: "欧阳娜娜", phone: "13512345678" },
      address: { province: "广东省", city: "广州市", district: "天河区", line: "天河路 385 号太古汇 2 座 1801" },
      items: [{ sku: "PHONE-CASE", name: "手机壳", quantity: 2, unitPriceFen: 3900 }],
    },
  });
  expect(res.status()).toBe(201);
  return res.json();
}

function decodeBarcodes(pdf: Buffer): string[] {
  const dir = mkdtempSync(join(tmpdir(), "label-"));
  writeFileSync(join(dir, "l.pdf"), pdf);
  execFileSync("pdftoppm", ["-r", "203", "-png", join(dir, "l.pdf"), join(dir, "p")]);
  const out = execFileSync("sh", ["-c", `zbarimg --raw -q ${dir}/p*.png || true`], { encoding: "utf8" });
  return out.split("\n").filter(Boolean);
}

test.describe("warehouse", () => {
  test.use({ storageState: storageState("warehouse") });

  test("Ship & print binds a waybill, opens the print view, and the label PDF scans back to the tracking number", async ({ page, request, context }) => {
    const order = await paidOrder(request, "A");
    await page.goto("/warehouse");
    const row = page.getByRole("row").filter({ hasText: order.platformOrderNo });
    const popup = context.waitForEvent("page");
    await row.getByRole("button", { name: /发货并打印|Ship & print/ }).click();
    const printView = await popup;
    await expect(printView).toHaveURL(/\/labels\/print\?print=1&orders=/);
    await expect(printView.getByTestId("label-print-view")).toBeVisible();
    await printView.screenshot({ path: "test-results/screenshots/label-print-view.png", fullPage: true });

    const shipped = await (await request.get(`/api/v1/orders/${order.id}`, { headers: auth })).json();
    expect(shipped.status).toBe("shipped");
    const tn = shipped.parcels[0].trackingNumber;
    await expect(printView.getByText(tn.slice(-4), { exact: false }).first()).toBeVisible();
    await expect(page.getByTestId("recent-shipments")).toContainText(tn);

    const pdf = await page.request.get(`/api/v1/waybills/${tn}/label.pdf`);
    expect(pdf.headers()["content-type"]).toBe("application/pdf");
    const bytes = Buffer.from(await pdf.body());
    test.skip(!hasZbar, "zbar-tools not installed");
    expect(decodeBarcodes(bytes)).toContain(tn);
  });

  test("batch: select orders, one PDF with one label per parcel, progress shown", async ({ page, request }) => {
    const orders = [await paidOrder(request, "B1"), await paidOrder(request, "B2"), await paidOrder(request, "B3")];
    await page.goto("/warehouse");
    for (const o of orders) await page.getByRole("checkbox", { name: new RegExp(o.platformOrderNo) }).check();
    const pdfResponse = page.waitForResponse((r) => r.url().endsWith("/api/v1/labels") && r.request().method() === "POST");
    await page.getByTestId("ship-selected").click();
    const response = await pdfResponse;
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe("application/pdf");
    // The page hands its copy to the PDF viewer; fetch the same batch again to inspect it.
    const again = await page.request.post("/api/v1/labels", { data: { orderIds: orders.map((o) => o.id) } });
    const bytes = Buffer.from(await again.body());
    const file = join(mkdtempSync(join(tmpdir(), "batch-")), "batch.pdf");
    writeFileSync(file, bytes);
    const pages = execFileSync("pdfinfo", [file], { encoding: "utf8" });
    expect(pages).toMatch(/Pages:\s+3/);
    for (const o of orders) {
      const after = await (await request.get(`/api/v1/orders/${o.id}`, { headers: auth })).json();
      expect(after.status).toBe("shipped");
    }
  });

  test("keyboard only: scan, Enter, Enter ships the order and opens its label", async ({ page, request, context }) => {
    const order = await paidOrder(request, "K");
    await page.goto("/warehouse");
    await page.keyboard.type(order.platformOrderNo);
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(new RegExp(`/orders/${order.id}$`));
    await expect(page.getByRole("button", { name: /发货并打印|Ship & print/ })).toBeFocused();
    const popup = context.waitForEvent("page");
    await page.keyboard.press("Enter");
    const printView = await popup;
    await expect(printView.getByTestId("label-print-view")).toBeVisible();
    await expect(page.getByTestId("parcel")).toHaveCount(1);
  });

  test("scanning an unknown number explains itself and keeps focus", async ({ page }) => {
    await page.goto("/warehouse");
    const scan = page.getByLabel(/扫描|Scan/);
    await scan.fill("NO-SUCH-ORDER-123");
    await scan.press("Enter");
    await expect(page.getByText(/未找到订单|No order found/)).toBeVisible();
    await expect(page).toHaveURL(/\/warehouse$/);
  });

  test("the API refuses to bind an invalid number with a reason and names the order holding a duplicate", async ({ request }) => {
    const a = await paidOrder(request, "C1");
    const bad = await request.post(`/api/v1/orders/${a.id}/waybills`, { headers: auth, data: { trackingNumber: "EE123456784CN" } });
    expect(bad.status()).toBe(422);
    expect((await bad.json()).error.message).toMatch(/check digit/i);
    const ok = await request.post(`/api/v1/orders/${a.id}/waybills`, { headers: auth, data: { trackingNumber: "EE123456785CN" } });
    expect(ok.status()).toBe(201);
    const b = await paidOrder(request, "C2");
    const clash = await request.post(`/api/v1/orders/${b.id}/waybills`, { headers: auth, data: { trackingNumber: "EE 1234 5678 5CN" } });
    expect(clash.status()).toBe(409);
    expect((await clash.json()).error.message).toContain(a.platformOrderNo);
    const detect = await (await request.get("/api/v1/carriers/detect?number=ee123456785cn", { headers: auth })).json();
    expect(detect.candidates[0]).toMatchObject({ carrier: "ems", valid: true });
  });
});
