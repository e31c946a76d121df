// Wall-clock helpers in China Standard Time (UTC+8, no DST): warehouses, pickups and deliveries follow
// local working hours, while all instants stay plain epoch milliseconds.

export const MINUTE = 60_000;
export const HOUR = 3_600_000;
export const DAY = 86_400_000;
const CST_OFFSET = 8 * HOUR;

/** Hours since local midnight, fractional (13.5 = 13:30). */
export const cstHourOf = (ms: number): number => (((ms + CST_OFFSET) % DAY) + DAY) % DAY / HOUR;

/** Epoch ms of local midnight of the day containing `ms`. */
export const cstMidnightOf = (ms: number): number => ms - ((((ms + CST_OFFSET) % DAY) + DAY) % DAY);

/** The next instant at or after `ms` whose local time is `hour` (fractional), today or tomorrow. */
export function nextCstTime(ms: number, hour: number): number {
  const candidate = cstMidnightOf(ms) + hour * HOUR;
  return candidate >= ms ? candidate : candidate + DAY;
}

/** `ms` if it falls within local [openHour, closeHour), else the next opening time. */
export function withinCstHours(ms: number, openHour: number, closeHour: number): number {
  const hour = cstHourOf(ms);
  return hour >= openHour && hour < closeHour ? ms : nextCstTime(ms, openHour);
}

const pad2 = (n: number) => (n < 10 ? "0" + n : String(n));

const datePrefixByDay = new Map<number, string>();

/** "2024-11-20 14:03:22" in Asia/Shanghai, as carriers print it. Called per checkpoint, so the date part is memoised. */
export function formatCstLocalTime(ms: number): string {
  const local = ms + CST_OFFSET;
  const day = Math.floor(local / DAY);
  let prefix = datePrefixByDay.get(day);
  if (prefix === undefined) {
    const d = new Date(day * DAY);
    prefix = `${d.getUTCFullYear()}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())} `;
    datePrefixByDay.set(day, prefix);
  }
  const seconds = Math.floor((local - day * DAY) / 1000);
  return prefix + pad2(Math.floor(seconds / 3600)) + ":" + pad2(Math.floor(seconds / 60) % 60) + ":" + pad2(seconds % 60);
}

/** "231120" (yyMMdd, local date) as used in Pinduoduo order numbers. */
export function formatCstYyMmDd(ms: number): string {
  const d = new Date(ms + CST_OFFSET);
  return pad2(d.getUTCFullYear() % 100) + pad2(d.getUTCMonth() + 1) + pad2(d.getUTCDate());
}
