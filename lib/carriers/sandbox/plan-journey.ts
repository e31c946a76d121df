// The whole life of a sandbox parcel, planned up front from its tracking number: every scan it will get,
// with the time it will happen. The live sandbox then only has to push the scans whose time has come
// (sandbox-events.ts), so a restart or a second worker reproduces exactly the same journey.
import { AIR_CARRIERS } from "@/lib/demo/carriers";
import { stopLabel } from "@/lib/demo/checkpoints";
import { HOUR, MINUTE, DAY, cstHourOf, nextCstTime, withinCstHours } from "@/lib/demo/china-time";
import { courierName } from "@/lib/demo/people";
import { between, chance, createRandom, hashSeed, intBetween, mix32, pick, type Random } from "@/lib/demo/random";
import { buildRoute, legDuration, type Stop } from "@/lib/demo/route";
import type { ShiplaneRawCode } from "@/lib/demo/types";
import type { SandboxCarrierCode } from "./issue-tracking-number";
import { resolveSandboxAddress, type SandboxAddress } from "./resolve-sandbox-address";
import { describeSandboxScan, type SandboxScan } from "./sandbox-scan-text";

/** Share of parcels (0–1) that get each exceptional story; the rest are delivered on time. */
export interface OutcomeShares {
  /** Held at a hub for a day or so (weather, overload), then delivered. */
  delayed: number;
  /** First delivery attempt fails, the next one succeeds. */
  failedThenRedelivered: number;
  /** Intercepted on the sender's request or undeliverable address: RETURNING → RETURNED. */
  returnedToSender: number;
  /** Disappears at a hub; LOST after the carrier's search. */
  lost: number;
  /** Refused at the door: REFUSED → RETURNING → RETURNED. */
  refused: number;
}

export const DEFAULT_OUTCOME_SHARES: Readonly<OutcomeShares> = {
  delayed: 0.08,
  failedThenRedelivered: 0.05,
  returnedToSender: 0.02,
  lost: 0.01,
  refused: 0.01,
};

export type SandboxOutcome = keyof OutcomeShares | "onTime";

export interface SandboxCheckpoint {
  /** Position in the full journey (0 = CREATED); stable, so it can key the pushed event's id. */
  sequence: number;
  occurredAt: Date;
  statusCode: ShiplaneRawCode;
  /** "【杭州市】浙江杭州转运中心" */
  location: string;
  description: string;
  lng: number;
  lat: number;
}

export interface PlanSandboxJourneyInput {
  trackingNumber: string;
  carrier: SandboxCarrierCode;
  origin: SandboxAddress;
  destination: SandboxAddress;
  shippedAt: Date;
  /** Simulated time runs this many times faster than real time after shippedAt (60: an hour per minute). */
  timeScale?: number;
  outcomes?: Partial<OutcomeShares>;
}

const OUTCOME_ORDER: (keyof OutcomeShares)[] = ["delayed", "failedThenRedelivered", "returnedToSender", "lost", "refused"];
const NETWORK_PICKUP_ROUNDS = [10.5, 14.5, 18];
const DELAY_REASONS = ["受天气影响，干线运输延误", "转运中心爆仓", "交通管制，车辆无法按时发车"];
const FAILED_REASONS = ["收件人电话无人接听", "收件人不在家，已约定改日派送", "收件人要求改日派送"];
const UNDELIVERABLE_REASON = "收件地址不详，无法联系收件人";
const REFUSAL_REASONS = ["收件人不想要了", "外包装破损", "收件人称未购买此商品"];
const SIGNERS = ["本人", "本人", "本人", "家门口", "前台代收", "门卫代收", "家人代收"];
const LOCKERS = ["丰巢智能柜", "丰巢智能柜", "菜鸟驿站", "妈妈驿站", "兔喜生活"];

export function planSandboxJourney(input: PlanSandboxJourneyInput): SandboxCheckpoint[] {
  const timeScale = input.timeScale ?? 1;
  if (!Number.isFinite(timeScale) || timeScale <= 0) throw new RangeError(`timeScale must be > 0, got ${timeScale}`);
  const shippedAt = input.shippedAt.getTime();
  if (!Number.isFinite(shippedAt)) throw new RangeError("shippedAt is not a valid date");

  const seed = hashSeed(input.trackingNumber);
  // Separate streams: the outcome depends on the tracking number alone, not on how long the route is.
  const outcome = drawOutcome(createRandom(mix32(seed, 0x0c7c0)), { ...DEFAULT_OUTCOME_SHARES, ...input.outcomes });
  const from = resolveSandboxAddress(input.origin);
  const to = resolveSandboxAddress(input.destination);
  const route = buildRoute(from.city, from.district, to.city, to.district);
  const scans = new JourneyPlanner(createRandom(mix32(seed, 0x71e)), input.carrier, route, shippedAt).play(outcome);
  return render(scans, input.carrier, shippedAt, timeScale);
}

function drawOutcome(random: Random, shares: OutcomeShares): SandboxOutcome {
  let total = 0;
  for (const key of OUTCOME_ORDER) {
    const share = shares[key];
    if (!Number.isFinite(share) || share < 0 || share > 1) throw new RangeError(`outcome share ${key} must be in 0–1, got ${share}`);
    total += share;
  }
  if (total > 1 + 1e-9) throw new RangeError(`outcome shares add up to ${total}, more than 1`);
  const u = random();
  let cumulative = 0;
  for (const key of OUTCOME_ORDER) if (u < (cumulative += shares[key])) return key;
  return "onTime";
}

/** Compresses simulated times after shippedAt and keeps whole, strictly increasing seconds after CREATED. */
function render(scans: SandboxScan[], carrier: SandboxCarrierCode, shippedAt: number, timeScale: number): SandboxCheckpoint[] {
  let previous = shippedAt;
  return scans.map((scan, sequence) => {
    const scaled = shippedAt + (scan.t - shippedAt) / timeScale;
    const at = sequence === 0 ? shippedAt : Math.max(ceilToSecond(previous + 1), ceilToSecond(scaled));
    previous = at;
    return {
      sequence,
      occurredAt: new Date(at),
      statusCode: scan.code,
      location: stopLabel(scan.stop, carrier).location,
      description: describeSandboxScan(scan, carrier),
      lng: scan.stop.lng,
      lat: scan.stop.lat,
    };
  });
}

const ceilToSecond = (ms: number) => Math.ceil(ms / 1000) * 1000;

/** Plays one parcel along its route on a simulated clock that follows local (CST) working hours. */
class JourneyPlanner {
  private t: number;
  private readonly scans: SandboxScan[] = [];
  private readonly express: boolean;
  private readonly byAir: boolean;
  /** The same courier serves the delivery area on every attempt. */
  private deliveryCourier?: string;

  constructor(
    private readonly random: Random,
    private readonly carrier: SandboxCarrierCode,
    private readonly route: Stop[],
    shippedAt: number,
  ) {
    this.t = shippedAt;
    // SF and JD run their own direct networks: on-demand pickup and shorter sorting dwell times.
    this.express = carrier === "sf" || carrier === "jd";
    this.byAir = AIR_CARRIERS.has(carrier);
  }

  play(outcome: SandboxOutcome): SandboxScan[] {
    const { random, route } = this;
    const outlet = route.length - 1;
    const lastHub = outlet - 1;
    this.push("CREATED", route[0]);
    this.pickUp();
    this.wait(this.dwell());
    this.push("IN_TRANSIT", route[0], { next: route[1] });

    const intercepted = outcome === "returnedToSender" && chance(random, 0.5);
    const troubleAt = intBetween(random, 1, lastHub);
    for (let hub = 1; hub <= lastHub; hub++) {
      this.wait(legDuration(random, route[hub - 1], route[hub], this.byAir));
      this.push("ARRIVED_HUB", route[hub]);
      if (hub === troubleAt && outcome === "lost") {
        // Nothing more is scanned; the carrier declares it lost after searching for a few days.
        this.wait(between(random, 2, 4) * DAY);
        this.push("LOST", route[hub]);
        return this.scans;
      }
      if (hub === troubleAt && intercepted) {
        this.wait(between(random, 2, 12) * HOUR);
        return this.returnToSender(hub, "寄件人申请拦截");
      }
      if (hub === troubleAt && outcome === "delayed") {
        this.wait(between(random, 0.5, 3) * HOUR);
        this.push("DELAYED", route[hub], { detail: pick(random, DELAY_REASONS) });
        this.wait(between(random, 12, 36) * HOUR);
      }
      this.wait(this.dwell());
      this.push("DEPARTED_HUB", route[hub], { next: route[hub + 1] });
    }
    this.wait(legDuration(random, route[lastHub], route[outlet], this.byAir));
    this.push("ARRIVED_HUB", route[outlet]);
    this.outForDelivery(false);

    if (outcome === "returnedToSender") {
      this.wait(between(random, 0.5, 4) * HOUR);
      this.push("DELIVERY_FAILED", route[outlet], { detail: UNDELIVERABLE_REASON, givingUp: true });
      this.wait(between(random, 24, 48) * HOUR);
      return this.returnToSender(outlet, "收件人地址不详");
    }
    if (outcome === "refused") {
      this.wait(between(random, 0.5, 4) * HOUR);
      this.push("REFUSED", route[outlet], { detail: pick(random, REFUSAL_REASONS) });
      this.wait(between(random, 1, 12) * HOUR);
      return this.returnToSender(outlet, "收件人拒收");
    }
    if (outcome === "failedThenRedelivered") {
      this.wait(between(random, 0.5, 4) * HOUR);
      this.push("DELIVERY_FAILED", route[outlet], { detail: pick(random, FAILED_REASONS) });
      this.outForDelivery(true);
    }
    this.deliver();
    return this.scans;
  }

  private push(code: ShiplaneRawCode, stop: Stop, extra: Partial<SandboxScan> = {}): void {
    this.scans.push({ ...extra, t: this.t, code, stop });
  }

  /** Moves the clock by at least a second, in whole seconds, so scans never share an instant. */
  private wait(ms: number): void {
    this.t += Math.max(1000, Math.round(ms / 1000) * 1000);
  }

  private jumpTo(ms: number): void {
    this.t = Math.max(this.t + 1000, Math.ceil(ms / 1000) * 1000);
  }

  /** Holds until local opening hours; work resumes some minutes after opening, not on the dot. */
  private duringHours(openHour: number, closeHour: number): void {
    const opensAt = withinCstHours(this.t, openHour, closeHour);
    if (opensAt !== this.t) this.jumpTo(opensAt + between(this.random, 0, 60) * MINUTE);
  }

  private dwell(): number {
    return (this.express ? between(this.random, 0.5, 2) : between(this.random, 1, 4)) * HOUR;
  }

  private pickUp(): void {
    const { random } = this;
    if (this.express) {
      this.wait(between(random, 0.5, 2) * HOUR);
      this.duringHours(8, 20);
    } else {
      // Network carriers collect from merchants in fixed rounds; parcels ready after the last one wait.
      const ready = this.t + 20 * MINUTE;
      const round = NETWORK_PICKUP_ROUNDS.find((hour) => hour >= cstHourOf(ready)) ?? NETWORK_PICKUP_ROUNDS[0];
      this.jumpTo(nextCstTime(ready, round) + between(random, 0, 45) * MINUTE);
    }
    this.push("PICKED_UP", this.route[0], { detail: courierName(random) });
  }

  /** Outlets send couriers out in a morning and an early-afternoon wave; later arrivals go next morning. */
  private outForDelivery(retry: boolean): void {
    const { random } = this;
    const hour = cstHourOf(this.t);
    const sameWave = !retry && hour >= 7 && hour < 14;
    this.jumpTo(sameWave ? this.t + between(random, 0.5, 2) * HOUR : nextCstTime(this.t, between(random, 7.5, 9.5)));
    this.deliveryCourier ??= courierName(random);
    this.push("OUT_FOR_DELIVERY", this.route[this.route.length - 1], { detail: this.deliveryCourier });
  }

  private deliver(): void {
    const { random } = this;
    const outlet = this.route[this.route.length - 1];
    this.wait(between(random, 0.5, 5) * HOUR);
    this.duringHours(8, 21.5);
    if (chance(random, 0.55)) {
      this.push("DELIVERED", outlet, { detail: pick(random, SIGNERS) });
    } else {
      const area = outlet.district?.name ?? outlet.city.name;
      this.push("DELIVERED_LOCKER", outlet, { detail: `${pick(random, LOCKERS)}(${area}${intBetween(random, 1, 30)}号点)` });
    }
  }

  /** Turns back at route[from] and retraces the hubs it passed, ground transport, to the origin outlet. */
  private returnToSender(from: number, reason: string): SandboxScan[] {
    const { random, route } = this;
    this.push("RETURNING", route[from], { detail: reason, next: route[Math.max(0, from - 1)] });
    let previous = route[from];
    for (let hub = from - 1; hub >= 1; hub--) {
      this.wait(legDuration(random, previous, route[hub], false) + this.dwell());
      this.push("RETURNING", route[hub], { resumed: true });
      previous = route[hub];
    }
    this.wait(legDuration(random, previous, route[0], false));
    this.duringHours(8.5, 20);
    this.push("RETURNED", route[0], { detail: "寄件人" });
    return this.scans;
  }
}
