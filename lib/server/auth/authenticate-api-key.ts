import "server-only";
import { isRole } from "@/lib/domain/access/permissions";
import { db } from "@/lib/server/db/client";
import { findActiveApiKeyByHash, touchApiKey } from "@/lib/server/db/access-repository";
import type { Actor } from "./context";
import { hashApiKey } from "./api-key-format";

const lastTouched = new Map<string, number>();

export async function authenticateApiKey(key: string): Promise<Extract<Actor, { type: "api_key" }> | null> {
  if (key.length < 20 || key.length > 200) return null;
  const row = await findActiveApiKeyByHash(db(), hashApiKey(key));
  if (!row || !isRole(row.role)) return null;
  // lastUsedAt is informational: write it at most once a minute per key per instance, off the request path.
  const now = Date.now();
  if ((lastTouched.get(row.id) ?? 0) < now - 60_000) {
    lastTouched.set(row.id, now);
    touchApiKey(db(), row.id).catch(() => undefined);
  }
  return { type: "api_key", id: row.id, name: row.name, role: row.role };
}
