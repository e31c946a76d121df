// Configuration from the environment, validated once. Bad configuration fails fast with one line naming the
// variable; nothing here is ever logged whole because it holds secrets.
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { z } from "zod";
import { kuaidi100WaybillAccountsEnvSchema } from "../schemas/kuaidi100-waybill-accounts";
import { warehousesEnvSchema } from "../schemas/warehouses";
import { kdniaoWaybillAccountsEnvSchema } from "../schemas/kdniao-waybill-accounts";

const optionalSecret = z.string().trim().min(8, "must be at least 8 characters").optional();

const envSchema = z.object({
  DATABASE_URL: z
    .string()
    .trim()
    .regex(/^postgres(ql)?:\/\//, "must be a postgresql:// connection URL")
    .optional()
    .or(z.literal("").transform(() => undefined)),
  PGLITE_DIR: z.string().trim().min(1).optional(),
  DATA_DIR: z.string().trim().min(1).optional(),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  AUTH_SECRET: z.string().trim().min(32, "must be at least 32 characters").optional(),
  SHIPLANE_ENCRYPTION_KEY: z.string().trim().min(32, "must be at least 32 characters").optional(),
  SEED_PASSWORD: z.string().min(8, "must be at least 8 characters").default("shiplane-demo"),
  SHIPLANE_API_KEY: z.string().trim().regex(/^[A-Za-z0-9_-]{24,128}$/, "must be 24–128 characters of A–Z a–z 0–9 _ -").optional(),
  KUAIDI100_SALT: optionalSecret,
  KUAIDI100_KEY: optionalSecret,
  KUAIDI100_CUSTOMER: z.string().trim().optional(),
  KUAIDI100_SECRET: optionalSecret,
  KUAIDI100_API_BASE_URL: z.string().url("must be an absolute URL").optional(),
  KUAIDI100_WAYBILL_ACCOUNTS: kuaidi100WaybillAccountsEnvSchema.optional(),
  SHIPLANE_WAREHOUSES: warehousesEnvSchema.optional(),
  KUAIDI100_POLL_BASE_URL: z.string().url("must be an absolute URL").optional(),
  SHIPLANE_POLL_INTERVAL_MINUTES: z.coerce.number().min(1).max(24 * 60).default(30),
  SHIPLANE_INGEST_MAX_BATCH: z.coerce.number().int().min(1).max(500).default(64),
  SHIPLANE_INGEST_WRITES_IN_FLIGHT: z.coerce.number().int().min(1).max(32).default(2),
  KDNIAO_EBUSINESS_ID: z.string().trim().regex(/^\d+$/, "must be digits").optional(),
  KDNIAO_APP_KEY: optionalSecret,
  KDNIAO_API_BASE_URL: z.string().url("must be an absolute URL").optional(),
  KDNIAO_WAYBILL_ACCOUNTS: kdniaoWaybillAccountsEnvSchema.optional(),
  AFTERSHIP_WEBHOOK_SECRET: optionalSecret,
  SHIPLANE_WEBHOOK_SECRET: optionalSecret,
  SHIPLANE_WEBHOOK_SECRET_PREVIOUS: optionalSecret,
  PUBLIC_BASE_URL: z.string().url("must be an absolute URL").optional(),
});

export type AppConfig = ReturnType<typeof loadConfig>;

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env) {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ConfigError(`Invalid configuration: ${String(issue.path[0])} ${issue.message}`);
  }
  const e = parsed.data;
  const dataDir = resolve(/*turbopackIgnore: true*/ process.cwd(), e.DATA_DIR ?? ".data");
  return {
    databaseUrl: e.DATABASE_URL,
    pgliteDir: resolve(/*turbopackIgnore: true*/ process.cwd(), e.PGLITE_DIR ?? join(dataDir, "pglite")),
    dataDir,
    port: e.PORT,
    authSecret: e.AUTH_SECRET,
    encryptionKey: e.SHIPLANE_ENCRYPTION_KEY,
    seedPassword: e.SEED_PASSWORD,
    seedApiKey: e.SHIPLANE_API_KEY,
    pollIntervalMinutes: (carrier: string) => {
      const own = Number(env[`SHIPLANE_POLL_INTERVAL_MINUTES_${carrier.toUpperCase()}`]);
      return Number.isFinite(own) && own >= 1 ? own : e.SHIPLANE_POLL_INTERVAL_MINUTES;
    },
    /** The merchant's sender warehouses; unset → the demo merchant's. */
    warehouses: e.SHIPLANE_WAREHOUSES,
    ingestion: { maxBatch: e.SHIPLANE_INGEST_MAX_BATCH, writesInFlight: e.SHIPLANE_INGEST_WRITES_IN_FLIGHT },
    publicBaseUrl: e.PUBLIC_BASE_URL ?? `http://localhost:${e.PORT}`,
    carriers: {
      kuaidi100: {
        salt: e.KUAIDI100_SALT,
        key: e.KUAIDI100_KEY,
        customer: e.KUAIDI100_CUSTOMER,
        secret: e.KUAIDI100_SECRET,
        pollBaseUrl: e.KUAIDI100_POLL_BASE_URL,
        apiBaseUrl: e.KUAIDI100_API_BASE_URL,
        waybillAccounts: e.KUAIDI100_WAYBILL_ACCOUNTS ?? {},
      },
      kdniao: { eBusinessId: e.KDNIAO_EBUSINESS_ID, appKey: e.KDNIAO_APP_KEY, baseUrl: e.KDNIAO_API_BASE_URL, waybillAccounts: e.KDNIAO_WAYBILL_ACCOUNTS ?? {} },
      aftership: { webhookSecret: e.AFTERSHIP_WEBHOOK_SECRET },
      shiplane: { webhookSecrets: [e.SHIPLANE_WEBHOOK_SECRET, e.SHIPLANE_WEBHOOK_SECRET_PREVIOUS].filter((s): s is string => !!s) },
    },
  };
}

let cached: AppConfig | undefined;
export function config(): AppConfig {
  cached ??= loadConfig();
  return cached;
}

/** A secret generated once into the data folder (readable only by its owner) and read back on every start. */
function secretInDataDir(name: string): string {
  const dir = config().dataDir;
  const file = join(dir, name);
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(dir, { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

/** AUTH_SECRET, or one generated once into the data folder so sessions survive restarts. */
export function authSecret(): string {
  return config().authSecret ?? secretInDataDir("auth-secret");
}

/**
 * SHIPLANE_ENCRYPTION_KEY, which seals secrets stored in the database (outgoing webhook signing secrets), or one
 * generated once into the data folder. Several instances must share it, as they share AUTH_SECRET.
 */
export function encryptionKey(): string {
  return config().encryptionKey ?? secretInDataDir("encryption-key");
}

/**
 * Secrets for the Shiplane push format: SHIPLANE_WEBHOOK_SECRET (+ _PREVIOUS during rotation), or one generated
 * once into the data folder so the built-in sandbox carrier network can push through the real endpoint.
 */
export function shiplanePushSecrets(): { current: string; previous?: string } {
  const [current, previous] = config().carriers.shiplane.webhookSecrets;
  if (current) return { current, previous };
  return { current: secretInDataDir("shiplane-push-secret") };
}
