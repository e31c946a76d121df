// Stand-in for Kuaidi100 in tests (the real API is not reachable from here): verifies signatures exactly as
// Kuaidi100's documentation and official examples describe, and answers with their shapes.
import { createHash } from "node:crypto";
import { startFakeFormApi } from "@/lib/carriers/testing/fake-form-api";

export const FAKE_KUAIDI100 = {
  key: "kQxUqTmYbGfd1234",
  customer: "8E6C3F4A0B1D2E3F4A5B6C7D8E9F0A1B",
  secret: "5f1e2d3c4b5a69788796a5b4c3d2e1f0",
};

export const upperMd5 = (s: string) => createHash("md5").update(s, "utf8").digest("hex").toUpperCase();

export interface FakeKuaidi100 {
  baseUrl: string;
  /** e-waybill orders and cancellations it accepted, as sent. */
  orders: Record<string, unknown>[];
  cancelled: { kuaidinum: string; partnerId: string; reason: string; kuaidicom: string }[];
  close(): Promise<void>;
}

const NUMBER_PREFIX: Record<string, string> = { shunfeng: "SF14", zhongtong: "7874", yuantong: "YT88", jd: "JDX0" };

export async function startFakeKuaidi100(): Promise<FakeKuaidi100> {
  const orders: FakeKuaidi100["orders"] = [];
  const cancelled: FakeKuaidi100["cancelled"] = [];
  let issued = 0;
  const api = await startFakeFormApi(({ url, form }) => {
    const param = form.get("param") ?? "";
    const { key, customer, secret } = FAKE_KUAIDI100;
    if (url === "/poll/query.do") {
      if (form.get("customer") !== customer || form.get("sign") !== upperMd5(param + key + customer)) {
        return { result: false, returnCode: "503", message: "验证签名失败" };
      }
      const { num, com } = JSON.parse(param) as { num: string; com: string };
      return {
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
      };
    }
    if (url === "/poll") {
      const parsed = JSON.parse(param) as { key: string; parameters: { callbackurl?: string; salt?: string } };
      if (form.get("schema") !== "json" || parsed.key !== key) {
        return { result: false, returnCode: "600", message: "您不是合法的订阅者（即授权Key出错）" };
      }
      if (!parsed.parameters.callbackurl) return { result: false, returnCode: "700", message: "拒绝订阅的快递公司" };
      return { result: true, returnCode: "200", message: "提交成功" };
    }
    if (url.startsWith("/label/order?method=")) {
      const t = form.get("t") ?? "";
      if (form.get("key") !== key || form.get("sign") !== upperMd5(param + t + key + secret)) {
        return { success: false, code: 30002, message: "签名验证失败", time: 3 };
      }
      if (url === "/label/order?method=cancel") {
        const cancel = JSON.parse(param) as FakeKuaidi100["cancelled"][number];
        if (cancel.kuaidinum === "SF0000000000000") return { success: false, code: 30010, message: "该单号已揽收，不能取消", time: 5 };
        cancelled.push(cancel);
        return { success: true, code: 200, message: "success", time: 40 };
      }
      if (url !== "/label/order?method=order") return { success: false, code: 30001, message: "method不正确", time: 1 };
      const order = JSON.parse(param) as { kuaidicom: string; partnerId?: string; recMan: { printAddr: string } };
      if (!order.partnerId) return { success: false, code: 30003, message: "电子面单账号不能为空", time: 2 };
      if (order.recMan.printAddr.includes("超区")) return { success: false, code: 30005, message: "收件地址超出派送范围", time: 20 };
      orders.push(order);
      issued++;
      const kuaidinum = `${NUMBER_PREFIX[order.kuaidicom] ?? "KD00"}${String(9_000_000_000 + issued).padStart(11, "0")}`;
      return { success: true, code: 200, message: "success", time: 120, data: { taskId: `T${issued}`, kuaidinum, bulkpen: "755W-010", kuaidicom: order.kuaidicom, printAddr: order.recMan.printAddr } };
    }
    return undefined;
  });
  return { ...api, orders, cancelled };
}
