"use server";
import { cookies } from "next/headers";
import { LOCALE_COOKIE } from "@/lib/i18n/server-locale";
import { LOCALES } from "@/lib/i18n/messages";

export async function switchLocale(formData: FormData): Promise<void> {
  const locale = String(formData.get("locale") ?? "");
  if (!(LOCALES as readonly string[]).includes(locale)) return;
  (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", maxAge: 365 * 86_400, sameSite: "lax" });
}
