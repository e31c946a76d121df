import "server-only";
import bcrypt from "bcryptjs";
import { RateLimitedError } from "@/lib/domain/errors";
import { isRole, type Role } from "@/lib/domain/access/permissions";
import { db } from "@/lib/server/db/client";
import { countRecentFailures, findUserByEmail, recordLoginAttempt, touchLastLogin } from "@/lib/server/db/access-repository";
import { log } from "@/lib/server/log";

export const THROTTLE = { windowMinutes: 15, maxFailuresPerEmail: 5, maxFailuresPerIp: 30 };

// Compared against when the email is unknown so response time does not reveal which emails exist.
const DUMMY_HASH = "$2b$10$CwTycUXWue0Thq9StjUM0uJ8.jH3M1G1Vq5a7l1NQ3B8cxGE2.1yS";

export type VerifiedUser = { id: string; email: string; name: string; role: Role };

/** Checks a password; throttles by email and by IP over a sliding window stored in the database (all instances see it). */
export async function verifyCredentials(input: { email: string; password: string; ip: string }): Promise<VerifiedUser | null> {
  const email = input.email.trim().toLowerCase();
  const since = new Date(Date.now() - THROTTLE.windowMinutes * 60_000);
  const failures = await countRecentFailures(db(), { email, ip: input.ip, since });
  if (failures.byEmail >= THROTTLE.maxFailuresPerEmail || failures.byIp >= THROTTLE.maxFailuresPerIp) {
    log("warn", "sign-in throttled", { ip: input.ip, failuresByEmail: failures.byEmail, failuresByIp: failures.byIp });
    throw new RateLimitedError(THROTTLE.windowMinutes * 60);
  }
  const user = await findUserByEmail(db(), email);
  const ok = await bcrypt.compare(input.password, user?.passwordHash ?? DUMMY_HASH);
  const success = !!user && user.active && ok && isRole(user.role);
  await recordLoginAttempt(db(), { email, ip: input.ip, success });
  if (!success || !user) {
    log("info", "sign-in failed", { ip: input.ip });
    return null;
  }
  await touchLastLogin(db(), user.id);
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}
