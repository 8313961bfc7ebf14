import { plainToInstance, Transform } from "class-transformer";
import {
  isEmail,
  IsBoolean,
  IsEmail,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  Matches,
  Max,
  Min,
  MinLength,
  ValidateIf,
  validateSync,
  ValidationError,
} from "class-validator";
import { passwordProblems } from "../modules/identity/password-policy";
import {
  DEFAULT_PROTECTED_AREA_BUFFER_KM,
  MAX_PROTECTED_AREA_BUFFER_KM,
} from "../shared/domain/protected-area-buffer";

const toInt = ({ value }: { value: unknown }) =>
  value === undefined || value === "" ? undefined : Number(value);
const toBool = ({ value }: { value: unknown }) => {
  if (value === undefined || value === "") return undefined;
  if (typeof value === "boolean") return value;
  const text = String(value).toLowerCase();
  if (["true", "1", "yes"].includes(text)) return true;
  if (["false", "0", "no"].includes(text)) return false;
  return value;
};
/** `false`, `true`, a hop count, or a list of IPs / CIDR subnets / express's named ranges. */
const TRUST_PROXY =
  /^(false|true|\d{1,2}|((loopback|linklocal|uniquelocal|[0-9a-fA-F:.]+(\/\d{1,3})?)(\s*,\s*|$))+)$/;

function trustProxySetting(value: string): boolean | number | string {
  if (value === "true" || value === "false") return value === "true";
  return /^\d+$/.test(value) ? Number(value) : value;
}

const emptyToUndefined = ({ value }: { value: unknown }) => (value === "" ? undefined : value);

/** `address@example.com` or `Name <address@example.com>`: the address part, else null. */
export function mailAddressOf(value: string): string | null {
  const match = /^\s*(?:[^<>]*<\s*([^<>\s]+)\s*>|([^<>\s]+))\s*$/.exec(value);
  const address = match ? (match[1] ?? match[2]) : null;
  return address && isEmail(address, { require_tld: false }) ? address : null;
}

/** Largest GraphQL response by default: 10 MB, far above a full page of any client query. */
export const DEFAULT_MAX_RESPONSE_BYTES = 10 * 1024 * 1024;

/**
 * Every environment variable the portal reads, validated once at start-up.
 * Nothing else in the code reads `process.env`.
 */
export class EnvironmentVariables {
  @IsIn(["development", "production", "test"])
  NODE_ENV = "development";

  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(65535)
  PORT = 4000;

  @IsString()
  HOST = "127.0.0.1";

  /** Unset: the portal runs its own embedded PostgreSQL in DATA_DIR. */
  @Transform(emptyToUndefined)
  @IsOptional()
  @Matches(/^postgres(ql)?:\/\/.+/, {
    message: "DATABASE_URL must be a postgres:// URL",
  })
  DATABASE_URL?: string;

  @IsString()
  @MinLength(1)
  DATA_DIR = "./data";

  @Transform(toBool)
  @IsBoolean({ message: "MIGRATIONS_RUN must be true or false" })
  MIGRATIONS_RUN = true;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(200)
  DB_POOL_SIZE = 10;

  /** Off behind a pooler that cannot keep named statements (PgBouncer in transaction mode < 1.21). */
  @Transform(toBool)
  @IsBoolean({ message: "DB_PREPARED_STATEMENTS must be true or false" })
  DB_PREPARED_STATEMENTS = true;

  /** Required in production; elsewhere a secret is generated (and kept in DATA_DIR when embedded). */
  @Transform(emptyToUndefined)
  @ValidateIf(
    (env: EnvironmentVariables) => env.NODE_ENV === "production" || env.JWT_SECRET !== undefined,
  )
  @IsString({ message: "JWT_SECRET is required in production" })
  @MinLength(32, { message: "JWT_SECRET must be at least 32 characters" })
  JWT_SECRET?: string;

  @Matches(/^\d+[smhd]$/, {
    message: "JWT_EXPIRES_IN must look like 30m, 8h or 1d",
  })
  JWT_EXPIRES_IN = "8h";

  @IsIn(["fatal", "error", "warn", "info", "debug", "trace", "silent"])
  LOG_LEVEL = "info";

  @Transform(emptyToUndefined)
  @IsOptional()
  @IsEmail({}, { message: "ADMIN_EMAIL must be an e-mail address" })
  ADMIN_EMAIL?: string;

  @Transform(emptyToUndefined)
  @ValidateIf((env: EnvironmentVariables) => env.ADMIN_EMAIL !== undefined)
  @IsString({ message: "ADMIN_PASSWORD is required when ADMIN_EMAIL is set" })
  @MinLength(10, { message: "ADMIN_PASSWORD must be at least 10 characters" })
  ADMIN_PASSWORD?: string;

  /** Defaults to true with the embedded database outside production, false otherwise. */
  @Transform(toBool)
  @IsOptional()
  @IsBoolean({ message: "SEED_DEMO must be true or false" })
  SEED_DEMO?: boolean;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  LOGIN_MAX_FAILURES = 5;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  LOGIN_WINDOW_MINUTES = 15;

  /** Failed log-ins from one client address (any e-mail) in the window before throttling. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  LOGIN_MAX_FAILURES_PER_ADDRESS = 20;

  /**
   * Express's `trust proxy`: which hops may set X-Forwarded-For, so `req.ip` is the client.
   * `false` (default: the socket's peer), `true`, a hop count, or addresses/subnets.
   */
  @Matches(TRUST_PROXY, {
    message:
      "TRUST_PROXY must be false, true, a hop count, or a comma-separated list of addresses, subnets or loopback/linklocal/uniquelocal",
  })
  TRUST_PROXY = "false";

  @Matches(/^\d+(kb|mb)$/i, {
    message: "BODY_LIMIT must look like 100kb or 1mb",
  })
  BODY_LIMIT = "1mb";

  @Transform(toInt)
  @IsInt()
  @Min(0)
  SHUTDOWN_TIMEOUT_MS = 10_000;

  /** How often standings changed by time alone (due dates, expiries) are refreshed; 0: never. */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  STANDING_REFRESH_SECONDS = 60;

  /** Executes GraphQL operations with graphql-jit (compiled per query, same results). */
  @Transform(toBool)
  @IsBoolean({ message: "GRAPHQL_JIT must be true or false (or 1 or 0)" })
  GRAPHQL_JIT = false;

  /** Largest GraphQL response sent; a bigger one is refused with PAYLOAD_TOO_LARGE. */
  @Transform(toInt)
  @IsInt()
  @Min(1024)
  MAX_RESPONSE_BYTES = DEFAULT_MAX_RESPONSE_BYTES;

  /** Largest uploaded document; a bigger upload is refused with 413 while it streams in. */
  @Transform(toInt)
  @IsInt()
  @Min(1024)
  DOCUMENT_MAX_BYTES = 25 * 1024 * 1024;

  /** Uploads one user may make per rolling hour (429 after that). */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  DOCUMENT_UPLOADS_PER_HOUR = 100;

  /** Uploads one instance streams at once; each holds a database connection (503 beyond). */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  DOCUMENT_MAX_CONCURRENT_UPLOADS = 4;

  /** Hours an upload may stay linked to no record before the sweep deletes it. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  DOCUMENT_UNATTACHED_HOURS = 24;

  /** How often unattached uploads past their window are swept; 0: never. */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  DOCUMENT_SWEEP_SECONDS = 600;

  /** The SMTP server e-mail notifications go through; unset: in-app notifications only. */
  @Transform(emptyToUndefined)
  @IsOptional()
  @Matches(/^smtps?:\/\/[^/\s]+(:\d+)?\/?$/, {
    message: "SMTP_URL must be an smtp:// or smtps:// URL such as smtp://mail.example.com:587",
  })
  SMTP_URL?: string;

  /** The From of every e-mail; required with SMTP_URL. */
  @Transform(emptyToUndefined)
  @ValidateIf(
    (env: EnvironmentVariables) => env.SMTP_URL !== undefined || env.MAIL_FROM !== undefined,
  )
  @IsString({ message: "MAIL_FROM is required when SMTP_URL is set" })
  MAIL_FROM?: string;

  /** The portal's address as recipients open it; links in e-mails start with it. */
  @Transform(emptyToUndefined)
  @IsOptional()
  @Matches(/^https?:\/\/[^/\s?#]+(\/[^\s?#]*)?$/, {
    message: "PUBLIC_URL must be an http:// or https:// URL such as https://esg.example.com",
  })
  PUBLIC_URL?: string;

  /** How often the time-based notifications (reminders, overdue, expiries) are scanned; 0: never. */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  NOTIFY_SCAN_SECONDS = 300;

  /** How often due e-mails are sent; 0: never (with SMTP_URL set). */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  NOTIFY_SEND_SECONDS = 15;

  /** Sending attempts per e-mail before it is given up as FAILED. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(20)
  NOTIFY_MAX_ATTEMPTS = 6;

  /**
   * Lets webhooks point at private, loopback and other reserved addresses: off, so an admin's
   * webhook cannot reach into the network the portal runs in.
   */
  @Transform(toBool)
  @IsBoolean({ message: "WEBHOOK_ALLOW_PRIVATE must be true or false" })
  WEBHOOK_ALLOW_PRIVATE = false;

  /** How near (km) a site or map node may be to a protected area before it is flagged. */
  @Transform(toInt)
  @IsNumber({}, { message: "PROTECTED_AREA_BUFFER_KM must be a number of kilometres" })
  @Min(0)
  @Max(MAX_PROTECTED_AREA_BUFFER_KM)
  PROTECTED_AREA_BUFFER_KM = DEFAULT_PROTECTED_AREA_BUFFER_KM;
}

export interface AppConfig {
  env: "development" | "production" | "test";
  port: number;
  host: string;
  databaseUrl: string | undefined;
  dataDir: string;
  migrationsRun: boolean;
  dbPoolSize: number;
  dbPreparedStatements: boolean;
  jwtSecret: string | undefined;
  jwtExpiresIn: string;
  logLevel: string;
  adminEmail: string | undefined;
  adminPassword: string | undefined;
  seedDemo: boolean;
  loginMaxFailures: number;
  loginWindowMinutes: number;
  loginMaxFailuresPerAddress: number;
  /** Passed to express's `trust proxy` as it is. */
  trustProxy: boolean | number | string;
  bodyLimit: string;
  shutdownTimeoutMs: number;
  standingRefreshSeconds: number;
  maxResponseBytes: number;
  graphqlJit: boolean;
  documents: DocumentLimits;
  notifications: NotificationSettings;
  /** Webhooks are sent on NOTIFY_SEND_SECONDS, with NOTIFY_MAX_ATTEMPTS attempts. */
  webhooks: { allowPrivate: boolean };
  protectedAreas: { bufferKm: number };
}

export interface NotificationSettings {
  /** Unset: no e-mail, in-app notifications only. */
  smtpUrl: string | undefined;
  mailFrom: string | undefined;
  /** Without a trailing slash. */
  publicUrl: string;
  scanSeconds: number;
  sendSeconds: number;
  maxAttempts: number;
}

export interface DocumentLimits {
  maxBytes: number;
  uploadsPerHour: number;
  maxConcurrentUploads: number;
  unattachedHours: number;
  sweepSeconds: number;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "ConfigError";
  }
}

function describe(errors: ValidationError[]): string[] {
  return errors.flatMap((error) =>
    Object.values(error.constraints ?? {}).map((message) =>
      message.startsWith(error.property) ? message : `${error.property}: ${message}`,
    ),
  );
}

/** Validates the environment once; reports every bad variable together. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const known = Object.keys(new EnvironmentVariables());
  const raw: Record<string, unknown> = {};
  for (const key of [
    ...known,
    "DATABASE_URL",
    "JWT_SECRET",
    "ADMIN_EMAIL",
    "ADMIN_PASSWORD",
    "SEED_DEMO",
    "SMTP_URL",
    "MAIL_FROM",
    "PUBLIC_URL",
  ]) {
    if (env[key] !== undefined) raw[key] = env[key];
  }
  const parsed = plainToInstance(EnvironmentVariables, raw, {
    exposeDefaultValues: true,
  });
  const problems = describe(
    validateSync(parsed, {
      forbidUnknownValues: false,
      stopAtFirstError: true,
    }),
  );
  if (parsed.ADMIN_EMAIL && parsed.ADMIN_PASSWORD && !problems.some((p) => p.includes("ADMIN"))) {
    for (const problem of passwordProblems(parsed.ADMIN_PASSWORD, parsed.ADMIN_EMAIL)) {
      problems.push(`ADMIN_PASSWORD ${problem}`);
    }
  }
  if (parsed.MAIL_FROM !== undefined && mailAddressOf(parsed.MAIL_FROM) === null)
    problems.push("MAIL_FROM must be an e-mail address, or a name and <address>");
  if (problems.length > 0) throw new ConfigError(problems);

  return {
    env: parsed.NODE_ENV as AppConfig["env"],
    port: parsed.PORT,
    host: parsed.HOST,
    databaseUrl: parsed.DATABASE_URL,
    dataDir: parsed.DATA_DIR,
    migrationsRun: parsed.MIGRATIONS_RUN,
    dbPoolSize: parsed.DB_POOL_SIZE,
    dbPreparedStatements: parsed.DB_PREPARED_STATEMENTS,
    jwtSecret: parsed.JWT_SECRET,
    jwtExpiresIn: parsed.JWT_EXPIRES_IN,
    logLevel: parsed.LOG_LEVEL,
    adminEmail: parsed.ADMIN_EMAIL,
    adminPassword: parsed.ADMIN_PASSWORD,
    // Demo accounts have a published password: production gets them only when asked for.
    seedDemo:
      parsed.SEED_DEMO ?? (parsed.DATABASE_URL === undefined && parsed.NODE_ENV !== "production"),
    loginMaxFailures: parsed.LOGIN_MAX_FAILURES,
    loginWindowMinutes: parsed.LOGIN_WINDOW_MINUTES,
    loginMaxFailuresPerAddress: parsed.LOGIN_MAX_FAILURES_PER_ADDRESS,
    trustProxy: trustProxySetting(parsed.TRUST_PROXY.trim()),
    bodyLimit: parsed.BODY_LIMIT,
    shutdownTimeoutMs: parsed.SHUTDOWN_TIMEOUT_MS,
    standingRefreshSeconds: parsed.STANDING_REFRESH_SECONDS,
    maxResponseBytes: parsed.MAX_RESPONSE_BYTES,
    graphqlJit: parsed.GRAPHQL_JIT,
    documents: {
      maxBytes: parsed.DOCUMENT_MAX_BYTES,
      uploadsPerHour: parsed.DOCUMENT_UPLOADS_PER_HOUR,
      maxConcurrentUploads: parsed.DOCUMENT_MAX_CONCURRENT_UPLOADS,
      unattachedHours: parsed.DOCUMENT_UNATTACHED_HOURS,
      sweepSeconds: parsed.DOCUMENT_SWEEP_SECONDS,
    },
    notifications: {
      smtpUrl: parsed.SMTP_URL,
      mailFrom: parsed.MAIL_FROM,
      publicUrl: (parsed.PUBLIC_URL ?? `http://localhost:${parsed.PORT}`).replace(/\/+$/, ""),
      scanSeconds: parsed.NOTIFY_SCAN_SECONDS,
      sendSeconds: parsed.NOTIFY_SEND_SECONDS,
      maxAttempts: parsed.NOTIFY_MAX_ATTEMPTS,
    },
    webhooks: { allowPrivate: parsed.WEBHOOK_ALLOW_PRIVATE },
    protectedAreas: { bufferKm: parsed.PROTECTED_AREA_BUFFER_KM },
  };
}
