import { describe, expect, it } from "vitest";
import { MAX_DELIVERY_ATTEMPTS, nextDeliveryAttempt } from "./retry-schedule";

const now = new Date("2026-11-22T00:00:00Z");
const delay = (attempts: number, r = 0.5) => (nextDeliveryAttempt(attempts, now, r)!.getTime() - now.getTime()) / 1000;

describe("nextDeliveryAttempt", () => {
  it("doubles the wait after each failure", () => {
    expect(delay(1)).toBe(30);
    expect(delay(2)).toBe(60);
    expect(delay(3)).toBe(120);
  });
  it("jitters within ±20 %", () => {
    expect(delay(2, 0)).toBe(48);
    expect(delay(2, 0.999)).toBeCloseTo(72, 0);
  });
  it("caps the wait and dead-letters after the last attempt", () => {
    expect(delay(MAX_DELIVERY_ATTEMPTS - 1)).toBeLessThanOrEqual(6 * 3600);
    expect(nextDeliveryAttempt(MAX_DELIVERY_ATTEMPTS, now, 0.5)).toBeNull();
  });
});
