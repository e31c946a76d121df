import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { normalizeKdniaoDataSign, signKdniaoRequestData } from "@/lib/carriers/kdniao/data-sign";
import { buildKdniaoPushAnswer, parseKdniaoPush } from "@/lib/carriers/kdniao/push";
import {
  PushError,
  PushMalformedError,
  PushSignatureError,
  PushUnsupportedMediaError,
} from "@/lib/carriers/push-errors";

const APP_KEY = "56da2cf8-c8a2-44b2-b6fa-476cd7d1ba17";
const FORM = { "Content-Type": "application/x-www-form-urlencoded" };

// Shaped like a recorded 101 push for a ZTO parcel: traces oldest first, as Kdniao sends them.
function recordedRequestData(overrides: Record<string, unknown> = {}) {
  return {
    PushTime: "2026-11-21 10:15:02",
    EBusinessID: "1237100",
    Count: "1",
    Data: [
      {
        EBusinessID: "1237100",
        ShipperCode: "ZTO",
        LogisticCode: "78123456789012",
        Success: true,
        Reason: "",
        State: "3",
        StateEx: "301",
        Location: "杭州市",
        EstimatedDeliveryTime: "2026-11-21 18:00:00",
        Traces: [
          { AcceptTime: "2026-11-19 20:11:45", AcceptStation: "【广州市】快件已由 广州白云 揽收", Location: "广州市", Action: "1" },
          { AcceptTime: "2026-11-20 08:00:00", AcceptStation: "【杭州转运中心】已到达", Location: "杭州市", Action: "204" },
          { AcceptTime: "2026-11-21 09:40:12", AcceptStation: "【杭州市】快件已签收，签收人：本人", Location: "杭州市", Action: "301" },
        ],
      },
    ],
    ...overrides,
  };
}

function body(fields: Record<string, string>): Uint8Array {
  return new TextEncoder().encode(new URLSearchParams(fields).toString());
}

function signedRequest(requestData: unknown, appKey = APP_KEY, requestType = "101") {
  const json = typeof requestData === "string" ? requestData : JSON.stringify(requestData);
  return { body: body({ RequestData: json, DataSign: signKdniaoRequestData(json, appKey), RequestType: requestType }), headers: FORM };
}

function caught(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  return undefined;
}

describe("parseKdniaoPush", () => {
  it("parses a signed push with Beijing-time traces", () => {
    const result = parseKdniaoPush(signedRequest(recordedRequestData()), { appKey: APP_KEY });
    expect(result).toMatchObject({ eBusinessId: "1237100", requestType: "101", pushTime: "2026-11-21 10:15:02", failures: [] });
    const [update] = result.updates;
    expect(update).toMatchObject({
      carrier: "zto",
      trackingNumber: "78123456789012",
      status: "delivered",
      rawStatus: "301",
      estimatedDeliveryAt: new Date("2026-11-21T10:00:00Z"),
    });
    expect(update.checkpoints.map((c) => [c.occurredAt.toISOString(), c.status, c.subStatus, c.rawCode])).toEqual([
      ["2026-11-19T12:11:45.000Z", "in_transit", "collected", "1"],
      ["2026-11-20T00:00:00.000Z", "in_transit", undefined, "204"],
      ["2026-11-21T01:40:12.000Z", "delivered", undefined, "301"],
    ]);
    expect(update.checkpoints[2]).toMatchObject({ description: "【杭州市】快件已签收，签收人：本人", location: "杭州市", localTime: "2026-11-21 09:40:12" });
  });

  it("reports items Kdniao marked unsuccessful", () => {
    const data = recordedRequestData({
      Data: [{ EBusinessID: "1237100", ShipperCode: "SF", LogisticCode: "SF1409876543210", Success: false, Reason: "三天无轨迹", State: "0" }],
    });
    const result = parseKdniaoPush(signedRequest(data), { appKey: APP_KEY });
    expect(result.failures).toEqual([{ carrier: "sf", trackingNumber: "SF1409876543210", reason: "三天无轨迹" }]);
    expect(result.updates[0]).toMatchObject({ status: "pending", checkpoints: [] });
  });

  describe("the '+' and '=' encoding cases", () => {
    const withPlus = recordedRequestData({
      Data: [{ ...recordedRequestData().Data[0], Traces: [{ AcceptTime: "2026-11-20 08:00:00", AcceptStation: "派件员 王师傅 电话 +86 138 0013 8000", Action: "202" }] }],
    });
    const json = JSON.stringify(withPlus);
    const sign = signKdniaoRequestData(json, APP_KEY);

    it("keeps a '+' the sender encoded as %2B (and a space it encoded as '+')", () => {
      const wire = `RequestData=${encodeURIComponent(json).replace(/%20/g, "+")}&DataSign=${encodeURIComponent(sign)}&RequestType=101`;
      expect(wire).toContain("%2B86+138");
      const result = parseKdniaoPush({ body: new TextEncoder().encode(wire), headers: FORM }, { appKey: APP_KEY });
      expect(result.updates[0].checkpoints[0].description).toBe("派件员 王师傅 电话 +86 138 0013 8000");
    });

    it("accepts a sender that left '+' unencoded, because only that reading verifies", () => {
      const wire = `RequestData=${encodeURIComponent(json).replace(/%2B/g, "+")}&DataSign=${encodeURIComponent(sign)}&RequestType=101`;
      const result = parseKdniaoPush({ body: new TextEncoder().encode(wire), headers: FORM }, { appKey: APP_KEY });
      expect(result.updates[0].checkpoints[0].description).toBe("派件员 王师傅 电话 +86 138 0013 8000");
    });

    it("accepts DataSign double-encoded (%253D) or not encoded at all", () => {
      const base = `RequestData=${encodeURIComponent(json)}&RequestType=101`;
      for (const encodedSign of [encodeURIComponent(encodeURIComponent(sign)), sign]) {
        const wire = `${base}&DataSign=${encodedSign}`;
        expect(parseKdniaoPush({ body: new TextEncoder().encode(wire), headers: FORM }, { appKey: APP_KEY }).updates).toHaveLength(1);
      }
    });

    it.each([
      ["ab+c/d==", "ab+c/d=="],
      ["ab c/d==", "ab+c/d=="],
      ["ab%2Bc%2Fd%3D%3D", "ab+c/d=="],
      ["  YWJj  ", "YWJj"],
    ])("normalizes DataSign %j → %j", (received, expected) => {
      expect(normalizeKdniaoDataSign(received)).toBe(expected);
    });
  });

  it.each([
    ["wrong app key", () => signedRequest(recordedRequestData(), "wrong-key")],
    ["missing DataSign", () => ({ body: body({ RequestData: JSON.stringify(recordedRequestData()), RequestType: "101" }), headers: FORM })],
    [
      "tampered RequestData",
      () => {
        const original = JSON.stringify(recordedRequestData());
        const tampered = original.replace("签收人：本人", "签收人：门卫");
        return { body: body({ RequestData: tampered, DataSign: signKdniaoRequestData(original, APP_KEY), RequestType: "101" }), headers: FORM };
      },
    ],
  ])("rejects %s with PushSignatureError", (_name, makeRequest) => {
    expect(() => parseKdniaoPush(makeRequest(), { appKey: APP_KEY })).toThrow(PushSignatureError);
  });

  it.each([
    ["RequestData not JSON", "{oops", "101", /RequestData is not valid JSON/],
    ["unknown RequestType", JSON.stringify(recordedRequestData()), "1008", /RequestType "1008"/],
    ["missing EBusinessID", JSON.stringify({ ...recordedRequestData(), EBusinessID: undefined }), "101", /RequestData\.EBusinessID/],
    ["Data not an array", JSON.stringify({ ...recordedRequestData(), Data: {} }), "101", /RequestData\.Data/],
    [
      "trace without AcceptTime",
      JSON.stringify(recordedRequestData({ Data: [{ ...recordedRequestData().Data[0], Traces: [{ AcceptStation: "x" }] }] })),
      "101",
      /RequestData\.Data\[0\]\.Traces\[0\]\.AcceptTime/,
    ],
    [
      "unreadable AcceptTime",
      JSON.stringify(recordedRequestData({ Data: [{ ...recordedRequestData().Data[0], Traces: [{ AcceptTime: "昨天", AcceptStation: "x" }] }] })),
      "101",
      /Traces\[0\]\.AcceptTime: cannot read carrier time/,
    ],
    ["empty LogisticCode", JSON.stringify(recordedRequestData({ Data: [{ ...recordedRequestData().Data[0], LogisticCode: " " }] })), "101", /LogisticCode is empty/],
  ])("rejects %s as malformed with a reason", (_name, json, requestType, reason) => {
    const error = caught(() => parseKdniaoPush(signedRequest(json, APP_KEY, requestType), { appKey: APP_KEY }));
    expect(error).toBeInstanceOf(PushMalformedError);
    expect((error as PushMalformedError).reason).toMatch(reason);
  });

  it("rejects JSON content with 415", () => {
    const request = { ...signedRequest(recordedRequestData()), headers: { "content-type": "application/json" } };
    expect(() => parseKdniaoPush(request, { appKey: APP_KEY })).toThrow(PushUnsupportedMediaError);
  });

  it("builds the documented answer with Beijing UpdateTime", () => {
    expect(buildKdniaoPushAnswer({ eBusinessId: "1237100", now: new Date("2026-11-20T18:30:05Z") })).toEqual({
      EBusinessID: "1237100",
      UpdateTime: "2026-11-21 02:30:05",
      Success: true,
      Reason: "",
    });
    expect(buildKdniaoPushAnswer({ eBusinessId: "1", now: new Date(0), success: false, reason: "签名错误" })).toMatchObject({ Success: false, Reason: "签名错误" });
  });

  it("throws only typed push errors for random or truncated bodies (property)", () => {
    const valid = signedRequest(recordedRequestData()).body;
    const signedJson = (json: string) => signedRequest(json).body;
    const bodies = fc.oneof(
      fc.uint8Array({ maxLength: 400 }),
      fc.nat({ max: valid.length }).map((n) => valid.slice(0, n)),
      fc.nat({ max: 900 }).map((n) => signedJson(JSON.stringify(recordedRequestData()).slice(0, n))),
      fc.json().map(signedJson),
      fc.string().map((s) => new TextEncoder().encode(`RequestData=${s}&DataSign=${s}&RequestType=101`)),
    );
    fc.assert(
      fc.property(bodies, (candidate) => {
        const error = caught(() => parseKdniaoPush({ body: candidate, headers: FORM }, { appKey: APP_KEY }));
        if (error !== undefined) expect(error).toBeInstanceOf(PushError);
      }),
      { numRuns: 400 },
    );
  });
});
