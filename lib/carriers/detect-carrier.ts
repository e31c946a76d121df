// Which carrier(s) a tracking number could belong to. Chinese domestic numbers are often purely numeric
// and shared between carriers, so the answer is a ranked list of candidates, never a single verdict.
import { ValidationError } from "@/lib/domain/errors";
import { normalizeTrackingNumber } from "@/lib/carriers/normalize-tracking-number";
import { isCarrierCode, listCarriers } from "@/lib/carriers/registry";
import type { CarrierCode, DetectionCandidate } from "@/lib/carriers/types";

export interface CarrierDetection {
  normalized: string;
  /** Valid candidates first, then the hinted carrier, then by confidence, then registry order. */
  candidates: DetectionCandidate[];
}

/**
 * Detects the carrier of a tracking number as typed or pasted by a person.
 * `hint` is the carrier the user (or the order's platform) says it is; it must be a known carrier code.
 * The hinted carrier always appears among the candidates, with a reason when the number does not fit it.
 * Throws ValidationError when the input cannot be a tracking number or the hint is not a carrier code.
 */
export function detectCarrier(input: string, hint?: string): CarrierDetection {
  const normalized = normalizeTrackingNumber(input);
  if (!normalized.ok) {
    throw new ValidationError(normalized.reason, { trackingNumber: [normalized.reason] });
  }
  let hintedCarrier: CarrierCode | undefined;
  if (hint !== undefined) {
    if (!isCarrierCode(hint)) {
      const message = `Unknown carrier "${hint}"; expected one of ${listCarriers().map((c) => c.code).join(", ")}.`;
      throw new ValidationError(message, { carrier: [message] });
    }
    hintedCarrier = hint;
  }

  const trackingNumber = normalized.value;
  const candidates: DetectionCandidate[] = [];
  const order = new Map<CarrierCode, number>();
  for (const [index, adapter] of listCarriers().entries()) {
    order.set(adapter.code, index);
    const candidate = adapter.detect(trackingNumber);
    if (candidate) {
      candidates.push(candidate);
    } else if (adapter.code === hintedCarrier) {
      candidates.push({
        carrier: adapter.code,
        trackingNumber,
        valid: false,
        confidence: 0,
        reason: `Does not match any known ${adapter.name.en} tracking-number format`,
      });
    }
  }

  shareConfidenceAmongValid(candidates);
  candidates.sort(
    (a, b) =>
      Number(b.valid) - Number(a.valid) ||
      Number(b.carrier === hintedCarrier) - Number(a.carrier === hintedCarrier) ||
      b.confidence - a.confidence ||
      (order.get(a.carrier) ?? 0) - (order.get(b.carrier) ?? 0),
  );
  return { normalized: trackingNumber, candidates };
}

// Each adapter scores its own format in isolation. When several valid formats claim the number and their
// scores add up to more than 1, scale them down so together they read as a split of one probability.
function shareConfidenceAmongValid(candidates: DetectionCandidate[]): void {
  const valid = candidates.filter((c) => c.valid);
  const total = valid.reduce((sum, c) => sum + c.confidence, 0);
  if (total <= 1) return;
  for (const candidate of valid) {
    candidate.confidence = Math.round((candidate.confidence / total) * 1000) / 1000;
  }
}
