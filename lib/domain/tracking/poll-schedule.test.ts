import { describe, expect, it } from "vitest";
import { planNextPoll, pollAllowed } from "./poll-schedule";

const now = new Date("2026-11-22T00:00:00Z");
const min = 60_000;

describe("poll schedule", () => {
  it("polls again after the interval on success and stops when the journey is over", () => {
    expect(planNextPoll({ failures: 0, windowAt: null, pollsInWindow: 0 }, { ok: true, finished: false }, now, 30 * min)).toEqual({ nextPollAt: new Date(now.getTime() + 30 * min), windowAt: now, pollsInWindow: 1 });
    expect(planNextPoll({ failures: 0, windowAt: now, pollsInWindow: 3 }, { ok: true, finished: true }, now, 30 * min).nextPollAt).toBeNull();
  });

  it("backs off exponentially on errors, capped at 12 h", () => {
    const wait = (failures: number) => planNextPoll({ failures, windowAt: now, pollsInWindow: 1 }, { ok: false, finished: false }, now, 30 * min).nextPollAt!.getTime() - now.getTime();
    expect(wait(0)).toBe(60 * min);
    expect(wait(1)).toBe(120 * min);
    expect(wait(10)).toBe(12 * 60 * min);
  });

  it("respects the provider's 24 h limit and reopens when the window ends", () => {
    const windowAt = new Date(now.getTime() - 3_600_000);
    expect(pollAllowed({ failures: 0, windowAt, pollsInWindow: 47 }, now, 48)).toEqual({ allowed: true });
    expect(pollAllowed({ failures: 0, windowAt, pollsInWindow: 48 }, now, 48)).toEqual({ allowed: false, retryAt: new Date(windowAt.getTime() + 86_400_000) });
    expect(pollAllowed({ failures: 0, windowAt: new Date(now.getTime() - 86_400_000), pollsInWindow: 48 }, now, 48)).toEqual({ allowed: true });
  });

  it("starts a new window after 24 h", () => {
    const old = new Date(now.getTime() - 86_400_001);
    expect(planNextPoll({ failures: 0, windowAt: old, pollsInWindow: 40 }, { ok: true, finished: false }, now, min)).toMatchObject({ windowAt: now, pollsInWindow: 1 });
  });
});
