import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { parseAfterShipWebhook, signAfterShipBody } from "@/lib/carriers/aftership/webhook";
import {
  PushError,
  PushMalformedError,
  PushSignatureError,
  PushUnsupportedMediaError,
} from "@/lib/carriers/push-errors";

const SECRET = "aftership-webhook-secret-0f9e8d";

// Shaped like a recorded tracking_update for an SF parcel to the UK.
function recordedWebhook(overrides: Record<string, unknown> = {}) {
  return {
    event: "tracking_update",
    event_id: "d1f6b3a2-5c4e-4f7a-9b8c-0a1b2c3d4e5f",
    ts: 1795150000,
    msg: {
      id: "8a7f6e5d4c3b2a1908f7e6d5",
      tracking_number: "SF1409876543210",
      slug: "sf-express",
      tag: "OutForDelivery",
      subtag: "OutForDelivery_001",
      subtag_message: "Out for Delivery",
      checkpoints: [
        {
          checkpoint_time: "2026-11-18T20:11:45+08:00",
          created_at: "2026-11-18T12:30:02+00:00",
          message: "【深圳市】顺丰速运 已收取快件",
          location: "深圳市",
          city: "Shenzhen",
          country_iso3: "CHN",
          tag: "InTransit",
          subtag: "InTransit_002",
        },
        {
          // No offset: local time of the checkpoint country (CHN).
          checkpoint_time: "2026-11-19T08:00:00",
          created_at: "2026-11-19T00:05:00+00:00",
          message: "快件已到达 【深圳国际转运中心】",
          city: "Shenzhen",
          state: "Guangdong",
          country_iso3: "CHN",
          tag: "InTransit",
          subtag: "InTransit_003",
          coordinates: [22.54, 114.05],
        },
        {
          checkpoint_time: "2026-11-21T09:15:00",
          message: "Out for delivery",
          city: "London",
          country_iso3: "GBR",
          tag: "OutForDelivery",
          subtag: "OutForDelivery_001",
          coordinate: { latitude: 51.5072, longitude: -0.1276 },
        },
      ],
    },
    ...overrides,
  };
}

const JSON_HEADERS = (signature: string) => ({ "content-type": "application/json", "aftership-hmac-sha256": signature });

function signedRequest(payload: unknown, secret = SECRET) {
  const body = new TextEncoder().encode(typeof payload === "string" ? payload : JSON.stringify(payload));
  return { body, headers: JSON_HEADERS(signAfterShipBody(body, secret)) };
}

function caught(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  return undefined;
}

describe("parseAfterShipWebhook", () => {
  it("parses a signed tracking_update", () => {
    const result = parseAfterShipWebhook(signedRequest(recordedWebhook()), { secret: SECRET });
    expect(result).toMatchObject({ event: "tracking_update", eventId: "d1f6b3a2-5c4e-4f7a-9b8c-0a1b2c3d4e5f", ts: 1795150000, unknownStatusCodes: [] });
    const [update] = result.updates;
    expect(update).toMatchObject({ carrier: "sf", trackingNumber: "SF1409876543210", status: "out_for_delivery", rawStatus: "OutForDelivery_001" });
    expect(update.checkpoints.map((c) => [c.occurredAt.toISOString(), c.status, c.subStatus])).toEqual([
      ["2026-11-18T12:11:45.000Z", "in_transit", "collected"],
      ["2026-11-19T00:00:00.000Z", "in_transit", undefined],
      ["2026-11-21T09:15:00.000Z", "out_for_delivery", undefined],
    ]);
    expect(update.checkpoints[0]).toMatchObject({ description: "【深圳市】顺丰速运 已收取快件", location: "深圳市", localTime: "2026-11-18T20:11:45+08:00" });
    expect(update.checkpoints[1]).toMatchObject({ location: "Shenzhen, Guangdong, CHN", lat: 22.54, lng: 114.05 });
    expect(update.checkpoints[2]).toMatchObject({ lat: 51.5072, lng: -0.1276 });
  });

  it("falls back to created_at when checkpoint_time is missing", () => {
    const payload = recordedWebhook();
    payload.msg.checkpoints = [{ created_at: "2026-11-19T00:05:00+00:00", message: "x", tag: "InTransit" } as never];
    const [update] = parseAfterShipWebhook(signedRequest(payload), { secret: SECRET }).updates;
    expect(update.checkpoints[0].occurredAt.toISOString()).toBe("2026-11-19T00:05:00.000Z");
  });

  it("accepts the previous secret during rotation", () => {
    const request = signedRequest(recordedWebhook(), "old-secret");
    expect(parseAfterShipWebhook(request, { secret: SECRET, previousSecret: "old-secret" }).updates).toHaveLength(1);
  });

  it("reports unknown subtags and keeps them", () => {
    const payload = recordedWebhook();
    payload.msg.subtag = "OutForDelivery_099";
    const result = parseAfterShipWebhook(signedRequest(payload), { secret: SECRET });
    expect(result.unknownStatusCodes).toEqual(["OutForDelivery_099"]);
    expect(result.updates[0]).toMatchObject({ status: "out_for_delivery", rawStatus: "OutForDelivery_099" });
  });

  it.each([
    ["wrong secret", () => signedRequest(recordedWebhook(), "other-secret")],
    ["missing header", () => ({ ...signedRequest(recordedWebhook()), headers: { "content-type": "application/json" } })],
    [
      "tampered body",
      () => {
        const { headers } = signedRequest(recordedWebhook());
        const tampered = new TextEncoder().encode(JSON.stringify(recordedWebhook({ event: "tracking_updated" })));
        return { body: tampered, headers };
      },
    ],
    ["signature of a different encoding", () => ({ ...signedRequest(recordedWebhook()), headers: JSON_HEADERS("deadbeef") })],
  ])("rejects %s with PushSignatureError", (_name, makeRequest) => {
    expect(() => parseAfterShipWebhook(makeRequest(), { secret: SECRET })).toThrow(PushSignatureError);
  });

  it("checks the signature before parsing JSON", () => {
    const body = new TextEncoder().encode("{not json");
    expect(() => parseAfterShipWebhook({ body, headers: JSON_HEADERS("AAAA") }, { secret: SECRET })).toThrow(PushSignatureError);
  });

  it.each([
    ["invalid JSON", "{not json", /body is not valid JSON/],
    ["invalid UTF-8", new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]), /not valid UTF-8/],
    ["missing msg", JSON.stringify({ event: "tracking_update" }), /msg: /],
    ["missing tracking number", JSON.stringify(recordedWebhook({ msg: { ...recordedWebhook().msg, tracking_number: "" } })), /msg\.tracking_number: tracking number is empty/],
    [
      "checkpoint without any time",
      JSON.stringify(recordedWebhook({ msg: { ...recordedWebhook().msg, checkpoints: [{ message: "x" }] } })),
      /msg\.checkpoints\[0\]\.checkpoint_time: required/,
    ],
    [
      "unreadable checkpoint time",
      JSON.stringify(recordedWebhook({ msg: { ...recordedWebhook().msg, checkpoints: [{ checkpoint_time: "Tuesday", message: "x" }] } })),
      /msg\.checkpoints\[0\]\.checkpoint_time: cannot read/,
    ],
  ])("rejects %s as malformed with a reason", (_name, raw, reason) => {
    const body = typeof raw === "string" ? new TextEncoder().encode(raw) : raw;
    const error = caught(() => parseAfterShipWebhook({ body, headers: JSON_HEADERS(signAfterShipBody(body, SECRET)) }, { secret: SECRET }));
    expect(error).toBeInstanceOf(PushMalformedError);
    expect((error as PushMalformedError).reason).toMatch(reason);
  });

  it("rejects a form body with 415", () => {
    const request = signedRequest(recordedWebhook());
    const headers = { ...request.headers, "content-type": "application/x-www-form-urlencoded" };
    expect(() => parseAfterShipWebhook({ ...request, headers }, { secret: SECRET })).toThrow(PushUnsupportedMediaError);
  });

  it("reads headers from a WHATWG Headers object too", () => {
    const request = signedRequest(recordedWebhook());
    expect(parseAfterShipWebhook({ body: request.body, headers: new Headers(request.headers) }, { secret: SECRET }).updates).toHaveLength(1);
  });

  it("throws only typed push errors for random or truncated bodies (property)", () => {
    const valid = new TextEncoder().encode(JSON.stringify(recordedWebhook()));
    const bodies = fc.oneof(
      fc.uint8Array({ maxLength: 400 }),
      fc.nat({ max: valid.length }).map((n) => valid.slice(0, n)),
      fc.json().map((json) => new TextEncoder().encode(json)),
      fc
        .record({ tag: fc.string(), subtag: fc.string(), checkpoint_time: fc.string(), tracking_number: fc.string() })
        .map((r) =>
          new TextEncoder().encode(
            JSON.stringify(recordedWebhook({ msg: { ...recordedWebhook().msg, ...r, checkpoints: [{ checkpoint_time: r.checkpoint_time, tag: r.tag }] } })),
          ),
        ),
    );
    fc.assert(
      fc.property(bodies, fc.boolean(), (body, signCorrectly) => {
        const headers = JSON_HEADERS(signCorrectly ? signAfterShipBody(body, SECRET) : "bogus");
        const error = caught(() => parseAfterShipWebhook({ body, headers }, { secret: SECRET }));
        if (error !== undefined) expect(error).toBeInstanceOf(PushError);
      }),
      { numRuns: 400 },
    );
  });
});
