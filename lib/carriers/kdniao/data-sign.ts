// Kdniao's DataSign, shared by incoming pushes and our outgoing requests:
// Base64 of the lower-case hex MD5 of (RequestData + AppKey).
import { createHash } from "node:crypto";

export function signKdniaoRequestData(requestData: string, appKey: string): string {
  const hexDigest = createHash("md5").update(requestData + appKey, "utf8").digest("hex");
  // Kdniao base64-encodes the hex text, not the raw digest bytes.
  return Buffer.from(hexDigest, "utf8").toString("base64");
}

/**
 * DataSign is base64, so it contains "+", "/" and "=". Senders differ in how they put it on the wire:
 * encoded once by the form (decoded correctly), encoded twice (leaves "%2B" after one decode), or not
 * encoded at all (the form decoder turns "+" into a space). All three mean the same signature.
 */
export function normalizeKdniaoDataSign(received: string): string {
  let sign = received.trim();
  if (/%[0-9a-f]{2}/i.test(sign)) {
    try {
      sign = decodeURIComponent(sign);
    } catch {
      // Not valid percent-encoding: compare as sent; the signature check will decide.
    }
  }
  return sign.replace(/ /g, "+");
}
