// AfterShip webhook: JSON body signed with `aftership-hmac-sha256` = base64 HMAC-SHA256(raw body, secret).
import { createHmac } from "node:crypto";
import { z } from "zod";
import { carrierFromAfterShipSlug, timeZoneForCountry } from "@/lib/carriers/aftership/slugs";
import {
  CarrierNotConfiguredError,
  PushMalformedError,
  PushSignatureError,
  decodeUtf8Body,
  parseJsonText,
  parseWithSchema,
  readHeader,
  requireMediaType,
  signaturesMatch,
  type PushRequest,
} from "@/lib/carriers/push-errors";
import type { ParsedCheckpoint, ParsedShipmentUpdate } from "@/lib/carriers/types";
import { normalizeAfterShip } from "@/lib/domain/tracking/normalize-aftership-status";
import {
  CarrierTimeParseError,
  DEFAULT_CARRIER_TIME_ZONE,
  parseCarrierLocalTime,
} from "@/lib/domain/tracking/parse-carrier-local-time";
import type { StatusMapping } from "@/lib/domain/tracking/status-mapping";

export const AFTERSHIP_SIGNATURE_HEADER = "aftership-hmac-sha256";

export interface AfterShipWebhookSecrets {
  secret: string;
  /** Still accepted while a rotated secret propagates. */
  previousSecret?: string;
}

export interface AfterShipWebhookResult {
  updates: ParsedShipmentUpdate[];
  event: string;
  eventId?: string;
  /** Unix seconds AfterShip stamped on the delivery. */
  ts?: number;
  unknownStatusCodes: string[];
}

const text = z.string().nullish();
const checkpointSchema = z.object({
  checkpoint_time: text,
  created_at: text,
  message: text,
  location: text,
  city: text,
  state: text,
  country_iso3: text,
  tag: text,
  subtag: text,
  subtag_message: text,
  coordinates: z.array(z.number().nullable()).nullish(),
  coordinate: z.object({ latitude: z.number().nullish(), longitude: z.number().nullish() }).nullish(),
});
type AfterShipCheckpoint = z.output<typeof checkpointSchema>;

const webhookSchema = z.object({
  event: z.string().min(1),
  event_id: z.string().optional(),
  ts: z.number().optional(),
  msg: z.object({
    id: z.string().optional(),
    tracking_number: z.string().trim().min(1, "tracking number is empty"),
    slug: z.string().trim().min(1, "slug is empty"),
    tag: z.string().min(1),
    subtag: text,
    subtag_message: text,
    checkpoints: z.array(checkpointSchema).nullish(),
  }),
});

export function signAfterShipBody(body: Uint8Array | string, secret: string): string {
  return createHmac("sha256", secret).update(body).digest("base64");
}

/** Newer payloads send {latitude, longitude}; older ones [lat, lng]. Out-of-range pairs are dropped. */
function coordinatesOf(checkpoint: AfterShipCheckpoint): { lng: number; lat: number } | undefined {
  const lat = checkpoint.coordinate?.latitude ?? checkpoint.coordinates?.[0];
  const lng = checkpoint.coordinate?.longitude ?? checkpoint.coordinates?.[1];
  if (typeof lat !== "number" || typeof lng !== "number") return undefined;
  if (Math.abs(lat) > 90 || Math.abs(lng) > 180) return undefined;
  return { lng, lat };
}

function toCheckpoint(checkpoint: AfterShipCheckpoint, mapping: StatusMapping, path: string, defaultZone: string): ParsedCheckpoint {
  const time = checkpoint.checkpoint_time || checkpoint.created_at;
  if (!time) throw new PushMalformedError(`${path}.checkpoint_time: required (no created_at either)`);
  let occurredAt: Date;
  try {
    occurredAt = parseCarrierLocalTime(time, { timeZone: timeZoneForCountry(checkpoint.country_iso3, defaultZone) }).occurredAt;
  } catch (error) {
    if (error instanceof CarrierTimeParseError) throw new PushMalformedError(`${path}.checkpoint_time: ${error.message}`);
    throw error;
  }
  const result: ParsedCheckpoint = {
    occurredAt,
    localTime: time,
    status: mapping.status,
    description: checkpoint.message || checkpoint.subtag_message || "",
  };
  const location = checkpoint.location || [checkpoint.city, checkpoint.state, checkpoint.country_iso3].filter(Boolean).join(", ");
  if (location) result.location = location;
  const coordinates = coordinatesOf(checkpoint);
  if (coordinates) Object.assign(result, coordinates);
  if (mapping.rawCode !== undefined) result.rawCode = mapping.rawCode;
  if (mapping.subStatus !== undefined) result.subStatus = mapping.subStatus;
  return result;
}

export function parseAfterShipWebhook(
  request: PushRequest,
  secrets: AfterShipWebhookSecrets,
  options: { defaultTimeZone?: string } = {},
): AfterShipWebhookResult {
  if (!secrets.secret) throw new CarrierNotConfiguredError("aftership", ["AFTERSHIP_WEBHOOK_SECRET"]);
  requireMediaType(request.headers, "application/json");
  const received = readHeader(request.headers, AFTERSHIP_SIGNATURE_HEADER)?.trim();
  if (!received) throw new PushSignatureError(`${AFTERSHIP_SIGNATURE_HEADER} header is missing`);
  const accepted = [secrets.secret, secrets.previousSecret].filter((s): s is string => !!s);
  // Every secret is checked (no early exit) so timing does not reveal which one matched.
  const verified = accepted.map((secret) => signaturesMatch(signAfterShipBody(request.body, secret), received)).includes(true);
  if (!verified) throw new PushSignatureError("aftership-hmac-sha256 does not match the body");

  const payload = parseWithSchema(webhookSchema, parseJsonText(decodeUtf8Body(request.body), "body"));
  const defaultZone = options.defaultTimeZone ?? DEFAULT_CARRIER_TIME_ZONE;
  const unknownStatusCodes: string[] = [];
  const note = (mapping: StatusMapping) => {
    if (mapping.unknown && mapping.rawCode !== undefined) unknownStatusCodes.push(mapping.rawCode);
    return mapping;
  };
  const parcel = note(normalizeAfterShip(payload.msg.tag, payload.msg.subtag));
  const checkpoints = (payload.msg.checkpoints ?? []).map((checkpoint, index) => {
    const mapping: StatusMapping =
      checkpoint.tag || checkpoint.subtag
        ? note(normalizeAfterShip(checkpoint.tag, checkpoint.subtag))
        : { status: "in_transit", unknown: false };
    return toCheckpoint(checkpoint, mapping, `msg.checkpoints[${index}]`, defaultZone);
  });

  const update: ParsedShipmentUpdate = {
    carrier: carrierFromAfterShipSlug(payload.msg.slug),
    trackingNumber: payload.msg.tracking_number.trim(),
    status: parcel.status,
    rawStatus: parcel.rawCode,
    checkpoints,
  };
  if (parcel.subStatus !== undefined) update.subStatus = parcel.subStatus;
  if (payload.event_id !== undefined) update.eventId = payload.event_id;

  const result: AfterShipWebhookResult = { updates: [update], event: payload.event, unknownStatusCodes };
  if (payload.event_id !== undefined) result.eventId = payload.event_id;
  if (payload.ts !== undefined) result.ts = payload.ts;
  return result;
}
