// UPU S10 item identifiers: 2-letter service indicator, 8-digit serial, 1 check digit, ISO country code
// (e.g. EE123456785CN). Check digit per UPU S10: weights 8,6,4,2,3,5,9,7 over the serial, mod 11.

export const S10_PATTERN = /^([A-Z]{2})(\d{8})(\d)([A-Z]{2})$/;

const WEIGHTS = [8, 6, 4, 2, 3, 5, 9, 7] as const;

/** Check digit for an 8-digit S10 serial number. */
export function s10CheckDigit(serial: string): number {
  if (!/^\d{8}$/.test(serial)) throw new Error(`S10 serial must be 8 digits, got "${serial}"`);
  const sum = WEIGHTS.reduce((acc, weight, i) => acc + weight * Number(serial[i]), 0);
  const check = 11 - (sum % 11);
  // The standard maps the two results that are not single digits: 10 -> 0 and 11 -> 5.
  if (check === 10) return 0;
  if (check === 11) return 5;
  return check;
}

/** Null when the S10 number's check digit verifies, otherwise a reason naming both digits. */
export function s10CheckDigitFailure(trackingNumber: string): string | null {
  const match = S10_PATTERN.exec(trackingNumber);
  if (!match) return "it is not an S10 number (2 letters, 9 digits, 2 letters)";
  const [, , serial, given] = match;
  const computed = s10CheckDigit(serial);
  return Number(given) === computed ? null : `S10 check digit ${given} does not match computed ${computed}`;
}
