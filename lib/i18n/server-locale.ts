import "server-only";
import { cookies, headers } from "next/headers";
import { LOCALES, translator, type Locale } from "./messages";
import { DEFAULT_TIME_ZONE, TIME_ZONE_COOKIE, validTimeZone } from "./time-zone";

export const LOCALE_COOKIE = "shiplane_locale";

/** Cookie choice first, then the browser's Accept-Language; Chinese by default. */
export async function serverLocale(): Promise<Locale> {
  const chosen = (await cookies()).get(LOCALE_COOKIE)?.value;
  if (chosen && (LOCALES as readonly string[]).includes(chosen)) return chosen as Locale;
  const accept = (await headers()).get("accept-language") ?? "";
  const first = accept.split(",")[0]?.trim().toLowerCase() ?? "";
  return first.startsWith("en") ? "en" : "zh-CN";
}

/** The viewer's IANA time zone, reported by their browser (TimeZoneSync); China Standard Time until it has. */
export async function viewerTimeZone(): Promise<string> {
  return validTimeZone((await cookies()).get(TIME_ZONE_COOKIE)?.value) ?? DEFAULT_TIME_ZONE;
}

export async function serverT() {
  const [locale, timeZone] = await Promise.all([serverLocale(), viewerTimeZone()]);
  return { locale, t: translator(locale), timeZone };
}
