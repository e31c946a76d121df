// The message catalogue: every user-facing string in zh-CN and en. `en` is typed against `zhCN`, so a key
// missing in either language is a compile error.
import { zhCN } from "./messages-zh-cn";
import { en } from "./messages-en";

export type MessageKey = keyof typeof zhCN;

export const LOCALES = ["zh-CN", "en"] as const;
export type Locale = (typeof LOCALES)[number];
export const messages: Record<Locale, Record<MessageKey, string>> = { "zh-CN": zhCN, en };

/** Translates a key built at run time (e.g. a carrier's sub-status), falling back to the raw value. */
export function translateDynamic(t: (key: MessageKey) => string, key: string, fallback: string): string {
  return key in zhCN ? t(key as MessageKey) : fallback;
}

export function translator(locale: Locale) {
  const table = messages[locale];
  return (key: MessageKey) => table[key];
}
