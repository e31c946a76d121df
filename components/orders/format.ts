// Display formatting shared by order views: money in fen, times in the viewer's zone.
export function formatFen(fen: number, locale: string): string {
  return new Intl.NumberFormat(locale, { style: "currency", currency: "CNY" }).format(fen / 100);
}

export function formatDateTime(iso: string | null | undefined, locale: string, timeZone: string): string {
  if (!iso) return "—";
  return new Intl.DateTimeFormat(locale, { timeZone, year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hour12: false }).format(new Date(iso));
}
