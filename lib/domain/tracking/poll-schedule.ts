// When to poll a waybill next: the carrier's interval on success, exponential backoff on errors, and never more
// often than the provider allows in a rolling 24 h window (Kuaidi100 locks a number polled over 48 times).
export interface PollState {
  failures: number;
  windowAt: Date | null;
  pollsInWindow: number;
}

export interface PollPlan {
  /** null: stop polling (the parcel's journey is over). */
  nextPollAt: Date | null;
  windowAt: Date | null;
  pollsInWindow: number;
}

const DAY_MS = 86_400_000;
const MAX_BACKOFF_MS = 12 * 3_600_000;

/** Whether a poll may be made now; if not, when the window reopens. */
export function pollAllowed(state: PollState, now: Date, maxPer24h: number): { allowed: true } | { allowed: false; retryAt: Date } {
  if (!state.windowAt || now.getTime() - state.windowAt.getTime() >= DAY_MS) return { allowed: true };
  if (state.pollsInWindow < maxPer24h) return { allowed: true };
  return { allowed: false, retryAt: new Date(state.windowAt.getTime() + DAY_MS) };
}

export function planNextPoll(state: PollState, outcome: { ok: boolean; finished: boolean }, now: Date, intervalMs: number): PollPlan {
  const windowOpen = state.windowAt && now.getTime() - state.windowAt.getTime() < DAY_MS;
  const windowAt = windowOpen ? state.windowAt : now;
  const pollsInWindow = (windowOpen ? state.pollsInWindow : 0) + 1;
  if (outcome.ok && outcome.finished) return { nextPollAt: null, windowAt, pollsInWindow };
  const wait = outcome.ok ? intervalMs : Math.min(MAX_BACKOFF_MS, intervalMs * 2 ** Math.min(state.failures + 1, 10));
  return { nextPollAt: new Date(now.getTime() + wait), windowAt, pollsInWindow };
}
