import { describe, expect, it } from "vitest";
import { createRandom, pick } from "@/lib/demo/random";
import { isInChina } from "@/lib/geo/distance";
import { listProvinces } from "@/lib/geo/gazetteer";
import { issueTrackingNumber, SANDBOX_CARRIERS, type SandboxCarrierCode } from "./issue-tracking-number";
import {
  DEFAULT_OUTCOME_SHARES,
  planSandboxJourney,
  type OutcomeShares,
  type PlanSandboxJourneyInput,
  type SandboxCheckpoint,
} from "./plan-journey";
import { SandboxAddressError, type SandboxAddress } from "./resolve-sandbox-address";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const SHIPPED_AT = new Date("2026-03-02T03:17:00Z"); // 11:17 in Beijing
const HANGZHOU: SandboxAddress = { province: "浙江省", city: "杭州市", district: "余杭区" };
const URUMQI: SandboxAddress = { province: "新疆维吾尔自治区", city: "乌鲁木齐市", district: "天山区" };
const FINAL_CODES = ["DELIVERED", "DELIVERED_LOCKER", "RETURNED", "LOST"];
const NO_TROUBLE: OutcomeShares = { delayed: 0, failedThenRedelivered: 0, returnedToSender: 0, lost: 0, refused: 0 };
const only = (outcome: keyof OutcomeShares): OutcomeShares => ({ ...NO_TROUBLE, [outcome]: 1 });

const journey = (overrides: Partial<PlanSandboxJourneyInput> = {}) =>
  planSandboxJourney({ trackingNumber: "73100000000001", carrier: "zto", origin: HANGZHOU, destination: URUMQI, shippedAt: SHIPPED_AT, ...overrides });
const codes = (plan: SandboxCheckpoint[]) => plan.map((c) => c.statusCode);
const span = (plan: SandboxCheckpoint[]) => plan[plan.length - 1].occurredAt.getTime() - plan[0].occurredAt.getTime();

/** Random city (with a district when it has any) anywhere in the gazetteer. */
function randomAddress(random: () => number): SandboxAddress {
  const province = pick(random, listProvinces().filter((p) => p.cities.length > 0));
  const city = pick(random, province.cities);
  const district = city.districts.length ? pick(random, city.districts).name : undefined;
  return { province: province.name, city: city.name, district };
}

/** Deterministic sample of journeys across the country, all carriers, default shares. */
function sampleJourneys(count: number, outcomes?: Partial<OutcomeShares>) {
  const random = createRandom(20260302);
  return Array.from({ length: count }, () => {
    const carrier = pick(random, SANDBOX_CARRIERS);
    const input = {
      trackingNumber: issueTrackingNumber(carrier, random),
      carrier,
      origin: randomAddress(random),
      destination: randomAddress(random),
      shippedAt: new Date(SHIPPED_AT.getTime() + random() * 30 * DAY),
      outcomes,
    };
    return { input, plan: planSandboxJourney(input) };
  });
}

/** Which story a journey tells, judged only from its scans. */
function outcomeOf(plan: SandboxCheckpoint[]): keyof OutcomeShares | "onTime" {
  const seen = new Set(codes(plan));
  if (seen.has("LOST")) return "lost";
  if (seen.has("REFUSED")) return "refused";
  if (seen.has("RETURNED")) return "returnedToSender";
  if (seen.has("DELIVERY_FAILED")) return "failedThenRedelivered";
  if (seen.has("DELAYED")) return "delayed";
  return "onTime";
}

describe("planSandboxJourney", () => {
  it("is deterministic for a tracking number and differs between numbers", () => {
    expect(journey()).toEqual(journey());
    expect(journey({ trackingNumber: "73100000000002" })).not.toEqual(journey());
  });

  it("keeps a tracking number's outcome whatever the route", () => {
    for (const { input, plan } of sampleJourneys(50)) {
      const elsewhere = planSandboxJourney({ ...input, origin: URUMQI, destination: HANGZHOU });
      expect(outcomeOf(elsewhere), input.trackingNumber).toBe(outcomeOf(plan));
    }
  });

  it("starts CREATED at shippedAt, ends in a final code, and times strictly increase", () => {
    for (const { input, plan } of [...sampleJourneys(400), ...sampleJourneys(100, { lost: 0.2, refused: 0.2, returnedToSender: 0.2 })]) {
      expect(plan[0]).toMatchObject({ sequence: 0, statusCode: "CREATED", occurredAt: input.shippedAt });
      expect(FINAL_CODES, input.trackingNumber).toContain(plan[plan.length - 1].statusCode);
      // Final codes only at the end: nothing is cut short and nothing follows the end.
      expect(codes(plan).slice(0, -1).filter((code) => FINAL_CODES.includes(code))).toEqual([]);
      plan.forEach((checkpoint, index) => expect(checkpoint.sequence).toBe(index));
      for (let i = 1; i < plan.length; i++) {
        expect(plan[i].occurredAt.getTime(), `${input.trackingNumber} #${i}`).toBeGreaterThan(plan[i - 1].occurredAt.getTime());
      }
    }
  });

  it("moves an on-time parcel through pickup, hubs and the delivery outlet", () => {
    const plan = journey({ outcomes: NO_TROUBLE });
    expect(codes(plan).slice(0, 3)).toEqual(["CREATED", "PICKED_UP", "IN_TRANSIT"]);
    expect(codes(plan).slice(-2, -1)).toEqual(["OUT_FOR_DELIVERY"]);
    expect(codes(plan).filter((code) => code === "ARRIVED_HUB").length).toBeGreaterThanOrEqual(3);
    expect(codes(plan).filter((code) => code === "DEPARTED_HUB").length).toBeGreaterThanOrEqual(2);
  });

  it.each([
    ["delayed", ["DELAYED", "DEPARTED_HUB"], ["DELIVERED", "DELIVERED_LOCKER"]],
    ["failedThenRedelivered", ["OUT_FOR_DELIVERY", "DELIVERY_FAILED", "OUT_FOR_DELIVERY"], ["DELIVERED", "DELIVERED_LOCKER"]],
    ["returnedToSender", ["RETURNING"], ["RETURNED"]],
    ["lost", ["ARRIVED_HUB", "LOST"], ["LOST"]],
    ["refused", ["OUT_FOR_DELIVERY", "REFUSED", "RETURNING"], ["RETURNED"]],
  ] as const)("tells the %s story", (outcome, run, endings) => {
    for (const { plan } of sampleJourneys(40, only(outcome))) {
      expect(codes(plan).join(",")).toContain(run.join(","));
      expect(endings).toContain(plan[plan.length - 1].statusCode);
    }
  });

  it("brings returned parcels back to the origin city", () => {
    for (const outcome of ["returnedToSender", "refused"] as const) {
      const plan = journey({ outcomes: only(outcome) });
      expect(plan[plan.length - 1].location).toBe(plan[0].location);
    }
  });

  it("produces the configured outcome shares over 1000 tracking numbers", () => {
    const counts: Record<string, number> = {};
    for (const { plan } of sampleJourneys(1000)) counts[outcomeOf(plan)] = (counts[outcomeOf(plan)] ?? 0) + 1;
    // Roughly ±3.5 standard deviations of a binomial(1000, share), floored for the rare outcomes.
    for (const [outcome, share] of Object.entries(DEFAULT_OUTCOME_SHARES)) {
      const slack = Math.max(6, 3.5 * Math.sqrt(1000 * share * (1 - share)));
      expect(counts[outcome] ?? 0, outcome).toBeGreaterThanOrEqual(1000 * share - slack);
      expect(counts[outcome] ?? 0, outcome).toBeLessThanOrEqual(1000 * share + slack);
    }
    expect(counts.onTime).toBeGreaterThan(780);
  });

  it("honours custom shares and rejects impossible ones", () => {
    expect(sampleJourneys(30, only("lost")).every(({ plan }) => outcomeOf(plan) === "lost")).toBe(true);
    expect(sampleJourneys(30, NO_TROUBLE).every(({ plan }) => outcomeOf(plan) === "onTime")).toBe(true);
    expect(() => journey({ outcomes: { lost: 0.6, refused: 0.6 } })).toThrow(/more than 1/);
    expect(() => journey({ outcomes: { delayed: -0.1 } })).toThrow(RangeError);
    expect(() => journey({ timeScale: 0 })).toThrow(RangeError);
  });

  it("compresses everything after shippedAt by timeScale", () => {
    for (const trackingNumber of ["73100000000001", "73100000000003", "73100000000004"]) {
      const real = journey({ trackingNumber, outcomes: NO_TROUBLE });
      const fast = journey({ trackingNumber, outcomes: NO_TROUBLE, timeScale: 60 });
      expect(codes(fast)).toEqual(codes(real));
      expect(fast[0].occurredAt).toEqual(SHIPPED_AT);
      // Whole-second rounding adds at most a second per scan.
      expect(Math.abs(span(fast) - span(real) / 60)).toBeLessThanOrEqual(1000 * real.length);
      expect(span(fast)).toBeLessThan((6 * DAY) / 60); // a 4–5 day trip plays in about two hours
    }
  });

  it("takes about a day in the same city, 3–6 days to far provinces, and less with SF or JD", () => {
    const onTime = (carrier: SandboxCarrierCode, destination: SandboxAddress, n: number) =>
      span(journey({ carrier, destination, trackingNumber: `${carrier}-${n}`, outcomes: NO_TROUBLE }));
    const average = (carrier: SandboxCarrierCode, destination: SandboxAddress) =>
      Array.from({ length: 30 }, (_, n) => onTime(carrier, destination, n)).reduce((a, b) => a + b) / 30;
    for (let n = 0; n < 30; n++) {
      expect(onTime("zto", { province: "浙江省", city: "杭州市", district: "西湖区" }, n)).toBeLessThan(2 * DAY);
      expect(onTime("zto", URUMQI, n)).toBeGreaterThan(3 * DAY);
      expect(onTime("zto", URUMQI, n)).toBeLessThan(6 * DAY);
    }
    expect(average("sf", URUMQI)).toBeLessThan(average("zto", URUMQI) / 2);
    expect(average("jd", URUMQI)).toBeLessThan(average("yunda", URUMQI));
  });

  it("places every scan inside China and mentions the origin and destination cities", () => {
    for (const { input, plan } of sampleJourneys(300)) {
      for (const checkpoint of plan) expect(isInChina(checkpoint), checkpoint.location).toBe(true);
      const locations = plan.map((c) => c.location).join(" ");
      expect(locations).toContain(`【${input.origin.city}】`);
      // Lost and intercepted parcels never get there; every other one reaches the destination outlet.
      if (codes(plan).includes("OUT_FOR_DELIVERY")) expect(locations).toContain(`【${input.destination.city}】`);
    }
  });

  it("writes Chinese scan texts with the carrier hotline and never a mobile number", () => {
    for (const { input, plan } of sampleJourneys(300)) {
      for (const { description } of plan) expect(description).not.toMatch(/1[3-9]\d{9}/);
      const delivery = plan.find((c) => c.statusCode === "OUT_FOR_DELIVERY");
      if (delivery) expect(delivery.description).toMatch(/快递员 \S+师傅 正在为您派件，如有疑问请致电 (95\d{3}|950616|956025|11183)$/);
      expect(plan[1].description, input.carrier).toMatch(/师傅/);
    }
    expect(journey().map((c) => c.location)).toContain("【杭州市】浙江杭州转运中心");
  });

  it("understands short and suffix-less place names, and refuses places it cannot find", () => {
    const short = journey({ origin: { province: "浙江", city: "杭州", district: "余杭区" }, destination: { province: "新疆", city: "乌鲁木齐", district: "天山区" } });
    expect(short).toEqual(journey());
    const noDistrict = journey({ destination: { province: "浙江省", city: "湖州市" } });
    expect(noDistrict[noDistrict.length - 1].location).toMatch(/^【湖州市】湖州市区/);
    expect(() => journey({ destination: { province: "火星", city: "奥林帕斯" } })).toThrow(SandboxAddressError);
  });
});
