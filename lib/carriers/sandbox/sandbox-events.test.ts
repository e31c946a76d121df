import { describe, expect, it } from "vitest";
import { parseShiplanePush } from "@/lib/carriers/shiplane/push";
import { signShiplanePayload } from "@/lib/carriers/shiplane/push-signature";
import { planSandboxJourney, type OutcomeShares, type PlanSandboxJourneyInput } from "./plan-journey";
import { dueSandboxEvents, toBeijingIso, toShiplanePushEvents } from "./sandbox-events";

const SECRETS = { current: "whsec_sandbox" };
const SHIPPED_AT = new Date("2026-03-02T03:17:00Z");
const NO_TROUBLE: OutcomeShares = { delayed: 0, failedThenRedelivered: 0, returnedToSender: 0, lost: 0, refused: 0 };
const INPUT: PlanSandboxJourneyInput = {
  trackingNumber: "SF1234567890123",
  carrier: "sf",
  origin: { province: "广东省", city: "深圳市", district: "龙华区" },
  destination: { province: "北京市", city: "北京市", district: "朝阳区" },
  shippedAt: SHIPPED_AT,
  outcomes: NO_TROUBLE,
};

/** What the webhook route does with a sandbox push: sign the exact bytes, then parse them. */
function pushAndParse(events: unknown[], now: Date) {
  const body = new TextEncoder().encode(JSON.stringify(events));
  const t = Math.floor(now.getTime() / 1000);
  const headers = { "content-type": "application/json", "x-shiplane-signature": signShiplanePayload(body, SECRETS.current, t) };
  return parseShiplanePush({ body, headers }, SECRETS, { now });
}

describe("dueSandboxEvents", () => {
  const plan = planSandboxJourney(INPUT);

  it("returns what has happened by now, inclusive", () => {
    expect(dueSandboxEvents(plan, new Date(SHIPPED_AT.getTime() - 1))).toEqual([]);
    expect(dueSandboxEvents(plan, SHIPPED_AT)).toEqual([plan[0]]);
    expect(dueSandboxEvents(plan, plan[3].occurredAt)).toEqual(plan.slice(0, 4));
    expect(dueSandboxEvents(plan, new Date("2030-01-01"))).toEqual(plan);
  });

  it("returns only the checkpoints strictly after `after`, so polling never repeats or skips one", () => {
    expect(dueSandboxEvents(plan, plan[5].occurredAt, plan[2].occurredAt)).toEqual(plan.slice(3, 6));
    const seen = [];
    let last: Date | undefined;
    for (let now = SHIPPED_AT.getTime(); now < SHIPPED_AT.getTime() + 10 * 86_400_000; now += 1_800_000) {
      const due = dueSandboxEvents(plan, new Date(now), last);
      seen.push(...due);
      if (due.length) last = due[due.length - 1].occurredAt;
    }
    expect(seen).toEqual(plan);
  });
});

describe("toShiplanePushEvents", () => {
  it("writes the Shiplane push wire format with Beijing-time timestamps", () => {
    const plan = planSandboxJourney(INPUT);
    const [created] = toShiplanePushEvents(INPUT.trackingNumber, "sf", plan);
    expect(created).toEqual({
      event_id: "SF1234567890123-0",
      tracking_number: "SF1234567890123",
      carrier: "sf",
      status_code: "CREATED",
      timestamp: "2026-03-02T11:17:00+08:00",
      location: plan[0].location,
      description: plan[0].description,
      lng: plan[0].lng,
      lat: plan[0].lat,
    });
    expect(created.location).toMatch(/^【深圳市】/);
  });

  it("keys event ids by position in the whole journey, whatever slice is pushed", () => {
    const plan = planSandboxJourney(INPUT);
    const later = toShiplanePushEvents(INPUT.trackingNumber, "sf", dueSandboxEvents(plan, plan[6].occurredAt, plan[4].occurredAt));
    expect(later.map((e) => e.event_id)).toEqual(["SF1234567890123-5", "SF1234567890123-6"]);
  });

  it("formats timestamps with milliseconds only when the instant has them", () => {
    expect(toBeijingIso(new Date("2026-12-31T16:00:00Z"))).toBe("2027-01-01T00:00:00+08:00");
    expect(toBeijingIso(new Date("2026-03-02T03:17:00.250Z"))).toBe("2026-03-02T11:17:00.250+08:00");
  });

  it("round-trips through signing and parseShiplanePush for a delivered journey", () => {
    const plan = planSandboxJourney(INPUT);
    const now = new Date(plan[plan.length - 1].occurredAt.getTime() + 60_000);
    const events = toShiplanePushEvents(INPUT.trackingNumber, "sf", dueSandboxEvents(plan, now));
    const result = pushAndParse(events, now);

    expect(result.unknownStatusCodes).toEqual([]);
    expect(result.eventIds).toEqual(plan.map((_, index) => `SF1234567890123-${index}`));
    expect(result.updates.map((u) => u.checkpoints[0].occurredAt)).toEqual(plan.map((c) => c.occurredAt));
    expect(result.updates.every((u) => u.trackingNumber === "SF1234567890123" && u.carrier === "sf")).toBe(true);
    const statuses = result.updates.map((u) => u.status);
    expect(statuses[0]).toBe("info_received");
    expect(statuses[1]).toBe("in_transit");
    expect(statuses[statuses.length - 2]).toBe("out_for_delivery");
    expect(statuses[statuses.length - 1]).toBe("delivered");
    expect(result.updates[2].checkpoints[0]).toMatchObject({ location: plan[2].location, lng: plan[2].lng, lat: plan[2].lat });
  });

  it.each([
    ["refused", "exception", "returned_to_sender"],
    ["lost", "exception", "lost"],
    ["failedThenRedelivered", "delivered", undefined],
  ] as const)("parses a %s journey to %s/%s", (outcome, status, subStatus) => {
    const plan = planSandboxJourney({ ...INPUT, carrier: "yto", trackingNumber: "YT2345678901234", outcomes: { ...NO_TROUBLE, [outcome]: 1 } });
    const now = plan[plan.length - 1].occurredAt;
    const result = pushAndParse(toShiplanePushEvents("YT2345678901234", "yto", plan), now);
    const last = result.updates[result.updates.length - 1];
    expect(last.status).toBe(status);
    if (subStatus) expect(last.subStatus).toBe(subStatus);
    if (outcome === "failedThenRedelivered") expect(result.updates.map((u) => u.status)).toContain("attempt_fail");
  });
});
