import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  PushError,
  PushMalformedError,
  PushSignatureError,
  PushUnsupportedMediaError,
} from "@/lib/carriers/push-errors";
import { parseShiplanePush } from "@/lib/carriers/shiplane/push";
import { signShiplanePayload } from "@/lib/carriers/shiplane/push-signature";

const SECRETS = { current: "whsec_current" };
const T = 1795150000;
const NOW = new Date(T * 1000);

const delivered = {
  event_id: "evt_01JD8Z6Q4T",
  tracking_number: "SL2026112000017",
  carrier: "sf",
  status_code: "DELIVERED_LOCKER",
  timestamp: "2026-11-21T10:12:05+08:00",
  location: "上海市徐汇区 丰巢智能柜(漕河泾店)",
  description: "快件已投递至丰巢智能柜，取件码 6-2-1034",
  lng: 121.43676,
  lat: 31.18831,
};
const outForDelivery = { event_id: "evt_01JD8Z5", order_id: "ord_01", status_code: "OUT_FOR_DELIVERY", timestamp: 1795140000 };

function signedRequest(payload: unknown, secret = SECRETS.current, t = T) {
  const body = new TextEncoder().encode(typeof payload === "string" ? payload : JSON.stringify(payload));
  return { body, headers: { "content-type": "application/json; charset=utf-8", "x-shiplane-signature": signShiplanePayload(body, secret, t) } };
}

function caught(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  return undefined;
}

describe("parseShiplanePush", () => {
  it("parses a single signed event", () => {
    const result = parseShiplanePush(signedRequest(delivered), SECRETS, { now: NOW });
    expect(result.eventIds).toEqual(["evt_01JD8Z6Q4T"]);
    expect(result.signedAt).toEqual(NOW);
    expect(result.updates).toEqual([
      {
        carrier: "sf",
        trackingNumber: "SL2026112000017",
        eventId: "evt_01JD8Z6Q4T",
        status: "delivered",
        subStatus: "delivered_to_locker",
        rawStatus: "DELIVERED_LOCKER",
        checkpoints: [
          {
            occurredAt: new Date("2026-11-21T02:12:05Z"),
            localTime: "2026-11-21T10:12:05+08:00",
            status: "delivered",
            subStatus: "delivered_to_locker",
            rawCode: "DELIVERED_LOCKER",
            description: "快件已投递至丰巢智能柜，取件码 6-2-1034",
            location: "上海市徐汇区 丰巢智能柜(漕河泾店)",
            lng: 121.43676,
            lat: 31.18831,
          },
        ],
      },
    ]);
  });

  it("parses a batch, including order_id-only events and unix-second timestamps", () => {
    const result = parseShiplanePush(signedRequest([outForDelivery, delivered]), SECRETS, { now: NOW });
    expect(result.eventIds).toEqual(["evt_01JD8Z5", "evt_01JD8Z6Q4T"]);
    expect(result.updates[0]).toMatchObject({ trackingNumber: "", orderId: "ord_01", status: "out_for_delivery" });
    expect(result.updates[0].checkpoints[0]).toMatchObject({ occurredAt: new Date(1795140000 * 1000), description: "OUT_FOR_DELIVERY" });
  });

  it("keeps unknown status codes and reports them", () => {
    const result = parseShiplanePush(signedRequest({ ...delivered, status_code: "TELEPORTED" }), SECRETS, { now: NOW });
    expect(result.unknownStatusCodes).toEqual(["TELEPORTED"]);
    expect(result.updates[0]).toMatchObject({ status: "in_transit", subStatus: "unknown_code", rawStatus: "TELEPORTED" });
  });

  it("accepts the previous secret during rotation", () => {
    const request = signedRequest(delivered, "whsec_old");
    expect(parseShiplanePush(request, { current: "whsec_new", previous: "whsec_old" }, { now: NOW }).updates).toHaveLength(1);
  });

  it.each([
    ["wrong secret", () => signedRequest(delivered, "whsec_wrong")],
    ["stale timestamp", () => signedRequest(delivered, SECRETS.current, T - 301)],
    [
      "tampered body",
      () => {
        const request = signedRequest(delivered);
        return { ...request, body: new TextEncoder().encode(JSON.stringify({ ...delivered, status_code: "LOST" })) };
      },
    ],
    ["garbage that is not even JSON, unsigned", () => ({ ...signedRequest(delivered), body: new TextEncoder().encode("{oops") })],
  ])("rejects %s with PushSignatureError", (_name, makeRequest) => {
    expect(() => parseShiplanePush(makeRequest(), SECRETS, { now: NOW })).toThrow(PushSignatureError);
  });

  it.each([
    ["invalid JSON", "{oops", /body is not valid JSON/],
    ["neither tracking_number nor order_id", { ...delivered, tracking_number: undefined }, /tracking_number: tracking_number or order_id is required/],
    ["missing status_code", { ...delivered, status_code: undefined }, /status_code/],
    ["missing event_id", { ...delivered, event_id: undefined }, /event_id/],
    ["timestamp without offset", { ...delivered, timestamp: "2026-11-21 10:12:05" }, /timestamp: .* is not ISO 8601 with an offset/],
    ["timestamp in milliseconds", { ...delivered, timestamp: 1795150000000 }, /looks like milliseconds/],
    ["impossible date", { ...delivered, timestamp: "2026-02-30T10:00:00+08:00" }, /timestamp: cannot read carrier time .*day 30/],
    ["lng without lat", { ...delivered, lat: undefined }, /lng: lng and lat must be sent together/],
    ["latitude out of range", { ...delivered, lat: 91 }, /lat: /],
    ["bad event inside a batch", [delivered, { ...delivered, timestamp: "yesterday" }], /\[1\]\.timestamp/],
    ["empty batch", [], /batch is empty/],
  ])("rejects %s as malformed with a reason", (_name, payload, reason) => {
    const error = caught(() => parseShiplanePush(signedRequest(payload), SECRETS, { now: NOW }));
    expect(error).toBeInstanceOf(PushMalformedError);
    expect((error as PushMalformedError).reason).toMatch(reason);
  });

  it("rejects other content types with 415", () => {
    const request = signedRequest(delivered);
    const headers = { ...request.headers, "content-type": "text/plain" };
    expect(() => parseShiplanePush({ ...request, headers }, SECRETS, { now: NOW })).toThrow(PushUnsupportedMediaError);
  });

  it("throws only typed push errors for random or truncated bodies (property)", () => {
    const valid = new TextEncoder().encode(JSON.stringify([outForDelivery, delivered]));
    const eventLike = fc.record(
      {
        event_id: fc.oneof(fc.string(), fc.integer()),
        tracking_number: fc.string(),
        status_code: fc.string(),
        timestamp: fc.oneof(fc.string(), fc.double(), fc.integer()),
        lng: fc.double(),
        lat: fc.double(),
      },
      { requiredKeys: [] },
    );
    const bodies = fc.oneof(
      fc.uint8Array({ maxLength: 400 }),
      fc.nat({ max: valid.length }).map((n) => valid.slice(0, n)),
      fc.json().map((json) => new TextEncoder().encode(json)),
      fc.oneof(eventLike, fc.array(eventLike, { maxLength: 4 })).map((value) => new TextEncoder().encode(JSON.stringify(value))),
    );
    fc.assert(
      fc.property(bodies, fc.boolean(), (body, signCorrectly) => {
        const headers = {
          "content-type": "application/json",
          "x-shiplane-signature": signShiplanePayload(body, signCorrectly ? SECRETS.current : "nope", T),
        };
        const error = caught(() => parseShiplanePush({ body, headers }, SECRETS, { now: NOW }));
        if (error !== undefined) expect(error).toBeInstanceOf(PushError);
      }),
      { numRuns: 500 },
    );
  });
});
