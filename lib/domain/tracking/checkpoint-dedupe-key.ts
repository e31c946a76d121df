// Kuaidi100 and Kdniao re-push a parcel's whole history on every update. A stable key per checkpoint lets
// the store upsert instead of appending duplicates. The key must not depend on arrival order or on
// cosmetic differences between pushes (trailing spaces, full-width spaces).
import { createHash } from "node:crypto";

export interface DedupeFields {
  occurredAt: Date;
  rawCode?: string;
  description: string;
  location?: string;
}

// Bump when the normalization below changes, so stored keys of the old scheme are recognisably different.
const KEY_SCHEME = "cp1";

function normalizeText(text: string | undefined): string {
  if (text === undefined) return "";
  // NFKC folds full-width forms (U+3000 space, full-width digits) that some carriers send inconsistently.
  return text.normalize("NFKC").replace(/\s+/g, " ").trim();
}

export function checkpointDedupeKey(checkpoint: DedupeFields): string {
  const instant = Number.isFinite(checkpoint.occurredAt.getTime()) ? checkpoint.occurredAt.toISOString() : "invalid";
  const material = [
    KEY_SCHEME,
    instant,
    normalizeText(checkpoint.rawCode),
    normalizeText(checkpoint.description),
    normalizeText(checkpoint.location),
  ].join("\u001f");
  return createHash("sha1").update(material, "utf8").digest("hex");
}

/** Keeps the first checkpoint of each key, in input order. */
export function dedupeCheckpoints<T extends DedupeFields>(checkpoints: readonly T[]): T[] {
  const seen = new Set<string>();
  const unique: T[] = [];
  for (const checkpoint of checkpoints) {
    const key = checkpointDedupeKey(checkpoint);
    if (seen.has(key)) continue;
    seen.add(key);
    unique.push(checkpoint);
  }
  return unique;
}
