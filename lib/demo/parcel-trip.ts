// A parcel's progress along its route, one network scan at a time.
import type { ScanEvent } from "./checkpoints";
import { HOUR } from "./china-time";
import { between, type Random } from "./random";
import { legDuration, type Stop } from "./route";

/** The lifecycle's clock as a trip sees it. */
export interface SimClock {
  readonly t: number;
  readonly random: Random;
  wait(ms: number): void;
}

/**
 * A parcel moving along a route after pickup: it is sent off toward the first hub, then each hub is an
 * arrival and a departure scan, and the delivery outlet an arrival: 2 × hubs + 2 network scans in all.
 */
export class Trip {
  readonly events: ScanEvent[] = [];
  /** Index in `route` of the stop the parcel is at (or has just left). */
  at = 0;
  pickedUp = false;
  private scansDone = 0;

  constructor(
    readonly route: Stop[],
    private readonly byAir: boolean,
  ) {}

  get remainingScans(): number {
    return 2 * (this.route.length - 2) + 2 - this.scansDone;
  }

  scanNext(sim: SimClock): void {
    const { random } = sim;
    if (this.scansDone === 0) {
      sim.wait(between(random, 1, 4) * HOUR);
      this.push(sim, { code: "IN_TRANSIT", stop: this.route[0], next: this.route[1] });
    } else {
      const leg = (this.scansDone - 1) >> 1;
      if ((this.scansDone - 1) % 2 === 0) {
        sim.wait(legDuration(random, this.route[leg], this.route[leg + 1], this.byAir));
        this.at = leg + 1;
        this.push(sim, { code: "ARRIVED_HUB", stop: this.route[leg + 1] });
      } else {
        sim.wait(between(random, 1, 4) * HOUR);
        this.push(sim, { code: "DEPARTED_HUB", stop: this.route[leg + 1], next: this.route[leg + 2] });
      }
    }
    this.scansDone++;
  }

  finish(sim: SimClock): void {
    while (this.remainingScans > 0) this.scanNext(sim);
  }

  push(sim: SimClock, event: Omit<ScanEvent, "t">): void {
    // Same property order for every event keeps the objects one shape, which matters at ~1M events.
    const { code, stop, next, detail, subStatus, resumed } = event;
    this.events.push({ t: sim.t, code, stop, next, detail, subStatus, resumed });
  }

  get here(): Stop {
    return this.route[this.at];
  }
}
