import "server-only";
// Per-instance memory of each parcel's last known state, so a push usually costs one statement instead of
// read + write. It is never trusted: every write is a compare-and-set on the parcel's status, and a stale
// entry (another instance wrote meanwhile) simply fails the CAS, is dropped, and the push is re-planned from a
// fresh read.
import type { ParcelForIngestion } from "@/lib/server/db/ingestion-repository";

const MAX_ENTRIES = 50_000;
const holder = globalThis as unknown as { __shiplaneParcelCache?: Map<string, ParcelForIngestion> };
const cache = (holder.__shiplaneParcelCache ??= new Map());

const keyOf = (trackingNumber: string, carrier?: string) => `${carrier ?? "*"}|${trackingNumber}`;

export function cachedParcel(trackingNumber: string, carrier?: string): ParcelForIngestion | undefined {
  return cache.get(keyOf(trackingNumber, carrier));
}

export function rememberParcel(trackingNumber: string, carrier: string | undefined, state: ParcelForIngestion): void {
  const key = keyOf(trackingNumber, carrier);
  cache.delete(key);
  cache.set(key, state);
  if (cache.size > MAX_ENTRIES) cache.delete(cache.keys().next().value!);
}

export function forgetParcel(trackingNumber: string, carrier?: string): void {
  cache.delete(keyOf(trackingNumber, carrier));
}
