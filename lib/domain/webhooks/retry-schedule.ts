// Outgoing webhook retries: exponential backoff with jitter, dead-lettered after MAX_ATTEMPTS.
export const MAX_DELIVERY_ATTEMPTS = 8;
const BASE_SECONDS = 30;
const CAP_SECONDS = 6 * 3600;

/** When to try again after `attempts` failed tries, or null when the delivery is dead. `random` in [0, 1). */
export function nextDeliveryAttempt(attempts: number, now: Date, random: number): Date | null {
  if (attempts >= MAX_DELIVERY_ATTEMPTS) return null;
  const exponential = Math.min(CAP_SECONDS, BASE_SECONDS * 2 ** (attempts - 1));
  // ±20 % jitter so many failing deliveries do not retry in lockstep.
  const seconds = exponential * (0.8 + 0.4 * random);
  return new Date(now.getTime() + seconds * 1000);
}
