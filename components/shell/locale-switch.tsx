import { Languages } from "lucide-react";
import { switchLocale } from "@/app/actions";
import { Button } from "@/components/ui/button";
import type { Locale } from "@/lib/i18n/messages";

export function LocaleSwitch({ locale, label }: { locale: Locale; label: string }) {
  return (
    <form action={switchLocale}>
      <input type="hidden" name="locale" value={locale === "en" ? "zh-CN" : "en"} />
      <Button type="submit" variant="ghost" size="sm" aria-label={label}>
        <Languages aria-hidden className="size-4" />
        {label}
      </Button>
    </form>
  );
}
