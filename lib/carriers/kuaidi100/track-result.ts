// The Kuaidi100 tracking result object: `lastResult` in subscription pushes and the whole body of a
// real-time query answer. One schema and one translation serve both.
import { z } from "zod";
import { carrierFromKuaidi100Com } from "@/lib/carriers/kuaidi100/carrier-codes";
import { PushMalformedError } from "@/lib/carriers/push-errors";
import type { ParsedCheckpoint, ParsedShipmentUpdate } from "@/lib/carriers/types";
import { normalizeKuaidi100 } from "@/lib/domain/tracking/normalize-kuaidi100-status";
import {
  CarrierTimeParseError,
  parseCarrierLocalTime,
} from "@/lib/domain/tracking/parse-carrier-local-time";
import type { StatusMapping } from "@/lib/domain/tracking/status-mapping";

// Kuaidi100 sends codes as strings but some SDKs re-serialize them as numbers.
const codeText = z.union([z.string(), z.number()]).transform(String);

export const kuaidi100TrackPointSchema = z
  .object({
    context: z.string(),
    time: z.string().optional(),
    ftime: z.string().optional(),
    status: codeText.optional(),
    statusCode: codeText.nullish(),
    areaCode: z.string().nullish(),
    areaName: z.string().nullish(),
    areaCenter: z.string().nullish(),
    location: z.string().nullish(),
  })
  .refine((point) => point.time !== undefined || point.ftime !== undefined, {
    message: "time or ftime is required",
    path: ["time"],
  });

export const kuaidi100TrackResultSchema = z.object({
  message: z.string().optional(),
  state: codeText,
  status: codeText.optional(),
  condition: z.string().optional(),
  ischeck: codeText.optional(),
  com: z.string(),
  nu: z.string().trim().min(1, "tracking number is empty"),
  data: z.array(kuaidi100TrackPointSchema),
});

export type Kuaidi100TrackResult = z.output<typeof kuaidi100TrackResultSchema>;
type Kuaidi100TrackPoint = z.output<typeof kuaidi100TrackPointSchema>;

/** areaCenter is "lng,lat"; anything else is ignored rather than failing a whole push over a map pin. */
export function parseAreaCenter(areaCenter: string | null | undefined): { lng: number; lat: number } | undefined {
  if (areaCenter === null || areaCenter === undefined) return undefined;
  const parts = areaCenter.split(",").map((part) => part.trim());
  if (parts.length !== 2 || parts.some((part) => part === "")) return undefined;
  const [lng, lat] = parts.map(Number);
  if (!Number.isFinite(lng) || !Number.isFinite(lat) || Math.abs(lng) > 180 || Math.abs(lat) > 90) return undefined;
  return { lng, lat };
}

function toCheckpoint(point: Kuaidi100TrackPoint, mapping: StatusMapping, path: string): ParsedCheckpoint {
  const timeText = point.ftime ?? point.time ?? "";
  let occurredAt: Date;
  try {
    occurredAt = parseCarrierLocalTime(timeText).occurredAt;
  } catch (error) {
    if (error instanceof CarrierTimeParseError) throw new PushMalformedError(`${path}.ftime: ${error.message}`);
    throw error;
  }
  const checkpoint: ParsedCheckpoint = {
    occurredAt,
    localTime: point.time ?? timeText,
    status: mapping.status,
    description: point.context,
  };
  const location = point.location || point.areaName;
  if (location) checkpoint.location = location;
  const coordinates = parseAreaCenter(point.areaCenter);
  if (coordinates) Object.assign(checkpoint, coordinates);
  if (mapping.rawCode !== undefined) checkpoint.rawCode = mapping.rawCode;
  if (mapping.subStatus !== undefined) checkpoint.subStatus = mapping.subStatus;
  return checkpoint;
}

export interface Kuaidi100Translation {
  update: ParsedShipmentUpdate;
  /** Raw codes that are not in our tables (counted by callers so new codes get noticed). */
  unknownStatusCodes: string[];
}

/**
 * @param path prefix for error reasons ("lastResult" in pushes)
 * @param comOverride Kuaidi100's corrected company when it auto-detected a different one
 */
export function translateKuaidi100TrackResult(
  result: Kuaidi100TrackResult,
  path: string,
  comOverride?: string,
): Kuaidi100Translation {
  const unknownStatusCodes: string[] = [];
  const note = (mapping: StatusMapping) => {
    if (mapping.unknown && mapping.rawCode !== undefined) unknownStatusCodes.push(mapping.rawCode);
    return mapping;
  };
  const parcel = note(normalizeKuaidi100(result.state));
  // Kuaidi100 lists newest first; a point without any code gets the parcel state if it is the newest,
  // and plain in_transit otherwise (older points without codes are ordinary scans).
  const checkpoints = result.data.map((point, index) => {
    const hasCode = point.status !== undefined || (point.statusCode ?? undefined) !== undefined;
    const mapping = hasCode
      ? note(normalizeKuaidi100(point.status, point.statusCode))
      : index === 0
        ? parcel
        : ({ status: "in_transit", unknown: false } satisfies StatusMapping);
    return toCheckpoint(point, mapping, `${path}.data[${index}]`);
  });

  const update: ParsedShipmentUpdate = {
    carrier: carrierFromKuaidi100Com(comOverride ?? result.com),
    trackingNumber: result.nu.trim(),
    status: parcel.status,
    rawStatus: result.state,
    checkpoints,
  };
  if (parcel.subStatus !== undefined) update.subStatus = parcel.subStatus;
  return { update, unknownStatusCodes };
}
