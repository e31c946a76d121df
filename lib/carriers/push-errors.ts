// Typed failures at the carrier-integration boundary, plus the small guards that raise them.
// Push parsers throw only PushError subclasses so a route can map them to a status code with one
// `instanceof` check; the outgoing API clients throw CarrierNotConfiguredError / CarrierApiError.
import { timingSafeEqual } from "node:crypto";
import type { z } from "zod";

/** Base of every error a push parser may throw. `httpStatus` is what the webhook route should answer. */
export abstract class PushError extends Error {
  abstract readonly httpStatus: 400 | 401 | 415;
}

/** The body does not carry a valid signature for any configured secret (or its timestamp is stale). → 401 */
export class PushSignatureError extends PushError {
  readonly httpStatus = 401 as const;
  constructor(message = "push signature does not verify") {
    super(message);
    this.name = "PushSignatureError";
  }
}

/** The body is authentic (or cannot be checked yet) but is not the documented structure. → 400 */
export class PushMalformedError extends PushError {
  readonly httpStatus = 400 as const;
  /** Precise, log-safe explanation, e.g. `lastResult.data[2].time: "2026-13-01" is not a valid date`. */
  readonly reason: string;
  constructor(reason: string) {
    super(`malformed push: ${reason}`);
    this.name = "PushMalformedError";
    this.reason = reason;
  }
}

/** Content-Type (or charset) is not the one the format is sent with. → 415 */
export class PushUnsupportedMediaError extends PushError {
  readonly httpStatus = 415 as const;
  readonly received: string | undefined;
  constructor(expected: string, received: string | undefined) {
    super(`unsupported media type ${received === undefined ? "(none)" : JSON.stringify(received)}, expected ${expected}`);
    this.name = "PushUnsupportedMediaError";
    this.received = received;
  }
}

/** A provider integration was asked to do something its credentials were not supplied for. */
export class CarrierNotConfiguredError extends Error {
  readonly provider: string;
  readonly missing: string[];
  constructor(provider: string, missing: string[]) {
    super(`${provider} is not configured: missing ${missing.join(", ")}`);
    this.name = "CarrierNotConfiguredError";
    this.provider = provider;
    this.missing = missing;
  }
}

/** A provider API answered with a failure, an unexpected shape, or could not be reached. */
export class CarrierApiError extends Error {
  readonly provider: string;
  /** Provider's own return code when it sent one ("503", "101"…), else "network" / "bad_response" / "http_<status>". */
  readonly code: string;
  /** The provider's own words, e.g. "收件地址超区". */
  readonly detail: string;
  constructor(provider: string, code: string, message: string) {
    super(`${provider} API error ${code}: ${message}`);
    this.name = "CarrierApiError";
    this.provider = provider;
    this.code = code;
    this.detail = message;
  }

  /** The provider could not be reached or answered nonsense: worth retrying, unlike a refusal. */
  get transient(): boolean {
    return this.code === "network" || this.code === "bad_response" || /^http_5\d\d$/.test(this.code);
  }
}

// ---------------------------------------------------------------------------------------------
// Guards shared by the push parsers. Framework-free: headers are a plain record or a WHATWG Headers.

export type PushHeaders = Headers | Readonly<Record<string, string | readonly string[] | undefined>>;

export interface PushRequest {
  /** Raw body bytes exactly as received; signatures are computed over these. */
  body: Uint8Array;
  headers: PushHeaders;
}

export function readHeader(headers: PushHeaders, name: string): string | undefined {
  if (typeof (headers as Headers).get === "function" && typeof (headers as Headers).has === "function") {
    return (headers as Headers).get(name) ?? undefined;
  }
  const wanted = name.toLowerCase();
  for (const [key, value] of Object.entries(headers as Record<string, string | readonly string[] | undefined>)) {
    if (key.toLowerCase() !== wanted || value === undefined) continue;
    return typeof value === "string" ? value : value.join(", ");
  }
  return undefined;
}

/** Accepts `expected` with an optional charset parameter, which must be UTF-8 since that is all we decode. */
export function requireMediaType(headers: PushHeaders, expected: string): void {
  const received = readHeader(headers, "content-type");
  if (received === undefined) throw new PushUnsupportedMediaError(expected, undefined);
  const [type, ...params] = received.split(";").map((part) => part.trim().toLowerCase());
  if (type !== expected) throw new PushUnsupportedMediaError(expected, received);
  for (const param of params) {
    const [key, rawValue = ""] = param.split("=", 2).map((s) => s.trim());
    const value = rawValue.replace(/^"|"$/g, "");
    if (key === "charset" && value !== "utf-8" && value !== "utf8") {
      throw new PushUnsupportedMediaError(`${expected}; charset=utf-8`, received);
    }
  }
}

const strictUtf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });

export function decodeUtf8Body(body: Uint8Array): string {
  try {
    return strictUtf8.decode(body);
  } catch {
    throw new PushMalformedError("body is not valid UTF-8");
  }
}

export function parseJsonText(text: string, what: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new PushMalformedError(`${what} is not valid JSON (${(error as Error).message})`);
  }
}

/** Turns a zod failure into one line naming the path of the first few problems. */
export function describeZodError(error: z.ZodError, prefix = ""): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => {
      const path = [prefix, ...issue.path.map((p) => (typeof p === "number" ? `[${p}]` : String(p)))]
        .filter((p) => p !== "")
        .join(".")
        .replace(/\.\[/g, "[");
      return `${path === "" ? "(root)" : path}: ${issue.message}`;
    })
    .join("; ");
}

export function parseWithSchema<T extends z.ZodType>(schema: T, value: unknown, prefix = ""): z.output<T> {
  const result = schema.safeParse(value);
  if (!result.success) throw new PushMalformedError(describeZodError(result.error, prefix));
  return result.data;
}

/** Constant-time comparison; differing lengths are rejected up front (length is not a secret). */
export function signaturesMatch(expected: string, received: string): boolean {
  const a = Buffer.from(expected, "utf8");
  const b = Buffer.from(received, "utf8");
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Reads a form body; a field sent twice is ambiguous for signing, so it is rejected. */
export function readFormFields(body: Uint8Array, names: readonly string[]): Map<string, string> {
  const params = new URLSearchParams(decodeUtf8Body(body));
  const fields = new Map<string, string>();
  for (const name of names) {
    const values = params.getAll(name);
    if (values.length > 1) throw new PushMalformedError(`form field ${name} is sent ${values.length} times`);
    if (values.length === 1) fields.set(name, values[0]);
  }
  return fields;
}
