// Times are stored in UTC and shown in the viewer's zone. The browser reports its zone in a cookie so that
// server-rendered pages can format times the way the viewer reads them.
export const TIME_ZONE_COOKIE = "shiplane_tz";
/** Where most viewers and every Chinese carrier are, and what a first visit is shown in. */
export const DEFAULT_TIME_ZONE = "Asia/Shanghai";

/** The zone if the runtime knows it (an IANA name such as Europe/Berlin), otherwise undefined. */
export function validTimeZone(zone: string | undefined): string | undefined {
  if (!zone || zone.length > 64) return undefined;
  try {
    return new Intl.DateTimeFormat("en", { timeZone: zone }).resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
}

/** "GMT+8"-style short name of the zone at that moment, for a caption next to times. */
export function timeZoneLabel(zone: string, locale: string, at: Date = new Date()): string {
  const part = new Intl.DateTimeFormat(locale, { timeZone: zone, timeZoneName: "shortOffset" }).formatToParts(at).find((p) => p.type === "timeZoneName");
  return `${zone.replace(/_/g, " ")} (${part?.value ?? zone})`;
}
