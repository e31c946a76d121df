import { createHash } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  buildKuaidi100LabelOrderRequest,
  buildKuaidi100QueryRequest,
  createKuaidi100Client,
  type Kuaidi100ClientConfig,
} from "@/lib/carriers/kuaidi100/client";
import { CarrierApiError, CarrierNotConfiguredError } from "@/lib/carriers/push-errors";
import type { WaybillRequest } from "@/lib/carriers/types";

const KEY = "kQxUqTmYbGfd1234";
const CUSTOMER = "8E6C3F4A0B1D2E3F4A5B6C7D8E9F0A1B";
const SECRET = "5f1e2d3c4b5a69788796a5b4c3d2e1f0";

const upperMd5 = (s: string) => createHash("md5").update(s, "utf8").digest("hex").toUpperCase();

// Stand-in for Kuaidi100: verifies signatures exactly as their docs describe and answers with their shapes.
function fakeKuaidi100(): Server {
  return createServer((req, res) => {
    let raw = "";
    req.setEncoding("utf8");
    req.on("data", (chunk) => (raw += chunk));
    req.on("end", () => {
      const form = new URLSearchParams(raw);
      const answer = (body: unknown) => {
        res.writeHead(200, { "content-type": "application/json;charset=UTF-8" });
        res.end(JSON.stringify(body));
      };
      const param = form.get("param") ?? "";
      if (req.url === "/poll/query.do") {
        if (form.get("customer") !== CUSTOMER || form.get("sign") !== upperMd5(param + KEY + CUSTOMER)) {
          return answer({ result: false, returnCode: "503", message: "验证签名失败" });
        }
        const { num, com } = JSON.parse(param) as { num: string; com: string };
        return answer({
          message: "ok",
          nu: num,
          ischeck: "0",
          condition: "00",
          com,
          status: "200",
          state: "5",
          data: [
            { time: "2026-11-21 08:30:00", ftime: "2026-11-21 08:30:00", context: "【北京市】快件已到达 朝阳营业部，快递员正在派件", status: "派件", statusCode: "5", areaName: "北京,朝阳区", areaCenter: "116.443108,39.92147" },
            { time: "2026-11-20 22:10:00", ftime: "2026-11-20 22:10:00", context: "【北京转运中心】已到达", status: "在途", statusCode: "1001" },
          ],
        });
      }
      if (req.url === "/poll") {
        const parsed = JSON.parse(param) as { key: string; parameters: { callbackurl?: string; salt?: string } };
        if (form.get("schema") !== "json" || parsed.key !== KEY) {
          return answer({ result: false, returnCode: "600", message: "您不是合法的订阅者（即授权Key出错）" });
        }
        if (!parsed.parameters.callbackurl) return answer({ result: false, returnCode: "700", message: "拒绝订阅的快递公司" });
        return answer({ result: true, returnCode: "200", message: "提交成功" });
      }
      if (req.url === "/label/order") {
        const t = form.get("t") ?? "";
        if (form.get("key") !== KEY || form.get("sign") !== upperMd5(param + t + KEY + SECRET) || form.get("method") !== "order") {
          return answer({ success: false, code: 30002, message: "签名验证失败", time: 3 });
        }
        const order = JSON.parse(param) as { kuaidicom: string; recMan: { printAddr: string } };
        return answer({
          success: true,
          code: 200,
          message: "success",
          time: 120,
          data: { taskId: "A1B2C3", kuaidinum: "SF1409876543210", bulkpen: "755W-010", kuaidicom: order.kuaidicom, printAddr: order.recMan.printAddr },
        });
      }
      res.writeHead(404).end();
    });
  });
}

let server: Server;
let baseUrl: string;
beforeAll(async () => {
  server = fakeKuaidi100();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

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

  it("signs the label order as upper MD5(param + t + key + secret)", () => {
    const request = buildKuaidi100LabelOrderRequest(config(good), { kuaidicom: "shunfeng" }, "1795000000000");
    expect(request.form).toMatchObject({ method: "order", key: KEY, t: "1795000000000" });
    expect(request.form.sign).toBe(upperMd5(`${request.form.param}1795000000000${KEY}${SECRET}`));
  });

  it.each([
    ["query without customer", () => buildKuaidi100QueryRequest(config({ key: KEY }), { com: "sf", num: "1" }), /KUAIDI100_CUSTOMER/],
    ["label without secret", () => buildKuaidi100LabelOrderRequest(config({ key: KEY }), {}, "1"), /KUAIDI100_SECRET/],
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
    expect(result).toMatchObject({ carrier: "sf", trackingNumber: "SF1409876543210", sortCode: "755W-010" });
    expect(result.raw).toMatchObject({ kuaidicom: "shunfeng", printAddr: "北京市北京市朝阳区建国路88号" });
  });

  it("reports an unreachable server as a network error", async () => {
    const client = createKuaidi100Client({ ...config(good), pollBaseUrl: "http://127.0.0.1:1", timeoutMs: 2000 });
    await expect(client.queryTracking({ com: "jd", num: "JD1" })).rejects.toMatchObject({ code: "network" });
  });
});
