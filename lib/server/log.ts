// Structured logs: one JSON line per event. Callers pass identifiers, never secrets, full phone numbers or addresses.
type Level = "debug" | "info" | "warn" | "error";
const RANK: Record<Level, number> = { debug: 0, info: 1, warn: 2, error: 3 };

function threshold(): number {
  const configured = process.env.SHIPLANE_LOG_LEVEL as Level | undefined;
  if (configured && configured in RANK) return RANK[configured];
  // Tests exercise rejections on purpose; their logs would bury real failures.
  return process.env.VITEST ? RANK.error : RANK.info;
}

export function log(level: Level, msg: string, fields: Record<string, unknown> = {}): void {
  if (RANK[level] < threshold()) return;
  const line = JSON.stringify({ t: new Date().toISOString(), level, msg, ...fields });
  if (level === "error" || level === "warn") console.error(line);
  else console.log(line);
}
