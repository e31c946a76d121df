import Link from "next/link";
import { buttonVariants } from "@/components/ui/button";
import { serverT } from "@/lib/i18n/server-locale";

export default async function NotFound() {
  const { t } = await serverT();
  return (
    <div className="flex min-h-dvh flex-col items-center justify-center gap-4 px-4 text-center">
      <h1 className="text-2xl font-semibold">{t("notFound.title")}</h1>
      <Link href="/" className={buttonVariants({ variant: "outline" })}>
        {t("forbidden.home")}
      </Link>
    </div>
  );
}
