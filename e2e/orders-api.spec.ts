import { expect, test } from "@playwright/test";
import { API_KEY, storageState } from "./roles";

const auth = { authorization: `Bearer ${API_KEY}` };

function newOrder(no: string) {
  return {
    platformOrderNo: no,
    platform: "tmall",
    customer: { name: "赵晓东", phone: "13912345678" },
    address: { province: "浙江省", city: "杭州市", district: "西湖区", line: "文三路 398 号 5 幢 1201 室" },
    items: [{ sku: "MILK-1L", name: "有机纯牛奶 1L", quantity: 6, unitPriceFen: 1590 }],
    attributes: { coldChain: true, temperatureC: [2, 8] },
  };
}

test.describe("orders API", () => {
  test("creates an order idempotently, moves it, and the warehouse sees it by scanning", async ({ request, browser }) => {
    const no = `E2E${Date.now()}`;
    const created = await request.post("/api/v1/orders", { headers: auth, data: newOrder(no) });
    expect(created.status()).toBe(201);
    const order = await created.json();
    expect(order).toMatchObject({ platformOrderNo: no, status: "paid", totalFen: 9540 });

    const replay = await request.post("/api/v1/orders", { headers: auth, data: newOrder(no) });
    expect(replay.status()).toBe(200);
    expect((await replay.json()).id).toBe(order.id);

    const conflicting = await request.post("/api/v1/orders", { headers: auth, data: { ...newOrder(no), platform: "jd" } });
    expect(conflicting.status()).toBe(409);

    const illegal = await request.post(`/api/v1/orders/${order.id}/transitions`, { headers: auth, data: { to: "delivered" } });
    expect(illegal.status()).toBe(409);
    expect((await illegal.json()).error.allowed).toEqual(["picking", "cancelled", "refunded"]);

    const moved = await request.post(`/api/v1/orders/${order.id}/transitions`, { headers: auth, data: { to: "picking", reason: "波次 W12" } });
    expect(moved.status()).toBe(200);

    const context = await browser.newContext({ storageState: storageState("warehouse") });
    const page = await context.newPage();
    await page.goto("/warehouse");
    await expect(page.getByRole("link", { name: no })).toBeVisible();
    await page.getByLabel(/扫描|Scan/).fill(no.toLowerCase());
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(new RegExp(`/orders/${order.id}$`));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(no);
    await expect(page.getByTestId("order-history")).toContainText("波次 W12");
    await context.close();
  });

  test("lists with filters and cursor pagination", async ({ request }) => {
    const first = await request.get("/api/v1/orders?status=completed&limit=5", { headers: auth });
    expect(first.status()).toBe(200);
    const page1 = await first.json();
    expect(page1.data).toHaveLength(5);
    expect(page1.data.every((o: { status: string }) => o.status === "completed")).toBe(true);
    const second = await (await request.get(`/api/v1/orders?status=completed&limit=5&cursor=${page1.nextCursor}`, { headers: auth })).json();
    const ids = new Set([...page1.data, ...second.data].map((o: { id: string }) => o.id));
    expect(ids.size).toBe(page1.data.length + second.data.length);
  });

  test("answers bad requests with JSON errors", async ({ request }) => {
    expect((await request.get("/api/v1/orders")).status()).toBe(401);
    expect((await request.get("/api/v1/orders", { headers: { authorization: "Bearer shpl_not_a_real_key_000000000" } })).status()).toBe(401);
    const malformed = await request.post("/api/v1/orders", { headers: { ...auth, "content-type": "application/json" }, data: Buffer.from("{not json") });
    expect(malformed.status()).toBe(400);
    expect((await malformed.json()).error.code).toBe("malformed_json");
    const invalid = await request.post("/api/v1/orders", { headers: auth, data: { ...newOrder("X1"), customer: { name: "", phone: "123" } } });
    expect(invalid.status()).toBe(422);
    expect(Object.keys((await invalid.json()).error.fieldErrors)).toEqual(expect.arrayContaining(["customer.name", "customer.phone", "platformOrderNo"]));
    const huge = await request.post("/api/v1/orders", { headers: { ...auth, "content-type": "application/json" }, data: JSON.stringify({ pad: "x".repeat(1_100_000) }) });
    expect(huge.status()).toBe(413);
    expect((await request.get("/api/v1/orders/00000000-0000-0000-0000-000000000000", { headers: auth })).status()).toBe(404);
    const wrongType = await request.post("/api/v1/orders", { headers: { ...auth, "content-type": "text/plain" }, data: Buffer.from("hello") });
    expect(wrongType.status()).toBe(415);
  });

  test("health and OpenAPI document are public", async ({ request }) => {
    const health = await (await request.get("/api/health")).json();
    expect(health).toMatchObject({ status: "ok", database: { reachable: true, kind: "pglite" } });
    const doc = await (await request.get("/api/openapi.json")).json();
    expect(doc.openapi).toBe("3.0.3");
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(["/api/v1/orders", "/api/v1/orders/{id}", "/api/v1/orders/{id}/transitions"]));
    expect(doc.components.schemas.CreateOrder.properties.platformOrderNo).toBeDefined();
  });
});
