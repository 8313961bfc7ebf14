import "reflect-metadata";
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Client } from "pg";
import type { DataSource } from "typeorm";
import { createDataSource } from "../../src/app/data-source";
import { checkInvariants, type InvariantViolation } from "../../src/database/invariants";
import {
  checkStandings,
  type StandingCheckReport,
} from "../../src/modules/procurement/standing.check";
import { DEMO_PASSWORD } from "../../src/demo/demo-seed";
import { loginOver, post, type ErrorExtensions } from "../../test/support/graphql-client";

const ROOT = path.join(__dirname, "..", "..");

/** Where a reliability run keeps its data: a fresh database on DATABASE_URL's server, or a DATA_DIR. */
export interface RunTarget {
  /** The portal's environment for this target (DATABASE_URL or DATA_DIR). */
  env: NodeJS.ProcessEnv;
  /** A connection for checks; for the embedded database, only while a portal runs. */
  databaseUrl(): Promise<string>;
  dispose(): Promise<void>;
  describe: string;
}

async function adminQuery(url: string, sql: string) {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** DATABASE_URL set: a new database on that server (dropped afterwards). Else: embedded in a temp DATA_DIR. */
export async function prepareTarget(label: string): Promise<RunTarget> {
  const serverUrl = process.env.DATABASE_URL;
  if (serverUrl) {
    const name = `esg_${label}_${Date.now().toString(36)}_${randomBytes(2).toString("hex")}`;
    await adminQuery(serverUrl, `CREATE DATABASE "${name}"`);
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    return {
      env: { DATABASE_URL: url.toString() },
      databaseUrl: async () => url.toString(),
      describe: `database ${name} on ${url.host}`,
      dispose: () => adminQuery(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
    };
  }
  const dir = mkdtempSync(path.join(tmpdir(), `esg-${label}-`));
  return {
    env: { DATA_DIR: dir },
    describe: `embedded PostgreSQL in ${dir}`,
    databaseUrl: async () => embeddedUrl(dir),
    dispose: async () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** The running embedded cluster's URL, from its postmaster.pid and secrets.json. */
export async function embeddedUrl(dir: string): Promise<string> {
  const secrets = JSON.parse(readFileSync(path.join(dir, "secrets.json"), "utf8")) as {
    pgPassword: string;
  };
  const port = readFileSync(path.join(dir, "pg", "postmaster.pid"), "utf8")
    .split("\n")[3]
    .trim();
  return `postgres://postgres:${encodeURIComponent(secrets.pgPassword)}@127.0.0.1:${port}/portal`;
}

/** One GraphQL call of a reliability run, over the shared client; never throws for an error. */
export function gql(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
  headers: Record<string, string> = {},
) {
  // A client's view of an arbitrary response: any shape may come back.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  return post<any, ErrorExtensions>(url, query, variables, { token, headers });
}

export const DEMO_LOGINS = {
  ADMIN: "admin@demo.esg",
  PROCUREMENT: "buyer@demo.esg",
  AUDITOR: "auditor@demo.esg",
  SUPPLIER: "supplier@demo.esg",
} as const;
export type RoleName = keyof typeof DEMO_LOGINS;

/** Logs in as every demo role. */
export async function demoTokens(url: string): Promise<Record<RoleName, string>> {
  const entries = await Promise.all(
    Object.entries(DEMO_LOGINS).map(
      async ([role, email]) => [role, await loginOver(url, email, DEMO_PASSWORD)] as const,
    ),
  );
  return Object.fromEntries(entries) as Record<RoleName, string>;
}

export interface DataCheck {
  standings: StandingCheckReport;
  invariants: InvariantViolation[];
}

/** The recompute check and the SQL invariants on one database. */
export async function checkData(databaseUrl: string): Promise<DataCheck> {
  const dataSource: DataSource = createDataSource({ url: databaseUrl, poolSize: 2 });
  await dataSource.initialize();
  try {
    return {
      standings: await checkStandings(dataSource, new Date()),
      invariants: await checkInvariants(dataSource),
    };
  } finally {
    await dataSource.destroy();
  }
}

export function argNumber(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? Number(process.argv[index + 1]) : fallback;
}

export const rssMb = (pid: number): number | null => {
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1]);
    return Math.round(kb / 1024);
  } catch {
    return null;
  }
};

/**
 * Compiles the portal once (as `npm start` runs it, not through ts-node) into a temp folder, so
 * start times measure the server rather than the TypeScript compiler.
 */
export function buildPortal(): string {
  const outDir = mkdtempSync(path.join(tmpdir(), "esg-reliability-build-"));
  process.on("exit", () => rmSync(outDir, { recursive: true, force: true }));
  execFileSync(
    process.execPath,
    [require.resolve("typescript/bin/tsc"), "-p", "tsconfig.build.json", "--outDir", outDir],
    { cwd: ROOT, stdio: "inherit" },
  );
  return path.join(outDir, "src", "main.js");
}

export interface LaunchedPortal {
  child: ChildProcess;
  url: string;
  exited: Promise<number | null>;
  /** The last 64 kB of output. */
  output(): string;
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

/** Starts a compiled portal and resolves when it listens (its JSON log says so). */
export function launchPortal(
  mainJs: string,
  env: NodeJS.ProcessEnv,
  timeoutMs = 30_000,
): Promise<LaunchedPortal> {
  const child = spawn(process.execPath, [mainJs], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH,
      NODE_PATH: path.join(ROOT, "node_modules"),
      LOG_LEVEL: "info",
      PORT: "0",
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const append = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-65_536);
  };
  child.stdout!.on("data", append);
  child.stderr!.on("data", append);
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill("SIGKILL"); // never leave a half-started portal behind
      reject(new Error(`portal did not start:\n${output}`));
    }, timeoutMs);
    const check = (chunk: Buffer) => {
      const match = /"url":"(http:\/\/[^"]+)".*"msg":"portal listening"/.exec(chunk.toString());
      if (!match) return;
      clearTimeout(timer);
      child.stdout!.off("data", check);
      resolve({
        child,
        url: match[1],
        exited,
        output: () => output,
        stop: async (signal = "SIGTERM") => {
          if (child.exitCode === null) child.kill(signal);
          return exited;
        },
      });
    };
    child.stdout!.on("data", check);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`portal exited with ${code}:\n${output}`));
    });
  });
}
