import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  kuaidi100PushFailureAnswer,
  kuaidi100PushSuccessAnswer,
  parseKuaidi100Push,
  signKuaidi100Param,
} from "@/lib/carriers/kuaidi100/push";
import {
  CarrierNotConfiguredError,
  PushError,
  PushMalformedError,
  PushSignatureError,
  PushUnsupportedMediaError,
} from "@/lib/carriers/push-errors";

const SALT = "d8f5e6a1c2b34f0e9a7b6c5d4e3f2a10";
const FORM = { "content-type": "application/x-www-form-urlencoded; charset=UTF-8" };

// Shaped like a recorded resultv2=4 push for an SF parcel (newest first, as Kuaidi100 sends it).
function recordedParam(overrides: Record<string, unknown> = {}) {
  return {
    status: "polling",
    billstatus: "check",
    message: "",
    autoCheck: "0",
    comOld: "",
    comNew: "",
    lastResult: {
      message: "ok",
      state: "3",
      status: "200",
      condition: "F00",
      ischeck: "1",
      com: "shunfeng",
      nu: "SF1409876543210",
      data: [
        {
          context: "快件已签收 签收人:本人，如有疑问请联系派件员",
          time: "2026-11-21 10:12:05",
          ftime: "2026-11-21 10:12:05",
          status: "签收",
          statusCode: "301",
          areaCode: "CN310104000000",
          areaName: "上海,徐汇区",
          areaCenter: "121.43676,31.18831",
          location: "上海市徐汇区",
        },
        {
          context: "【上海市】快件交给王师傅，正在派送途中",
          time: "2026-11-21 08:30:00",
          ftime: "2026-11-21 08:30:00",
          status: "派件",
          statusCode: "5",
          areaName: "上海,徐汇区",
          areaCenter: "121.43676,31.18831",
        },
        {
          context: "【深圳市】顺丰速运 已收取快件",
          time: "2026-11-20 08:00:00",
          ftime: "2026-11-20 08:00:00",
          status: "揽收",
          statusCode: "1",
          areaName: "广东,深圳市",
          areaCenter: "114.057868,22.543099",
        },
      ],
    },
    ...overrides,
  };
}

function formBody(param: string, sign: string | undefined, encodeSign = true): Uint8Array {
  const form = new URLSearchParams({ param });
  let text = form.toString();
  if (sign !== undefined) text += `&sign=${encodeSign ? encodeURIComponent(sign) : sign}`;
  return new TextEncoder().encode(text);
}

function signedRequest(param: unknown, salt = SALT) {
  const text = typeof param === "string" ? param : JSON.stringify(param);
  return { body: formBody(text, signKuaidi100Param(text, salt)), headers: FORM };
}

describe("parseKuaidi100Push", () => {
  it("parses a signed push into one update with UTC checkpoints", () => {
    const result = parseKuaidi100Push(signedRequest(recordedParam()), { salt: SALT });
    expect(result.subscriptionStatus).toBe("polling");
    expect(result.needsResubscribe).toBe(false);
    expect(result.billStatus).toBe("check");
    expect(result.unknownStatusCodes).toEqual([]);
    expect(result.updates).toHaveLength(1);
    const [update] = result.updates;
    expect(update).toMatchObject({ carrier: "sf", trackingNumber: "SF1409876543210", status: "delivered", rawStatus: "3" });
    expect(update.checkpoints[0]).toEqual({
      occurredAt: new Date("2026-11-21T02:12:05Z"),
      localTime: "2026-11-21 10:12:05",
      status: "delivered",
      rawCode: "301",
      description: "快件已签收 签收人:本人，如有疑问请联系派件员",
      location: "上海市徐汇区",
      lng: 121.43676,
      lat: 31.18831,
    });
    expect(update.checkpoints[1]).toMatchObject({ status: "out_for_delivery", location: "上海,徐汇区" });
    // "2026-11-20 08:00:00" is Beijing time.
    expect(update.checkpoints[2]).toMatchObject({
      occurredAt: new Date("2026-11-20T00:00:00.000Z"),
      status: "in_transit",
      subStatus: "collected",
      description: "【深圳市】顺丰速运 已收取快件",
    });
  });

  it("reports abort so the caller can re-subscribe", () => {
    const param = { status: "abort", billstatus: "", message: "3天查询无记录", lastResult: { ...recordedParam().lastResult, state: "0", data: [] } };
    const result = parseKuaidi100Push(signedRequest(param), { salt: SALT });
    expect(result).toMatchObject({ subscriptionStatus: "abort", needsResubscribe: true, message: "3天查询无记录" });
    expect(result.updates[0].checkpoints).toEqual([]);
  });

  it("accepts shutdown without lastResult", () => {
    const result = parseKuaidi100Push(signedRequest({ status: "shutdown", message: "" }), { salt: SALT });
    expect(result).toMatchObject({ subscriptionStatus: "shutdown", updates: [] });
  });

  it("follows an auto-detected company change", () => {
    const param = recordedParam({ autoCheck: "1", comOld: "yuantong", comNew: "zhongtong" });
    const result = parseKuaidi100Push(signedRequest(param), { salt: SALT });
    expect(result.companyChange).toEqual({ from: "yuantong", to: "zhongtong" });
    expect(result.updates[0].carrier).toBe("zto");
  });

  it("keeps unknown codes and reports them", () => {
    const param = recordedParam();
    param.lastResult.data[1] = { ...param.lastResult.data[1], status: "派件", statusCode: "599" };
    const result = parseKuaidi100Push(signedRequest(param), { salt: SALT });
    expect(result.unknownStatusCodes).toEqual(["599"]);
    expect(result.updates[0].checkpoints[1]).toMatchObject({ status: "out_for_delivery", rawCode: "599" });
  });

  it("accepts a lower-case sign", () => {
    const text = JSON.stringify(recordedParam());
    const request = { body: formBody(text, signKuaidi100Param(text, SALT).toLowerCase()), headers: FORM };
    expect(parseKuaidi100Push(request, { salt: SALT }).updates).toHaveLength(1);
  });

  it.each([
    ["wrong salt", () => signedRequest(recordedParam(), "not-the-salt")],
    ["missing sign", () => ({ body: formBody(JSON.stringify(recordedParam()), undefined), headers: FORM })],
    [
      "tampered body",
      () => {
        const original = JSON.stringify(recordedParam());
        const tampered = original.replace("SF1409876543210", "SF1409876543211");
        return { body: formBody(tampered, signKuaidi100Param(original, SALT)), headers: FORM };
      },
    ],
  ])("rejects %s with PushSignatureError", (_name, makeRequest) => {
    expect(() => parseKuaidi100Push(makeRequest(), { salt: SALT })).toThrow(PushSignatureError);
  });

  it.each([
    ["param is not JSON", "{not json", /param is not valid JSON/],
    ["unknown subscription status", JSON.stringify({ ...recordedParam(), status: "paused" }), /param\.status/],
    ["polling without lastResult", JSON.stringify({ status: "polling" }), /param\.lastResult: required/],
    [
      "missing tracking number",
      JSON.stringify(recordedParam({ lastResult: { ...recordedParam().lastResult, nu: undefined } })),
      /param\.lastResult\.nu/,
    ],
    [
      "checkpoint without context",
      JSON.stringify(recordedParam({ lastResult: { ...recordedParam().lastResult, data: [{ time: "2026-11-20 08:00:00" }] } })),
      /param\.lastResult\.data\[0\]\.context/,
    ],
    [
      "garbage time",
      JSON.stringify(
        recordedParam({ lastResult: { ...recordedParam().lastResult, data: [{ context: "x", ftime: "2026-02-30 08:00:00" }] } }),
      ),
      /param\.lastResult\.data\[0\]\.ftime: .*day 30/,
    ],
  ])("rejects %s as malformed with a reason", (_name, param, reason) => {
    const error = (() => {
      try {
        parseKuaidi100Push(signedRequest(param), { salt: SALT });
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(PushMalformedError);
    expect((error as PushMalformedError).reason).toMatch(reason);
  });

  it("rejects a missing param field as malformed", () => {
    const body = new TextEncoder().encode("sign=ABC");
    expect(() => parseKuaidi100Push({ body, headers: FORM }, { salt: SALT })).toThrow(/param is missing/);
  });

  it.each([
    [{ "content-type": "application/json" }],
    [{ "content-type": "application/x-www-form-urlencoded; charset=GBK" }],
    [{}],
  ])("rejects content type %j with 415", (headers) => {
    const request = { ...signedRequest(recordedParam()), headers };
    expect(() => parseKuaidi100Push(request, { salt: SALT })).toThrow(PushUnsupportedMediaError);
  });

  it("refuses to run without a salt", () => {
    expect(() => parseKuaidi100Push(signedRequest(recordedParam()), { salt: "" })).toThrow(CarrierNotConfiguredError);
  });

  it("builds the documented answers", () => {
    expect(JSON.stringify(kuaidi100PushSuccessAnswer())).toBe('{"result":true,"returnCode":"200","message":"成功"}');
    expect(kuaidi100PushFailureAnswer("签名错误")).toEqual({ result: false, returnCode: "500", message: "签名错误" });
  });

  it("throws only typed push errors for random or truncated bodies (property)", () => {
    const valid = signedRequest(recordedParam()).body;
    const signedJson = (json: string) => signedRequest(json).body;
    const bodies = fc.oneof(
      fc.uint8Array({ maxLength: 400 }),
      fc.nat({ max: valid.length }).map((n) => valid.slice(0, n)),
      fc.nat({ max: 600 }).map((n) => signedJson(JSON.stringify(recordedParam()).slice(0, n))),
      fc.json().map(signedJson),
      fc.string().map((s) => new TextEncoder().encode(s)),
    );
    fc.assert(
      fc.property(bodies, (body) => {
        try {
          parseKuaidi100Push({ body, headers: FORM }, { salt: SALT });
        } catch (error) {
          expect(error).toBeInstanceOf(PushError);
        }
      }),
      { numRuns: 400 },
    );
  });
});
