// Issues tracking numbers for the sandbox carrier, in the shape each real domestic carrier uses today, so
// that labels, detection and tracking pages behave as they will with real waybills. The randomness source
// is injected so seeds make runs reproducible.
import { s10CheckDigit } from "@/lib/carriers/ems/s10-check-digit";
import type { CarrierCode } from "@/lib/carriers/types";

export type RandomSource = () => number;

export interface IssueTrackingNumberOptions {
  /** EMS only: issue a UPU S10 international number ("E?" + 8 digits + check digit + "CN"). */
  international?: boolean;
}

export const SANDBOX_CARRIERS = ["sf", "yto", "zto", "sto", "yunda", "jd", "jt", "ems"] as const satisfies readonly CarrierCode[];
export type SandboxCarrierCode = (typeof SANDBOX_CARRIERS)[number];

export function isSandboxCarrier(code: CarrierCode): code is SandboxCarrierCode {
  return (SANDBOX_CARRIERS as readonly CarrierCode[]).includes(code);
}

export function issueTrackingNumber(
  carrier: CarrierCode,
  random: RandomSource,
  options: IssueTrackingNumberOptions = {},
): string {
  if (!isSandboxCarrier(carrier)) {
    throw new Error(`The sandbox issues tracking numbers for domestic carriers only, not "${carrier}"`);
  }
  if (options.international && carrier !== "ems") {
    throw new Error(`International (S10) numbers are issued only for EMS, not "${carrier}"`);
  }
  const digits = (count: number) => Array.from({ length: count }, () => pick(random, DIGITS)).join("");

  switch (carrier) {
    case "sf":
      return `SF${pick(random, "1234")}${digits(12)}`;
    case "yto":
      return `YT${pick(random, "2345678")}${digits(12)}`;
    case "zto":
      return `7${pick(random, "3568")}${digits(12)}`;
    case "sto":
      return `77${pick(random, "3456")}${digits(12)}`;
    case "yunda":
      return `${pick(random, ["31", "32", "43", "46"])}${digits(13)}`;
    case "jd":
      return `JD${pick(random, ["VA", "VB", "VC", "VD", "X0"])}${digits(11)}`;
    case "jt":
      return `JT${pick(random, "0123456789")}${digits(12)}`;
    case "ems": {
      if (options.international) {
        const serial = digits(8);
        return `E${pick(random, "ABCDEFGHIJKLMNOPQRSTUVWXYZ")}${serial}${s10CheckDigit(serial)}CN`;
      }
      return `${pick(random, ["10", "11", "98", "99"])}${digits(11)}`;
    }
  }
}

const DIGITS = "0123456789";

function pick<T>(random: RandomSource, choices: ArrayLike<T>): T {
  // Clamp so a source returning exactly 1 (outside the Math.random contract) cannot index past the end.
  const index = Math.min(choices.length - 1, Math.max(0, Math.floor(random() * choices.length)));
  return choices[index];
}
