// Structured logs: one JSON line per event. Callers pass identifiers, never secrets, full phone numbers or addresses.
type Level = "debug" | "info" | "warn" | "error";

export function log(level: Level, msg: string, fields: Record<string, unknown> = {}): void {
  if (level === "debug" && !process.env.SHIPLANE_DEBUG) return;
  // Tests exercise rejections on purpose; their logs would bury real failures.
  if (process.env.VITEST && level !== "error" && !process.env.SHIPLANE_DEBUG) return;
  const line = JSON.stringify({ t: new Date().toISOString(), level, msg, ...fields });
  if (level === "error" || level === "warn") console.error(line);
  else console.log(line);
}
