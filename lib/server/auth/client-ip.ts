/** The caller's address as the reverse proxy reports it (first hop of X-Forwarded-For). */
export function clientIp(h: Headers): string | undefined {
  return h.get("x-forwarded-for")?.split(",")[0]?.trim() || h.get("x-real-ip") || undefined;
}
