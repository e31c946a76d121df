import "server-only";
import { cookies, headers } from "next/headers";
import { LOCALES, translator, type Locale } from "./messages";

export const LOCALE_COOKIE = "shiplane_locale";

/** Cookie choice first, then the browser's Accept-Language; Chinese by default. */
export async function serverLocale(): Promise<Locale> {
  const chosen = (await cookies()).get(LOCALE_COOKIE)?.value;
  if (chosen && (LOCALES as readonly string[]).includes(chosen)) return chosen as Locale;
  const accept = (await headers()).get("accept-language") ?? "";
  const first = accept.split(",")[0]?.trim().toLowerCase() ?? "";
  return first.startsWith("en") ? "en" : "zh-CN";
}

export async function serverT() {
  const locale = await serverLocale();
  return { locale, t: translator(locale) };
}
