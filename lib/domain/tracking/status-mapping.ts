// Shared shape of every carrier status table and the result of normalizing a carrier code.
import type { ShipmentStatus, SubStatus } from "@/lib/domain/tracking/shipment-status";

export interface StatusTableEntry {
  status: ShipmentStatus;
  subStatus?: SubStatus;
  /** The carrier's own meaning, kept next to the mapping so a reviewer can check it against the carrier docs. */
  label: string;
}

/** Keyed by the carrier's code exactly as it appears on the wire (trimmed). */
export type StatusTable = Readonly<Record<string, StatusTableEntry>>;

export interface StatusMapping {
  status: ShipmentStatus;
  subStatus?: string;
  /**
   * true when a code we were given is not in our tables; status is then a fallback (the code's family, the
   * coarser code, or in_transit/unknown_code). Callers count these so new carrier codes get noticed.
   */
  unknown: boolean;
  /** The most specific code the carrier sent, verbatim, for storage as ParsedCheckpoint.rawCode. */
  rawCode?: string;
}

/** Safe default: a parcel we cannot classify is assumed to still be moving, never delivered or lost. */
export const UNKNOWN_CODE_FALLBACK = { status: "in_transit", subStatus: "unknown_code" } as const;

export function cleanCode(code: string | number | null | undefined): string | undefined {
  if (code === null || code === undefined) return undefined;
  const text = String(code).trim();
  return text === "" ? undefined : text;
}

/** Own-property lookup: a code like "constructor" must not hit Object.prototype. */
export function lookupEntry(table: StatusTable, code: string | undefined): StatusTableEntry | undefined {
  return code !== undefined && Object.hasOwn(table, code) ? table[code] : undefined;
}

export function mappingFromEntry(entry: StatusTableEntry, rawCode: string | undefined, unknown: boolean): StatusMapping {
  const mapping: StatusMapping = { status: entry.status, unknown };
  if (entry.subStatus !== undefined) mapping.subStatus = entry.subStatus;
  if (rawCode !== undefined) mapping.rawCode = rawCode;
  return mapping;
}

export function unknownMapping(rawCode: string | undefined): StatusMapping {
  const mapping: StatusMapping = { ...UNKNOWN_CODE_FALLBACK, unknown: true };
  if (rawCode !== undefined) mapping.rawCode = rawCode;
  return mapping;
}

/**
 * Resolution order shared by the two-level Chinese aggregator codes: the detailed code when known; else the
 * detailed code's family (e.g. "2xx" → "2"); else the coarse state; else the safe default. Any code we were
 * given but could not find marks the result unknown.
 */
export function resolveTwoLevelCode(options: {
  detailed: string | undefined;
  coarse: string | undefined;
  detailedTable: StatusTable;
  coarseTable: StatusTable;
  familyOf: (detailed: string) => string | undefined;
}): StatusMapping {
  const { detailed, coarse, detailedTable, coarseTable, familyOf } = options;
  if (detailed !== undefined) {
    const exact = lookupEntry(detailedTable, detailed);
    if (exact !== undefined) return mappingFromEntry(exact, detailed, false);
    const family = familyOf(detailed);
    const familyEntry = lookupEntry(detailedTable, family) ?? lookupEntry(coarseTable, family);
    if (familyEntry !== undefined) return mappingFromEntry(familyEntry, detailed, true);
    const coarseEntry = lookupEntry(coarseTable, coarse);
    if (coarseEntry !== undefined) return mappingFromEntry(coarseEntry, detailed, true);
    return unknownMapping(detailed);
  }
  if (coarse !== undefined) {
    const coarseEntry = lookupEntry(coarseTable, coarse);
    return coarseEntry !== undefined ? mappingFromEntry(coarseEntry, coarse, false) : unknownMapping(coarse);
  }
  return unknownMapping(undefined);
}
