import "server-only";
// Secrets Shiplane must read back to use (the HMAC key of an outgoing webhook subscription) are stored sealed
// with AES-256-GCM, so a copy of the database alone does not let anyone forge Shiplane's webhooks. The key comes
// from SHIPLANE_ENCRYPTION_KEY (see config.ts), stretched with HKDF so any long random string will do.
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";
import { encryptionKey } from "@/lib/server/config";

export const SEALED_PREFIX = "sealed:v1:";

function keyFrom(secret: string): Buffer {
  return Buffer.from(hkdfSync("sha256", secret, "shiplane", "stored secrets v1", 32));
}

export function sealSecret(plain: string, secret: string = encryptionKey()): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", keyFrom(secret), iv);
  const body = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return SEALED_PREFIX + [iv, cipher.getAuthTag(), body].map((b) => b.toString("base64url")).join(".");
}

export class SecretUnreadableError extends Error {}

/** The plain secret. Values stored before sealing existed are returned as they are. */
export function openSecret(stored: string, secret: string = encryptionKey()): string {
  if (!stored.startsWith(SEALED_PREFIX)) return stored;
  const [iv, tag, body] = stored.slice(SEALED_PREFIX.length).split(".").map((part) => Buffer.from(part, "base64url"));
  try {
    const decipher = createDecipheriv("aes-256-gcm", keyFrom(secret), iv);
    decipher.setAuthTag(tag);
    return Buffer.concat([decipher.update(body), decipher.final()]).toString("utf8");
  } catch {
    throw new SecretUnreadableError("A stored secret cannot be opened: SHIPLANE_ENCRYPTION_KEY is not the key it was sealed with");
  }
}

export function isSealed(stored: string): boolean {
  return stored.startsWith(SEALED_PREFIX);
}
