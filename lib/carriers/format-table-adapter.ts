// Builds a CarrierAdapter from a table of tracking-number formats. Domestic Chinese carriers publish no
// specification, so each carrier folder lists the formats seen in practice with a prior confidence.
import type { CarrierAdapter, CarrierCode, DetectionCandidate } from "@/lib/carriers/types";

export interface TrackingNumberFormat {
  /** Anchored pattern matched against a normalized number. */
  pattern: RegExp;
  /** Short human description, e.g. "SF + 13 digits". */
  label: string;
  /**
   * How likely a number of this shape belongs to this carrier, before looking at other carriers.
   * Below 1 whenever other carriers use the same shape, so an overlap never reads as a certain answer.
   */
  confidence: number;
  service?: string;
  /** Check beyond the pattern (a check digit). Returns null when it passes, otherwise why it failed. */
  verify?: (trackingNumber: string) => string | null;
  /** Service derived from the number itself (e.g. S10 service indicator); overrides `service`. */
  serviceOf?: (trackingNumber: string) => string | undefined;
}

export interface FormatTableAdapterDefinition {
  code: CarrierCode;
  name: CarrierAdapter["name"];
  labelSize: CarrierAdapter["labelSize"];
  formats: readonly TrackingNumberFormat[];
}

// A number that matches a format but fails its check digit is still worth showing (it explains the
// typo), but far less likely to be right than the format's own confidence.
const FAILED_CHECK_CONFIDENCE_FACTOR = 0.5;

export function defineFormatTableAdapter(definition: FormatTableAdapterDefinition): CarrierAdapter {
  for (const format of definition.formats) {
    if (!format.pattern.source.startsWith("^") || !format.pattern.source.endsWith("$")) {
      throw new Error(`${definition.code} format "${format.label}" must be anchored with ^…$`);
    }
    if (!(format.confidence > 0 && format.confidence <= 1)) {
      throw new Error(`${definition.code} format "${format.label}" confidence must be in (0, 1]`);
    }
  }
  return {
    code: definition.code,
    name: definition.name,
    labelSize: definition.labelSize,
    detect: (trackingNumber) => detectByFormats(definition, trackingNumber),
  };
}

function detectByFormats(definition: FormatTableAdapterDefinition, trackingNumber: string): DetectionCandidate | null {
  let best: DetectionCandidate | null = null;
  for (const format of definition.formats) {
    if (!format.pattern.test(trackingNumber)) continue;
    const failure = format.verify?.(trackingNumber) ?? null;
    const candidate: DetectionCandidate = {
      carrier: definition.code,
      trackingNumber,
      valid: failure === null,
      confidence: failure === null ? format.confidence : format.confidence * FAILED_CHECK_CONFIDENCE_FACTOR,
      reason:
        failure === null
          ? `Matches ${definition.name.en} format: ${format.label}`
          : `Has the ${definition.name.en} shape "${format.label}" but ${failure}`,
    };
    const service = format.serviceOf?.(trackingNumber) ?? format.service;
    if (service !== undefined) candidate.service = service;
    if (best === null || isBetter(candidate, best)) best = candidate;
  }
  return best;
}

function isBetter(a: DetectionCandidate, b: DetectionCandidate): boolean {
  if (a.valid !== b.valid) return a.valid;
  return a.confidence > b.confidence;
}
