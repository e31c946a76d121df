import { createHash, randomBytes } from "node:crypto";

// Keys look like `shpl_<43 chars>`; only the SHA-256 is stored (a fast hash is right for high-entropy keys).
export function generateApiKey(): string {
  return `shpl_${randomBytes(32).toString("base64url")}`;
}

export function hashApiKey(key: string): string {
  return createHash("sha256").update(key, "utf8").digest("hex");
}

export function apiKeyPrefix(key: string): string {
  return key.slice(0, 10);
}
