// Shiplane's own push format (docs/shiplane-push-format.md): one JSON event or an array of them, signed
// with X-Shiplane-Signature. Partner carriers and our sandbox carrier network push in it.
import { z } from "zod";
import {
  CarrierNotConfiguredError,
  PushMalformedError,
  decodeUtf8Body,
  parseJsonText,
  parseWithSchema,
  readHeader,
  requireMediaType,
  type PushRequest,
} from "@/lib/carriers/push-errors";
import {
  SHIPLANE_SIGNATURE_HEADER,
  verifyShiplaneSignature,
  type ShiplaneSigningSecrets,
} from "@/lib/carriers/shiplane/push-signature";
import type { ParsedCheckpoint, ParsedShipmentUpdate } from "@/lib/carriers/types";
import { normalizeShiplaneStatus } from "@/lib/domain/tracking/normalize-shiplane-status";
import { CarrierTimeParseError, parseCarrierLocalTime } from "@/lib/domain/tracking/parse-carrier-local-time";

export const SHIPLANE_MAX_BATCH = 500;

// Unix seconds must land in 2000–2099; a 13-digit value is almost always milliseconds sent by mistake.
const UNIX_SECONDS = { min: 946_684_800, max: 4_102_444_799 };
const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/i;

const eventSchema = z
  .object({
    event_id: z.string().trim().min(1, "event_id is empty").max(200),
    tracking_number: z.string().trim().min(1).max(64).optional(),
    order_id: z.string().trim().min(1).max(64).optional(),
    carrier: z.string().trim().min(1).max(32).optional(),
    status_code: z.string().trim().min(1, "status_code is empty").max(64),
    timestamp: z.union([z.string(), z.number()]),
    location: z.string().max(500).optional(),
    description: z.string().max(2000).optional(),
    lng: z.number().min(-180).max(180).optional(),
    lat: z.number().min(-90).max(90).optional(),
  })
  .refine((event) => event.tracking_number !== undefined || event.order_id !== undefined, {
    message: "tracking_number or order_id is required",
    path: ["tracking_number"],
  })
  .refine((event) => (event.lng === undefined) === (event.lat === undefined), {
    message: "lng and lat must be sent together",
    path: ["lng"],
  });
type ShiplaneEvent = z.output<typeof eventSchema>;

const batchSchema = z
  .array(eventSchema)
  .min(1, "batch is empty")
  .max(SHIPLANE_MAX_BATCH, `batch has more than ${SHIPLANE_MAX_BATCH} events`);

export interface ShiplanePushResult {
  /** One update per event, in body order. */
  updates: ParsedShipmentUpdate[];
  eventIds: string[];
  /** Signed `t` of the request. */
  signedAt: Date;
  unknownStatusCodes: string[];
}

function readTimestamp(timestamp: string | number, path: string): Date {
  if (typeof timestamp === "number") {
    if (!Number.isFinite(timestamp) || timestamp < UNIX_SECONDS.min || timestamp > UNIX_SECONDS.max) {
      const hint = timestamp > UNIX_SECONDS.max * 100 ? " (looks like milliseconds; send seconds)" : "";
      throw new PushMalformedError(`${path}: ${timestamp} is not unix seconds in 2000–2099${hint}`);
    }
    return new Date(Math.round(timestamp * 1000));
  }
  if (!ISO_WITH_OFFSET.test(timestamp.trim())) {
    throw new PushMalformedError(`${path}: ${JSON.stringify(timestamp.slice(0, 40))} is not ISO 8601 with an offset`);
  }
  try {
    return parseCarrierLocalTime(timestamp).occurredAt;
  } catch (error) {
    if (error instanceof CarrierTimeParseError) throw new PushMalformedError(`${path}: ${error.message}`);
    throw error;
  }
}

function toUpdate(event: ShiplaneEvent, pathPrefix: string): { update: ParsedShipmentUpdate; unknownCode?: string } {
  const mapping = normalizeShiplaneStatus(event.status_code);
  const checkpoint: ParsedCheckpoint = {
    occurredAt: readTimestamp(event.timestamp, `${pathPrefix}timestamp`),
    localTime: String(event.timestamp),
    status: mapping.status,
    rawCode: event.status_code,
    description: event.description ?? event.status_code,
  };
  if (mapping.subStatus !== undefined) checkpoint.subStatus = mapping.subStatus;
  if (event.location) checkpoint.location = event.location;
  if (event.lng !== undefined && event.lat !== undefined) Object.assign(checkpoint, { lng: event.lng, lat: event.lat });

  const update: ParsedShipmentUpdate = {
    trackingNumber: event.tracking_number ?? "",
    eventId: event.event_id,
    status: mapping.status,
    rawStatus: event.status_code,
    checkpoints: [checkpoint],
  };
  if (mapping.subStatus !== undefined) update.subStatus = mapping.subStatus;
  if (event.carrier !== undefined) update.carrier = event.carrier.toLowerCase();
  if (event.order_id !== undefined) update.orderId = event.order_id;
  return mapping.unknown ? { update, unknownCode: event.status_code } : { update };
}

export function parseShiplanePush(
  request: PushRequest,
  secrets: ShiplaneSigningSecrets,
  options: { now: Date; toleranceSeconds?: number },
): ShiplanePushResult {
  if (!secrets.current) throw new CarrierNotConfiguredError("shiplane", ["SHIPLANE_PUSH_SECRET"]);
  requireMediaType(request.headers, "application/json");
  const signedAt = verifyShiplaneSignature({
    header: readHeader(request.headers, SHIPLANE_SIGNATURE_HEADER),
    body: request.body,
    secrets,
    now: options.now,
    toleranceSeconds: options.toleranceSeconds,
  });

  const json = parseJsonText(decodeUtf8Body(request.body), "body");
  // Branching on the shape first (instead of a zod union) keeps error reasons pointed at the bad field.
  const isBatch = Array.isArray(json);
  const events = isBatch ? parseWithSchema(batchSchema, json) : [parseWithSchema(eventSchema, json)];
  const result: ShiplanePushResult = { updates: [], eventIds: [], signedAt, unknownStatusCodes: [] };
  events.forEach((event, index) => {
    const { update, unknownCode } = toUpdate(event, isBatch ? `[${index}].` : "");
    result.updates.push(update);
    result.eventIds.push(event.event_id);
    if (unknownCode !== undefined) result.unknownStatusCodes.push(unknownCode);
  });
  return result;
}
