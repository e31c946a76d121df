import type { Metadata, Viewport } from "next";
import "./globals.css";
import { serverLocale, viewerTimeZone } from "@/lib/i18n/server-locale";
import { TimeZoneSync } from "@/components/shell/time-zone-sync";
import { QueryProvider } from "@/components/shell/query-provider";

export const metadata: Metadata = {
  title: { default: "Shiplane", template: "%s · Shiplane" },
  description: "E-commerce shipment tracking and fulfilment",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const [locale, timeZone] = await Promise.all([serverLocale(), viewerTimeZone()]);
  return (
    <html lang={locale}>
      <body className="min-h-dvh bg-background text-foreground antialiased">
        <TimeZoneSync current={timeZone} />
        <QueryProvider>{children}</QueryProvider>
      </body>
    </html>
  );
}
