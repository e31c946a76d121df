// Turns what a person typed or pasted into the canonical form every adapter's detect() expects.

/** Longest supported formats are ~41 characters (DHL eCommerce "GM" + up to 39); leave some headroom. */
export const MAX_TRACKING_NUMBER_LENGTH = 50;

export type NormalizeRejectionCode = "empty" | "too_long" | "invalid_characters";

export type NormalizeTrackingNumberResult =
  | { ok: true; value: string }
  | { ok: false; code: NormalizeRejectionCode; reason: string };

// Hyphen, non-breaking hyphen, figure dash, en/em dash, horizontal bar, minus sign: labels and chat apps
// turn "-" into any of these.
const DASHES = /[-\u2010-\u2015\u2212]/g;

export function normalizeTrackingNumber(input: string): NormalizeTrackingNumberResult {
  // NFKC folds full-width letters and digits (ＳＦ１２３, common with Chinese IMEs) and the full-width
  // space/dash into their ASCII forms, so they are handled like ordinary input.
  const value = input.normalize("NFKC").replace(/\s+/g, "").replace(DASHES, "").toUpperCase();

  if (value.length === 0) {
    return { ok: false, code: "empty", reason: "Tracking number is empty." };
  }
  const invalid = [...new Set(value.replace(/[A-Z0-9]/g, ""))];
  if (invalid.length > 0) {
    const shown = invalid.slice(0, 5).map((c) => JSON.stringify(c)).join(", ");
    return {
      ok: false,
      code: "invalid_characters",
      reason: `Tracking number may contain only letters, digits, spaces and dashes; found ${shown}.`,
    };
  }
  if (value.length > MAX_TRACKING_NUMBER_LENGTH) {
    return {
      ok: false,
      code: "too_long",
      reason: `Tracking number has ${value.length} characters; the longest supported is ${MAX_TRACKING_NUMBER_LENGTH}.`,
    };
  }
  return { ok: true, value };
}
