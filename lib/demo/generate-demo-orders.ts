// Deterministic demo orders for seeding and benchmarks. Each order is generated from its own random
// stream (seed, index), so output does not depend on batching; final statuses follow a low-discrepancy
// sequence so even a few hundred consecutive orders contain every status in roughly its target share.
import { distanceKm } from "@/lib/geo/distance";
import type { DemoCarrier, DemoCheckpoint, DemoOrder, DemoParcel, DemoStatusChange, GenerateDemoOrdersOptions } from "./types";
import { pickDestination } from "./addresses";
import { AIR_CARRIERS, chooseCarrier, chooseReturnCarrier } from "./carriers";
import { pickItems, toDemoItem, type PickedItem } from "./catalog";
import { renderCheckpoint, type ScanEvent } from "./checkpoints";
import { DAY, HOUR, cstMidnightOf } from "./china-time";
import { chooseLifecyclePath, type LifecyclePath } from "./lifecycle-paths";
import { Lifecycle, type SimSetup } from "./lifecycle-sim";
import { FINAL_STATUS_WEIGHTS, ORDER_STATUSES } from "./order-states";
import { customerName, mobilePhone } from "./people";
import { pickPlatform, platformOrderNo } from "./platforms";
import { chance, createRandom, hashSeed, intBetween, mix32, truncatedExponential, weightedPicker, weightedQuantile, type Random } from "./random";
import { buildRoute } from "./route";
import { chooseWarehouse } from "./warehouses";

const HISTORY_WINDOW = 60 * DAY;
const GOLDEN_RATIO_CONJUGATE = 0.6180339887498949;
const HIGH_VALUE_FEN = 200_000;

const finalStatusAt = weightedQuantile(ORDER_STATUSES.map((s) => [s, FINAL_STATUS_WEIGHTS[s]] as const));

// Local hour at which orders are placed: quiet at night, peaks late morning and 20:00–23:00.
const pickOrderHour = weightedPicker(
  [3, 1.5, 0.8, 0.5, 0.4, 0.5, 1, 2, 3.5, 5, 6, 6, 5.5, 5, 5.5, 6, 5.5, 5, 5, 6, 7, 8, 8, 6].map((w, h) => [h, w] as const),
);

interface Run {
  seed32: number;
  now: number;
  orderNoSalt: number;
  issueTrackingNumber: GenerateDemoOrdersOptions["issueTrackingNumber"];
  issued: Set<string>;
}

function issueUnique(run: Run, carrier: DemoCarrier, random: Random): string {
  for (let attempt = 0; attempt < 10; attempt++) {
    const number = run.issueTrackingNumber(carrier, random);
    const key = `${carrier}:${number}`;
    if (!run.issued.has(key)) {
      run.issued.add(key);
      return number;
    }
  }
  throw new Error(`issueTrackingNumber keeps returning used ${carrier} numbers`);
}

interface ParcelPlan {
  items: PickedItem[];
  carrier: DemoCarrier;
  cold: boolean;
}

/** Splits fresh from ambient goods (they leave from different storage), and some big orders in two. */
function planParcels(random: Random, items: PickedItem[], choose: (cold: boolean) => DemoCarrier): ParcelPlan[] {
  const cold = items.filter((i) => i.product.handling !== "ambient");
  const ambient = items.filter((i) => i.product.handling === "ambient");
  if (cold.length && ambient.length) {
    return [{ items: cold, carrier: choose(true), cold: true }, { items: ambient, carrier: choose(false), cold: false }];
  }
  const isCold = cold.length > 0;
  const carrier = choose(isCold);
  const grams = items.reduce((sum, i) => sum + i.product.weightGrams * i.quantity, 0);
  if (items.length >= 2 && (grams > 8000 || chance(random, 0.25))) {
    return [{ items: [items[0]], carrier, cold: isCold }, { items: items.slice(1), carrier, cold: isCold }];
  }
  const [only] = items;
  if (items.length === 1 && only.quantity >= 2 && chance(random, 0.15)) {
    const first = Math.ceil(only.quantity / 2);
    return [
      { items: [{ product: only.product, quantity: first }], carrier, cold: isCold },
      { items: [{ product: only.product, quantity: only.quantity - first }], carrier, cold: isCold },
    ];
  }
  return [{ items, carrier, cold: isCold }];
}

function parcelWeight(random: Random, plan: ParcelPlan): number {
  const goods = plan.items.reduce((sum, i) => sum + i.product.weightGrams * i.quantity, 0);
  // Foam box and ice packs for cold chain; carton and fill otherwise.
  const packaging = plan.cold ? intBetween(random, 1200, 2000) : intBetween(random, 120, 400);
  return Math.round((goods + packaging) / 10) * 10;
}

/**
 * Plays the status path and finds the time shift that puts `now` inside the order's current status.
 * Whole-day shifts keep local times of day (pickup rounds, delivery waves); when the current status
 * is shorter than a day and no whole-day shift fits, the path is replayed once from a start moved by
 * the gap, with the same random draws, so working hours apply around the real "now". If that fails
 * too (e.g. a same-city parcel can only be in transit at night), an exact shift is used, which can put
 * such an order's earlier steps at unusual hours (~10% of orders, all recent in-flight ones).
 */
function playAligned(
  run: Run,
  random: Random,
  simSeed: number,
  setup: SimSetup,
  { statuses, finalIndex }: LifecyclePath,
  provisionalStart: number,
): { sim: Lifecycle; shift: number } {
  const { now } = run;
  let start = Math.floor(provisionalStart / 1000) * 1000;
  for (let attempt = 0; ; attempt++) {
    const sim = new Lifecycle(createRandom(simSeed), setup, start);
    for (let i = 1; i < statuses.length; i++) sim.transition(statuses[i - 1], statuses[i], statuses[i + 1]);
    const enter = sim.history[finalIndex].at;
    const end = sim.history[finalIndex + 1]?.at;
    if (end === undefined) return { sim, shift: enter <= now ? 0 : -Math.ceil((enter - now) / DAY) * DAY };
    const target = enter + Math.floor((random() * (end - enter)) / 1000) * 1000;
    // Whole-day shifts k with enter + k·DAY <= now < end + k·DAY; the one nearest the sampled target.
    const fewestDays = Math.floor((now - end) / DAY) + 1;
    const mostDays = Math.floor((now - enter) / DAY);
    if (fewestDays <= mostDays) {
      const days = Math.min(mostDays, Math.max(fewestDays, Math.round((now - target) / DAY)));
      return { sim, shift: days * DAY };
    }
    const exact = Math.floor((now - target) / 1000) * 1000;
    if (attempt === 1) return { sim, shift: exact };
    start += exact;
  }
}

function toParcel(
  run: Run,
  random: Random,
  plan: ParcelPlan,
  direction: DemoParcel["direction"],
  events: ScanEvent[],
  times: number[],
): DemoParcel {
  const checkpoints: DemoCheckpoint[] = events.map((e, i) => renderCheckpoint(e, plan.carrier, times[i]));
  const last = checkpoints[checkpoints.length - 1];
  const parcel: DemoParcel = {
    carrier: plan.carrier,
    trackingNumber: issueUnique(run, plan.carrier, random),
    direction,
    weightGrams: parcelWeight(random, plan),
    items: plan.items.map((i) => ({ sku: i.product.sku, quantity: i.quantity })),
    status: last.status,
    lastEventAt: last.occurredAt,
    checkpoints,
  };
  if (last.subStatus) parcel.subStatus = last.subStatus;
  return parcel;
}

/** Scan times of a second parcel travelling with the first: each a little earlier, never out of order. */
function companionTimes(random: Random, leaderTimes: number[], notBefore: number): number[] {
  let previous = notBefore;
  return leaderTimes.map((t) => {
    const room = Math.min(30 * 60_000, (t - previous) / 2 - 1000);
    const jitter = room > 0 ? Math.floor((random() * room) / 1000) * 1000 : 0;
    previous = t;
    return t - jitter;
  });
}

function generateOrder(run: Run, index: number): DemoOrder {
  const random = createRandom(mix32(run.seed32, index));
  const final = finalStatusAt((run.seed32 / 4294967296 + index * GOLDEN_RATIO_CONJUGATE) % 1);
  const platform = pickPlatform(random);
  const picked = pickItems(random);
  const items = picked.map(toDemoItem);
  const totalFen = items.reduce((sum, i) => sum + i.unitPriceFen * i.quantity, 0);
  const highValue = totalFen >= HIGH_VALUE_FEN;
  const coldItem = picked.find((i) => i.product.handling === "frozen") ?? picked.find((i) => i.product.handling === "chilled");
  const destination = pickDestination(random);
  const warehouse = chooseWarehouse(random, destination.city, coldItem !== undefined);
  const plans = planParcels(random, picked, (cold) => chooseCarrier(random, platform, { coldChain: cold, highValue }));
  const returnCarrier = chooseReturnCarrier(random);
  const path = chooseLifecyclePath(random, final);

  // Provisional creation time, mostly at busy hours; playAligned moves the timeline to fit `now`.
  const age = truncatedExponential(random, 16 * DAY, HISTORY_WINDOW - DAY);
  const provisionalStart = cstMidnightOf(run.now - age) + (pickOrderHour(random) + random()) * HOUR;
  const setup: SimSetup = {
    route: buildRoute(warehouse.city, warehouse.district, destination.city, destination.district),
    returnRoute: () => buildRoute(destination.city, destination.district, warehouse.city, warehouse.district),
    byAir: AIR_CARRIERS.has(plans[0].carrier),
    returnByAir: AIR_CARRIERS.has(returnCarrier),
    warehouseName: warehouse.info.name,
    autoConfirmDays: platform === "jd" ? 7 : 10,
  };
  const { sim, shift } = playAligned(run, random, mix32(run.seed32 ^ 0x51a7, index), setup, path, provisionalStart);
  const { finalIndex } = path;
  const createdAt = sim.history[0].at + shift;
  const history: DemoStatusChange[] = sim.history.slice(0, finalIndex + 1).map((change) => ({
    ...change,
    at: new Date(change.at + shift),
  }));

  const parcels: DemoParcel[] = [];
  const kept = sim.outbound.events.filter((e) => e.t + shift <= run.now);
  if (kept.length) {
    const times = kept.map((e) => e.t + shift);
    parcels.push(toParcel(run, random, plans[0], "outbound", kept, times));
    if (plans[1]) {
      // The companion's pickup scan must still come after packing.
      const packedAt = sim.history.find((c) => c.to === "packed")!.at + shift;
      parcels.push(toParcel(run, random, plans[1], "outbound", kept, companionTimes(random, times, packedAt)));
    }
  }
  const returnEvents = sim.customerReturn?.events.filter((e) => e.t + shift <= run.now) ?? [];
  if (returnEvents.length) {
    const returnPlan: ParcelPlan = { items: picked, carrier: returnCarrier, cold: false };
    parcels.push(toParcel(run, random, returnPlan, "return", returnEvents, returnEvents.map((e) => e.t + shift)));
  }

  // Promise: two days to ship, then a day per ~500 km (next/second day for cold chain), end of local day.
  const km = distanceKm(warehouse.city, destination.city);
  const transitDays = coldItem ? (km <= 800 ? 1 : 2) : km <= 300 ? 1 : km <= 800 ? 2 : km <= 1500 ? 3 : 4;
  const promisedDeliveryAt = cstMidnightOf(createdAt + (2 + transitDays) * DAY) + DAY - 1000;

  const order: DemoOrder = {
    platform,
    platformOrderNo: platformOrderNo(random, platform, createdAt, index, run.orderNoSalt),
    customerName: customerName(random),
    customerPhone: mobilePhone(random),
    province: destination.city.province.name,
    city: destination.city.name,
    district: destination.districtName,
    addressLine: destination.addressLine,
    items,
    totalFen,
    promisedDeliveryAt: new Date(promisedDeliveryAt),
    attributes: {},
    createdAt: new Date(createdAt),
    status: final,
    statusChangedAt: history[history.length - 1].at,
    warehouseCode: warehouse.info.code,
    history,
    parcels,
  };
  if (coldItem) {
    order.attributes.coldChain = true;
    if (coldItem.product.temperatureC) order.attributes.temperatureC = [...coldItem.product.temperatureC];
  }
  if (picked.some((i) => i.product.fragile)) order.attributes.fragile = true;
  if (highValue) order.attributes.highValue = true;
  return order;
}

function startRun(options: GenerateDemoOrdersOptions): Run {
  const seed32 = hashSeed(options.seed);
  return {
    seed32,
    now: options.now.getTime(),
    orderNoSalt: mix32(seed32, 0x0bd3) % 10_000_000,
    issueTrackingNumber: options.issueTrackingNumber,
    issued: new Set(),
  };
}

/** Yields `count` orders one at a time, so 100k orders never need to be in memory together. */
export function* generateDemoOrdersStream(options: GenerateDemoOrdersOptions): Generator<DemoOrder, void, undefined> {
  if (!Number.isInteger(options.count) || options.count < 0 || options.count > 10_000_000) {
    throw new RangeError("count must be an integer between 0 and 10,000,000");
  }
  const run = startRun(options);
  for (let index = 0; index < options.count; index++) yield generateOrder(run, index);
}

/** Yields arrays of up to `batchSize` orders, e.g. one database insert per batch. */
export function* generateDemoOrderBatches(
  options: GenerateDemoOrdersOptions,
  batchSize = 1000,
): Generator<DemoOrder[], void, undefined> {
  let batch: DemoOrder[] = [];
  for (const order of generateDemoOrdersStream(options)) {
    batch.push(order);
    if (batch.length >= batchSize) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length) yield batch;
}

export function generateDemoOrders(options: GenerateDemoOrdersOptions): DemoOrder[] {
  return [...generateDemoOrdersStream(options)];
}

