// Seeded randomness. Each order gets its own stream derived from (seed, index), so any order can be
// regenerated alone and batches do not depend on how the caller splits the work.

export type Random = () => number;

/** 32-bit FNV-1a of a string, or the integer itself mixed, so "demo" and 42 are both usable seeds. */
export function hashSeed(seed: number | string): number {
  if (typeof seed === "number") return mix32(Math.trunc(seed) | 0, 0x9e3779b9);
  let hash = 0x811c9dc5;
  for (let i = 0; i < seed.length; i++) hash = Math.imul(hash ^ seed.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

/** Avalanche-mixes two 32-bit values (murmur3 finalizer), for deriving independent sub-seeds. */
export function mix32(a: number, b: number): number {
  let h = (a ^ Math.imul(b, 0x85ebca6b)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** mulberry32: tiny, fast and good enough for demo data (not for anything secret). */
export function createRandom(seed32: number): Random {
  let state = seed32 >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Integer in [min, max], both inclusive. */
export const intBetween = (random: Random, min: number, max: number): number =>
  min + Math.floor(random() * (max - min + 1));

export const between = (random: Random, min: number, max: number): number => min + random() * (max - min);

export const chance = (random: Random, probability: number): boolean => random() < probability;

export const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)];

/** A string of `length` random decimal digits (leading zeros allowed). */
export function digits(random: Random, length: number): string {
  let out = "";
  for (let i = 0; i < length; i++) out += Math.floor(random() * 10);
  return out;
}

/** Builds a sampler over weighted entries; weights need not sum to 1. */
export function weightedPicker<T>(entries: readonly (readonly [T, number])[]): (random: Random) => T {
  const values = entries.map(([value]) => value);
  const cumulative: number[] = [];
  let total = 0;
  for (const [, weight] of entries) cumulative.push((total += weight));
  return (random) => values[indexAtOrAbove(cumulative, random() * total)];
}

/** Same as weightedPicker but driven by a caller-supplied u in [0, 1), for low-discrepancy sequences. */
export function weightedQuantile<T>(entries: readonly (readonly [T, number])[]): (u: number) => T {
  const pickWith = weightedPicker(entries);
  return (u) => pickWith(() => u);
}

function indexAtOrAbove(cumulative: number[], target: number): number {
  let low = 0;
  let high = cumulative.length - 1;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (cumulative[mid] > target) high = mid;
    else low = mid + 1;
  }
  return low;
}

/** Exponential with the given mean, cut off at `max` (resampled by inversion, so no loop). */
export function truncatedExponential(random: Random, mean: number, max: number): number {
  const tail = Math.exp(-max / mean);
  return -mean * Math.log(1 - random() * (1 - tail));
}
