// The Kdniao tracking object: one element of `Data` in a 101/102 push and the body of a 1002 query answer.
import { z } from "zod";
import { carrierFromKdniaoShipper } from "@/lib/carriers/kdniao/shipper-codes";
import { PushMalformedError } from "@/lib/carriers/push-errors";
import type { ParsedCheckpoint, ParsedShipmentUpdate } from "@/lib/carriers/types";
import { normalizeKdniao } from "@/lib/domain/tracking/normalize-kdniao-status";
import {
  CarrierTimeParseError,
  parseCarrierLocalTime,
} from "@/lib/domain/tracking/parse-carrier-local-time";
import type { StatusMapping } from "@/lib/domain/tracking/status-mapping";

const codeText = z.union([z.string(), z.number()]).transform(String);
// Kdniao's .NET and Java stacks disagree on whether booleans are JSON booleans or "true"/"false".
const looseBoolean = z.union([z.boolean(), z.enum(["true", "false", "True", "False"])]).transform(
  (value) => value === true || value === "true" || value === "True",
);

export const kdniaoTraceSchema = z.object({
  AcceptTime: z.string(),
  AcceptStation: z.string(),
  Location: z.string().nullish(),
  Action: codeText.nullish(),
  Remark: z.string().nullish(),
});

export const kdniaoTrackSchema = z.object({
  EBusinessID: codeText.optional(),
  ShipperCode: z.string().trim().min(1, "ShipperCode is empty"),
  LogisticCode: z.string().trim().min(1, "LogisticCode is empty"),
  Success: looseBoolean,
  Reason: z.string().nullish(),
  State: codeText.nullish(),
  StateEx: codeText.nullish(),
  Location: z.string().nullish(),
  EstimatedDeliveryTime: z.string().nullish(),
  Traces: z.array(kdniaoTraceSchema).nullish(),
});

export type KdniaoTrack = z.output<typeof kdniaoTrackSchema>;
type KdniaoTrace = z.output<typeof kdniaoTraceSchema>;

export interface KdniaoTranslation {
  update: ParsedShipmentUpdate;
  unknownStatusCodes: string[];
}

function readTime(text: string, path: string): Date {
  try {
    return parseCarrierLocalTime(text).occurredAt;
  } catch (error) {
    if (error instanceof CarrierTimeParseError) throw new PushMalformedError(`${path}: ${error.message}`);
    throw error;
  }
}

function toCheckpoint(trace: KdniaoTrace, mapping: StatusMapping, path: string): ParsedCheckpoint {
  const checkpoint: ParsedCheckpoint = {
    occurredAt: readTime(trace.AcceptTime, `${path}.AcceptTime`),
    localTime: trace.AcceptTime,
    status: mapping.status,
    description: trace.AcceptStation,
  };
  if (trace.Location) checkpoint.location = trace.Location;
  if (mapping.rawCode !== undefined) checkpoint.rawCode = mapping.rawCode;
  if (mapping.subStatus !== undefined) checkpoint.subStatus = mapping.subStatus;
  return checkpoint;
}

export function translateKdniaoTrack(track: KdniaoTrack, path: string): KdniaoTranslation {
  const unknownStatusCodes: string[] = [];
  const note = (mapping: StatusMapping) => {
    if (mapping.unknown && mapping.rawCode !== undefined) unknownStatusCodes.push(mapping.rawCode);
    return mapping;
  };
  const hasParcelState = (track.State ?? track.StateEx ?? undefined) !== undefined;
  const parcel = hasParcelState ? note(normalizeKdniao(track.State, track.StateEx)) : undefined;
  const traces = track.Traces ?? [];
  // Kdniao lists traces oldest first. A trace without Action is an ordinary scan, except the newest,
  // which the parcel-level State describes.
  const checkpoints = traces.map((trace, index) => {
    const actionGiven = (trace.Action ?? undefined) !== undefined && trace.Action !== "";
    const mapping = actionGiven
      ? // The parcel's State describes now, not this trace, so it is no fallback for an unknown Action.
        note(normalizeKdniao(undefined, trace.Action))
      : index === traces.length - 1 && parcel !== undefined
        ? parcel
        : ({ status: "in_transit", unknown: false } satisfies StatusMapping);
    return toCheckpoint(trace, mapping, `${path}.Traces[${index}]`);
  });

  const update: ParsedShipmentUpdate = {
    carrier: carrierFromKdniaoShipper(track.ShipperCode),
    trackingNumber: track.LogisticCode.trim(),
    checkpoints,
  };
  if (parcel !== undefined) {
    update.status = parcel.status;
    if (parcel.subStatus !== undefined) update.subStatus = parcel.subStatus;
    if (parcel.rawCode !== undefined) update.rawStatus = parcel.rawCode;
  }
  if (track.EstimatedDeliveryTime) {
    // An estimate is advisory: a format we cannot read is dropped rather than failing the whole push.
    try {
      update.estimatedDeliveryAt = parseCarrierLocalTime(track.EstimatedDeliveryTime).occurredAt;
    } catch (error) {
      if (!(error instanceof CarrierTimeParseError)) throw error;
    }
  }
  return { update, unknownStatusCodes };
}
