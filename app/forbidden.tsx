import Link from "next/link";
import { ShieldX } from "lucide-react";
import { buttonVariants } from "@/components/ui/button";
import { serverT } from "@/lib/i18n/server-locale";

export default async function Forbidden() {
  const { t } = await serverT();
  return (
    <div className="flex min-h-dvh flex-col items-center justify-center gap-4 px-4 text-center">
      <ShieldX aria-hidden className="size-12 text-destructive" />
      <h1 className="text-2xl font-semibold">{t("forbidden.title")}</h1>
      <p className="max-w-md text-muted-foreground">{t("forbidden.body")}</p>
      <Link href="/" className={buttonVariants()}>
        {t("forbidden.home")}
      </Link>
    </div>
  );
}
