// Signature of the Shiplane push format (docs/shiplane-push-format.md):
//   X-Shiplane-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256(secret, t + "." + rawBody)>[,v1=<…>]
// The timestamp is signed so a captured request cannot be replayed after the tolerance window.
import { createHmac } from "node:crypto";
import { PushSignatureError, signaturesMatch } from "@/lib/carriers/push-errors";

export const SHIPLANE_SIGNATURE_HEADER = "x-shiplane-signature";
export const SHIPLANE_SIGNATURE_TOLERANCE_SECONDS = 300;

export interface ShiplaneSigningSecrets {
  current: string;
  /** Accepted too, so senders can move to the new secret at their own pace during rotation. */
  previous?: string;
}

function toBytes(body: Uint8Array | string): Buffer {
  return typeof body === "string" ? Buffer.from(body, "utf8") : Buffer.from(body.buffer, body.byteOffset, body.byteLength);
}

export function computeShiplaneV1(body: Uint8Array | string, secret: string, t: number): string {
  return createHmac("sha256", secret).update(`${t}.`, "utf8").update(toBytes(body)).digest("hex");
}

/** The full X-Shiplane-Signature header value for `body`, as our sandbox carrier network sends it. */
export function signShiplanePayload(body: Uint8Array | string, secret: string, t: number): string {
  return `t=${t},v1=${computeShiplaneV1(body, secret, t)}`;
}

interface SignatureHeader {
  t: number;
  v1: string[];
}

function parseSignatureHeader(header: string): SignatureHeader {
  let t: number | undefined;
  const v1: string[] = [];
  for (const part of header.split(",")) {
    const separator = part.indexOf("=");
    if (separator < 0) continue;
    const key = part.slice(0, separator).trim();
    const value = part.slice(separator + 1).trim();
    if (key === "t") {
      if (t !== undefined) throw new PushSignatureError("X-Shiplane-Signature has more than one t=");
      if (!/^\d{1,12}$/.test(value)) throw new PushSignatureError("X-Shiplane-Signature t= is not unix seconds");
      t = Number(value);
    } else if (key === "v1") {
      v1.push(value.toLowerCase());
    }
    // Other schemes (v0, future v2) are ignored so senders can add them without breaking us.
  }
  if (t === undefined) throw new PushSignatureError("X-Shiplane-Signature has no t=");
  if (v1.length === 0) throw new PushSignatureError("X-Shiplane-Signature has no v1=");
  return { t, v1 };
}

/**
 * @returns the signed timestamp
 * @throws PushSignatureError when the header is missing or malformed, stale, or no v1 matches any secret
 */
export function verifyShiplaneSignature(options: {
  header: string | undefined;
  body: Uint8Array;
  secrets: ShiplaneSigningSecrets;
  now: Date;
  toleranceSeconds?: number;
}): Date {
  const { header, body, secrets, now } = options;
  if (header === undefined || header.trim() === "") throw new PushSignatureError("X-Shiplane-Signature header is missing");
  const { t, v1 } = parseSignatureHeader(header);
  const tolerance = options.toleranceSeconds ?? SHIPLANE_SIGNATURE_TOLERANCE_SECONDS;
  if (Math.abs(Math.floor(now.getTime() / 1000) - t) > tolerance) {
    throw new PushSignatureError(`X-Shiplane-Signature timestamp is more than ${tolerance}s from now`);
  }
  const expected = [secrets.current, secrets.previous]
    .filter((secret): secret is string => !!secret)
    .map((secret) => computeShiplaneV1(body, secret, t));
  // All pairs are compared (no early exit), so timing does not reveal which secret or entry matched.
  const matches = expected.flatMap((candidate) => v1.map((received) => signaturesMatch(candidate, received)));
  if (!matches.includes(true)) throw new PushSignatureError("no X-Shiplane-Signature v1 matches the body");
  return new Date(t * 1000);
}
