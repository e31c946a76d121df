// Plays an order's status path forward in time, producing the status history and the scans of its
// outbound parcel (and of a customer's return parcel), with working hours, pickup slots, delivery waves
// and distance-dependent transit. Times are provisional: the generator shifts them so "now" falls
// inside the order's current status.
import type { HistoryActor } from "./types";
import type { OrderStatus } from "./order-states";
import type { ScanEvent } from "./checkpoints";
import { DAY, HOUR, MINUTE, cstHourOf, nextCstTime, withinCstHours } from "./china-time";
import { courierName, mobilePhone } from "./people";
import { between, chance, intBetween, pick, truncatedExponential, type Random } from "./random";
import { legDuration, type Stop } from "./route";
import { Trip, type SimClock } from "./parcel-trip";

export interface SimChange {
  from: OrderStatus | null;
  to: OrderStatus;
  at: number;
  actor: HistoryActor;
  reason?: string;
}

export interface SimSetup {
  /** Outbound route: pickup outlet at the warehouse, hubs, delivery outlet. */
  route: Stop[];
  /** Route a customer's return travels: their outlet, hubs, the warehouse's outlet. */
  returnRoute: () => Stop[];
  byAir: boolean;
  returnByAir: boolean;
  warehouseName: string;
  /** Days after delivery the platform confirms receipt on the buyer's behalf. */
  autoConfirmDays: number;
}

const PICKUP_ROUNDS = [10.5, 14.5, 18];
const CANCEL_REASONS = ["拍错了/多拍了", "不想要了", "地址信息填写错误", "其他平台价格更低", "商品规格选错"];
const RETURN_REASONS = ["七天无理由退货", "尺码不合适", "商品与描述不符", "质量问题", "收到商品破损"];
const FAILED_DELIVERY = ["收件人电话无人接听", "收件人不在家，约定改日派送", "地址不详，无法联系收件人"];
const REFUSAL_REASONS = ["收件人不想要了", "商品破损", "未购买此商品"];
const DELAYS = ["受天气影响，航班/干线延误", "转运中心爆仓", "交通管制"];
const SIGNERS = ["本人", "本人", "本人", "家门口", "前台代收", "门卫代收", "家人代收"];
const PICKUP_POINTS = ["菜鸟驿站", "妈妈驿站", "兔喜生活", "快递超市"];
const LOCKERS = ["丰巢智能柜", "丰巢智能柜", "速递易智能柜"];

export class Lifecycle implements SimClock {
  t: number;
  readonly history: SimChange[];
  readonly outbound: Trip;
  customerReturn?: Trip;
  private returningOutbound?: Stop[];

  constructor(
    readonly random: Random,
    private readonly setup: SimSetup,
    createdAt: number,
  ) {
    this.t = createdAt;
    this.history = [{ from: null, to: "pending_payment", at: createdAt, actor: "customer" }];
    this.outbound = new Trip(setup.route, setup.byAir);
  }

  /** Moves the clock on by at least one second, keeping whole seconds so rounding never reorders events. */
  wait(ms: number): void {
    this.t += Math.max(1000, Math.round(ms / 1000) * 1000);
  }

  private jumpTo(ms: number): void {
    this.t = Math.max(this.t + 1000, Math.ceil(ms / 1000) * 1000);
  }

  /** Holds until local opening hours if needed; work resumes some minutes after opening, not on the dot. */
  private duringHours(openHour: number, closeHour: number): void {
    const opensAt = withinCstHours(this.t, openHour, closeHour);
    if (opensAt !== this.t) this.jumpTo(opensAt + between(this.random, 0, 90) * MINUTE);
  }

  private record(from: OrderStatus, to: OrderStatus, actor: HistoryActor, reason?: string): void {
    this.history.push(reason ? { from, to, at: this.t, actor, reason } : { from, to, at: this.t, actor });
  }

  /** Plays `from → to`; `after` is the status that will follow `to`, which shapes where exceptions happen. */
  transition(from: OrderStatus, to: OrderStatus, after: OrderStatus | undefined): void {
    const { random } = this;
    const trip = this.outbound;
    switch (`${from}>${to}`) {
      case "pending_payment>paid":
        this.wait(10_000 + truncatedExponential(random, 3 * MINUTE, 30 * MINUTE));
        return this.record(from, to, "customer");
      case "pending_payment>cancelled":
        if (chance(random, 0.35)) {
          this.wait(DAY);
          return this.record(from, to, "system", "超时未付款，订单自动关闭");
        }
        this.wait(between(random, 1, 120) * MINUTE);
        return this.record(from, to, "customer", `买家取消订单：${pick(random, CANCEL_REASONS)}`);
      case "paid>picking":
        this.jumpTo(withinCstHours(this.t + between(random, 10, 90) * MINUTE, 8.5, 22) + between(random, 0, 40) * MINUTE);
        return this.record(from, to, "warehouse");
      case "paid>cancelled":
        this.wait(between(random, 5, 120) * MINUTE);
        return this.record(from, to, "customer", `买家申请取消订单：${pick(random, CANCEL_REASONS)}`);
      case "paid>refunded":
        this.wait(between(random, 0.5, 20) * HOUR);
        return this.record(from, to, "system", "买家申请仅退款，商家已同意");
      case "picking>packed":
        this.wait(between(random, 8, 60) * MINUTE);
        return this.record(from, to, "warehouse");
      case "picking>cancelled":
        this.wait(between(random, 10, 60) * MINUTE);
        return chance(random, 0.5)
          ? this.record(from, to, "warehouse", "商品缺货，商家取消订单")
          : this.record(from, to, "customer", `买家申请取消订单：${pick(random, CANCEL_REASONS)}`);
      case "packed>cancelled":
        this.wait(between(random, 10, 180) * MINUTE);
        return this.record(from, to, "customer", "发货前买家申请取消订单");
      case "packed>shipped":
        // Shipping means the e-waybill is printed and the parcel handed to the carrier's pickup queue.
        this.wait(between(random, 5, 40) * MINUTE);
        trip.push(this, { code: "CREATED", stop: trip.here });
        return this.record(from, to, "warehouse");
      case "shipped>in_transit":
        this.pickUp(trip);
        return this.record(from, to, "carrier");
      case "in_transit>out_for_delivery":
      case "exception>out_for_delivery":
        trip.finish(this);
        this.outForDelivery(from === "exception");
        return this.record(from, to, "carrier", from === "exception" ? "异常已处理，再次派送" : undefined);
      case "out_for_delivery>delivered":
        this.wait(between(random, 0.5, 5) * HOUR);
        this.deliver(chance(random, 0.55) ? "door" : chance(random, 0.55) ? "locker" : "pickup");
        return this.record(from, to, "carrier");
      case "in_transit>delivered":
      case "exception>delivered":
        trip.finish(this);
        this.wait(between(random, 0.5, 3) * HOUR);
        this.deliver(from === "exception" || chance(random, 0.5) ? "pickup" : "locker");
        return this.record(from, to, "carrier", from === "exception" ? "收件人已到自提点取件" : undefined);
      case "shipped>exception":
      case "in_transit>exception":
        return this.transitException(from, after);
      case "out_for_delivery>exception": {
        this.wait(between(random, 0.5, 4) * HOUR);
        const reason = pick(random, FAILED_DELIVERY);
        const subStatus = reason.startsWith("地址") ? "address_problem" : undefined;
        trip.push(this, { code: "DELIVERY_FAILED", stop: trip.here, detail: reason, subStatus });
        return this.record(from, to, "carrier", `派送失败：${reason}`);
      }
      case "exception>in_transit":
        if (!trip.pickedUp) {
          this.pickUp(trip);
          return this.record(from, to, "carrier", "快递员已补揽收");
        }
        this.wait(between(random, 6, 48) * HOUR);
        trip.push(this, { code: "IN_TRANSIT", stop: trip.here, next: trip.route[trip.at + 1], resumed: true });
        return this.record(from, to, "carrier", "异常已处理，快件继续运输");
      case "out_for_delivery>returning": {
        this.wait(between(random, 0.5, 4) * HOUR);
        const reason = pick(random, REFUSAL_REASONS);
        trip.push(this, { code: "REFUSED", stop: trip.here, detail: reason });
        this.wait(between(random, 1, 12) * HOUR);
        this.startOutboundReturn();
        return this.record(from, to, "carrier", `收件人拒收：${reason}`);
      }
      case "in_transit>returning":
        if (trip.remainingScans > 1) {
          for (let n = intBetween(random, 0, trip.remainingScans - 1); n > 0; n--) trip.scanNext(this);
        }
        this.wait(between(random, 2, 12) * HOUR);
        this.startOutboundReturn();
        return this.record(from, to, "customer", "买家申请退款，快件拦截退回");
      case "exception>returning":
        this.wait(between(random, 6, 48) * HOUR);
        this.startOutboundReturn();
        return this.record(from, to, "carrier", "异常件退回寄件人");
      case "delivered>completed":
        if (chance(random, 0.35)) {
          this.wait(between(random, 2, 72) * HOUR);
          return this.record(from, to, "customer", "买家确认收货");
        }
        this.wait(this.setup.autoConfirmDays * DAY);
        return this.record(from, to, "system", "超时自动确认收货");
      case "delivered>returning":
        return this.startCustomerReturn();
      case "returning>returned":
        this.finishReturn();
        return this.record(from, to, "warehouse", "仓库已签收退货");
      case "returned>refunded":
      case "cancelled>refunded":
        this.wait(from === "returned" ? between(random, 1, 48) * HOUR : between(random, 1, 30) * MINUTE);
        return this.record(from, to, "system", "退款已原路退回");
      default:
        throw new Error(`demo lifecycle cannot play ${from} → ${to}`);
    }
  }

  /** Couriers collect from big warehouses in three rounds a day; parcels ready after the last one wait. */
  private pickUp(trip: Trip): void {
    const ready = this.t + 20 * MINUTE;
    const hour = cstHourOf(ready);
    const round = PICKUP_ROUNDS.find((h) => h >= hour) ?? PICKUP_ROUNDS[0];
    this.jumpTo(nextCstTime(ready, round) + between(this.random, 0, 45) * MINUTE);
    trip.pickedUp = true;
    trip.push(this, { code: "PICKED_UP", stop: trip.here, detail: courierName(this.random) });
  }

  private outForDelivery(retry: boolean): void {
    // Outlets send couriers out in a morning and an afternoon wave; late arrivals go out next morning.
    const hour = cstHourOf(this.t);
    const sameDay = !retry && hour >= 7 && hour < 14;
    this.jumpTo(sameDay ? this.t + between(this.random, 0.5, 2) * HOUR : nextCstTime(this.t, between(this.random, 7.5, 9.5)));
    const detail = `${courierName(this.random)}（${mobilePhone(this.random)}）`;
    this.outbound.push(this, { code: "OUT_FOR_DELIVERY", stop: this.outbound.here, detail });
  }

  private deliver(how: "door" | "locker" | "pickup"): void {
    const { random } = this;
    const trip = this.outbound;
    this.duringHours(8, 21.5);
    if (how === "locker") {
      trip.push(this, { code: "DELIVERED_LOCKER", stop: trip.here, detail: pick(random, LOCKERS) });
    } else if (how === "pickup") {
      const point = `${pick(random, PICKUP_POINTS)}${intBetween(random, 1, 30)}号店`;
      trip.push(this, { code: "HELD_AT_PICKUP", stop: trip.here, detail: point });
      this.wait(between(random, 1, 30) * HOUR);
      this.duringHours(8, 22);
      trip.push(this, { code: "DELIVERED", stop: trip.here, detail: `本人（${point}取件）`, subStatus: "picked_up_from_locker" });
    } else {
      const signer = pick(random, SIGNERS);
      const subStatus = signer.endsWith("代收") ? "signed_by_agent" : undefined;
      trip.push(this, { code: "DELIVERED", stop: trip.here, detail: signer, subStatus });
    }
  }

  private transitException(from: OrderStatus, after: OrderStatus | undefined): void {
    const { random } = this;
    const trip = this.outbound;
    if (after === "out_for_delivery" || after === "delivered") {
      trip.finish(this);
    } else if (from === "in_transit") {
      // Somewhere along the way, leaving at least one scan for the parcel to resume with.
      for (let n = intBetween(random, 0, Math.max(0, trip.remainingScans - 1)); n > 0; n--) trip.scanNext(this);
    }
    if (from === "shipped") {
      this.wait(between(random, 8, 20) * HOUR);
      trip.push(this, { code: "DELAYED", stop: trip.here, detail: "快递员超时未揽收" });
      return this.record(from, "exception", "carrier", "物流延误：超时未揽收");
    }
    this.wait(between(random, 2, 10) * HOUR);
    // Refusals aside, a parcel sent back was damaged; one delivered soon after was only late.
    const roll = random();
    const kind =
      after === "returning" ? "DAMAGED"
      : after === "out_for_delivery" || after === "delivered" ? "DELAYED"
      : roll < 0.5 ? "DELAYED" : roll < 0.75 ? "LOST" : "DAMAGED";
    if (kind === "DELAYED") {
      const delay = pick(random, DELAYS);
      trip.push(this, { code: "DELAYED", stop: trip.here, detail: delay });
      return this.record(from, "exception", "carrier", `物流延误：${delay}`);
    }
    trip.push(this, { code: kind, stop: trip.here });
    this.record(from, "exception", "carrier", kind === "LOST" ? "快件丢失，正在查找" : "快件外包装破损");
  }

  /** The outbound parcel turns around and retraces the hubs it passed back to the warehouse. */
  private startOutboundReturn(): void {
    const trip = this.outbound;
    this.returningOutbound = trip.route.slice(0, trip.at).reverse();
    trip.push(this, { code: "RETURNING", stop: trip.here, next: this.returningOutbound[0] ?? trip.route[0] });
  }

  private startCustomerReturn(): void {
    const { random } = this;
    // The buyer asks within a week; the return courier collects a few hours to a day and a half later.
    this.wait(between(random, 1, 6) * DAY);
    this.duringHours(8, 23);
    const reason = pick(random, RETURN_REASONS);
    const trip = new Trip(this.setup.returnRoute(), this.setup.returnByAir);
    this.customerReturn = trip;
    trip.push(this, { code: "CREATED", stop: trip.here, detail: "买家已申请退货，退货运单已生成，等待快递员上门取件" });
    this.wait(between(random, 4, 36) * HOUR);
    this.duringHours(9, 20);
    trip.pickedUp = true;
    trip.push(this, { code: "PICKED_UP", stop: trip.here, detail: courierName(random) });
    this.record("delivered", "returning", "customer", `买家申请退货退款（${reason}），已寄回`);
  }

  private finishReturn(): void {
    const { random } = this;
    const warehouseSignature = `${this.setup.warehouseName}收货组`;
    if (this.customerReturn) {
      const trip = this.customerReturn;
      trip.finish(this);
      this.wait(between(random, 0.5, 3) * HOUR);
      this.duringHours(8.5, 20);
      trip.push(this, { code: "DELIVERED", stop: trip.here, detail: warehouseSignature });
      return;
    }
    const trip = this.outbound;
    let previous = trip.here;
    for (const stop of this.returningOutbound ?? []) {
      if (stop.kind !== "hub") continue;
      this.wait(legDuration(random, previous, stop, false) + between(random, 1, 4) * HOUR);
      trip.push(this, { code: "RETURNING", stop, resumed: true });
      previous = stop;
    }
    this.wait(legDuration(random, previous, trip.route[0], false));
    this.duringHours(8.5, 20);
    trip.push(this, { code: "RETURNED", stop: trip.route[0], detail: warehouseSignature });
  }
}
