// Chinese carriers send wall-clock times without an offset ("2026-11-20 14:05:33"); they mean Beijing time.
// This turns such text (or ISO 8601 with an offset) into a UTC instant, and keeps the text for display.
import { TZDate } from "@date-fns/tz";

export const DEFAULT_CARRIER_TIME_ZONE = "Asia/Shanghai";

export class CarrierTimeParseError extends Error {
  readonly input: string;
  constructor(input: string, why: string) {
    super(`cannot read carrier time ${JSON.stringify(input.length > 60 ? `${input.slice(0, 60)}…` : input)}: ${why}`);
    this.name = "CarrierTimeParseError";
    this.input = input;
  }
}

export interface CarrierTime {
  occurredAt: Date;
  /** The carrier's text exactly as sent. */
  localTime: string;
}

// Date, optional time (minutes or seconds, optional fraction), optional offset. "/" separators and a space
// before the offset occur in real carrier feeds.
const CARRIER_TIME =
  /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;

// Carriers fill missing times with placeholders such as 1970-01-01 or 0000-00-00; a scan outside this window
// is a data error, not a parcel event.
const PLAUSIBLE_YEARS = { min: 2000, max: 2099 };

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function assertKnownTimeZone(timeZone: string): void {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone });
  } catch {
    throw new RangeError(`unknown time zone ${JSON.stringify(timeZone)}`);
  }
}

/** Offset text ("Z", "+08", "+0800", "+08:00") → minutes east of UTC, or undefined when malformed. */
function offsetMinutes(offset: string): number | undefined {
  if (offset.toUpperCase() === "Z") return 0;
  const sign = offset[0] === "-" ? -1 : 1;
  const digits = offset.slice(1).replace(":", "");
  const hours = Number(digits.slice(0, 2));
  const minutes = digits.length > 2 ? Number(digits.slice(2)) : 0;
  if (digits.length !== 2 && digits.length !== 4) return undefined;
  if (hours > 14 || minutes > 59) return undefined;
  return sign * (hours * 60 + minutes);
}

/**
 * @param text carrier time: "yyyy-MM-dd HH:mm:ss" (zone-less, read in `timeZone`), date only, or ISO 8601
 *   with an offset (the offset wins over `timeZone`)
 * @throws CarrierTimeParseError for anything that is not a real calendar instant
 */
export function parseCarrierLocalTime(text: string, options: { timeZone?: string } = {}): CarrierTime {
  const timeZone = options.timeZone ?? DEFAULT_CARRIER_TIME_ZONE;
  assertKnownTimeZone(timeZone);
  if (typeof text !== "string") throw new CarrierTimeParseError(String(text), "not a string");
  const match = CARRIER_TIME.exec(text.trim());
  if (match === null) throw new CarrierTimeParseError(text, "expected yyyy-MM-dd HH:mm:ss or ISO 8601");
  const [, y, mo, d, h = "0", mi = "0", s = "0", fraction = "", offset] = match;
  const [year, month, day, hour, minute, second] = [y, mo, d, h, mi, s].map(Number);
  const millis = Number(fraction.slice(0, 3).padEnd(3, "0"));

  if (year < PLAUSIBLE_YEARS.min || year > PLAUSIBLE_YEARS.max) {
    throw new CarrierTimeParseError(text, `year ${year} is outside ${PLAUSIBLE_YEARS.min}–${PLAUSIBLE_YEARS.max}`);
  }
  if (month < 1 || month > 12) throw new CarrierTimeParseError(text, `month ${month} does not exist`);
  if (day < 1 || day > daysInMonth(year, month)) {
    throw new CarrierTimeParseError(text, `day ${day} does not exist in ${year}-${String(month).padStart(2, "0")}`);
  }
  if (hour > 23 || minute > 59 || second > 59) throw new CarrierTimeParseError(text, "time of day out of range");

  let epochMs: number;
  if (offset !== undefined) {
    const minutesEast = offsetMinutes(offset);
    if (minutesEast === undefined) throw new CarrierTimeParseError(text, `offset ${offset} is not valid`);
    epochMs = Date.UTC(year, month - 1, day, hour, minute, second, millis) - minutesEast * 60_000;
  } else {
    epochMs = new TZDate(year, month - 1, day, hour, minute, second, millis, timeZone).getTime();
  }
  if (!Number.isFinite(epochMs)) throw new CarrierTimeParseError(text, "not a representable instant");
  return { occurredAt: new Date(epochMs), localTime: text };
}
