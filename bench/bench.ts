/**
 * `npm run bench -- [--suppliers 10000] [--duration 10] [--connections 16] [--reuse]
 *   [--no-build] [--seed-workers 2] [--seed-only] [--writes-only] [--cpu-prof]
 *   [--database esg_bench] [--instances 1]`
 *
 * Seeds a separate benchmark database, starts the built portal in production mode, drives it
 * with autocannon and compares it with baselines. Prints a table, writes
 * bench/results/latest.json, and prints that JSON as its last line. See README "Benchmark".
 */
import "reflect-metadata";
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import { Client } from "pg";
import pino from "pino";
import { loadConfig } from "../src/config/config";
import { createDataSource } from "../src/app/data-source";
import { startEmbeddedPostgres, type EmbeddedDatabase } from "../src/database/embedded";
import { ALL_CATEGORIES_SCOPE } from "../src/modules/procurement/ranking-entry.entity";
import { PORTAL_NODE_FLAGS } from "../src/node-flags";
import { createServer } from "../src/server";
import { FLOOR_SQL } from "./floor-server";
import { settleReminders } from "./reminders";
import * as OPS from "./operations";
import { BENCH_PASSWORD, BENCH_SUPPLIER_USERS, seedBenchDatabase, type SeedSummary } from "./seed";
import { mergeLatest, runKey, type RunReport, type TargetCheck } from "./targets";
import { PURCHASES_PER_SUPPLIER, seedPurchases, type PurchaseSeedSummary } from "./seed-purchases";
import { cloneSuppliers } from "./seed-clone";

const ROOT = path.resolve(__dirname, "..");
const JWT_SECRET = "bench-secret-bench-secret-bench-secret-0123456789";
const PAGE_SIZE = 50;

interface Options {
  suppliers: number;
  duration: number;
  connections: number;
  reuse: boolean;
  build: boolean;
  seedWorkers: number;
  seedOnly: boolean;
  /** Only the write mix, with what the database's sessions waited on; nothing saved. */
  writesOnly: boolean;
  cpuProf: boolean;
  /** GRAPHQL_JIT=true for the portal: graphql-jit instead of graphql-js. */
  jit: boolean;
  /** Portal processes on the one database; the connections are split between them. */
  instances: number;
  /** Name of the bench database; only ever dropped and recreated by the benchmark. */
  database: string;
}

function parseOptions(argv: string[]): Options {
  const options: Options = {
    suppliers: 10_000,
    duration: 10,
    connections: 16,
    reuse: false,
    build: true,
    seedWorkers: 2,
    seedOnly: false,
    writesOnly: false,
    cpuProf: false,
    jit: false,
    instances: 1,
    database: "esg_bench",
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      const n = Number(argv[++i]);
      if (!Number.isFinite(n) || n <= 0) throw new Error(`${arg} needs a positive number`);
      return n;
    };
    if (arg === "--suppliers") options.suppliers = Math.floor(value());
    else if (arg === "--duration") options.duration = value();
    else if (arg === "--connections") options.connections = Math.floor(value());
    else if (arg === "--seed-workers") options.seedWorkers = Math.floor(value());
    else if (arg === "--instances") options.instances = Math.floor(value());
    else if (arg === "--reuse") options.reuse = true;
    else if (arg === "--no-build") options.build = false;
    else if (arg === "--seed-only") options.seedOnly = true;
    else if (arg === "--writes-only") options.writesOnly = true;
    else if (arg === "--cpu-prof") options.cpuProf = true;
    else if (arg === "--jit") options.jit = true;
    else if (arg === "--clone-base") cloneBase = Math.floor(value());
    else if (arg === "--database" && /^esg_bench\w*$/.test(argv[i + 1] ?? "")) {
      options.database = argv[++i];
    } else if (arg === "--database") throw new Error("--database must start with esg_bench");
    else throw new Error(`unknown option ${arg}`);
  }
  return options;
}

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

/** The bench database: `esg_bench` on DATABASE_URL's server, or an embedded cluster. */
async function openBenchServer(benchDb: string): Promise<{
  adminUrl: string;
  benchUrl: string;
  label: string;
  embedded: EmbeddedDatabase | null;
}> {
  const given = process.env.DATABASE_URL;
  if (given) {
    return {
      adminUrl: given,
      benchUrl: withDatabase(given, benchDb),
      label: `PostgreSQL server (${new URL(given).host}), database ${benchDb}`,
      embedded: null,
    };
  }
  const embedded = await startEmbeddedPostgres({
    dataDir: path.join(ROOT, "bench", ".data"),
    database: "postgres",
    logger: pino({ level: "warn" }),
  });
  return {
    adminUrl: embedded.url,
    benchUrl: withDatabase(embedded.url, benchDb),
    label: `embedded PostgreSQL (bench/.data), database ${benchDb}`,
    embedded,
  };
}

async function withClient<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** The marker that lets `--reuse` skip seeding a database seeded with the same size. */
const marker = (suppliers: number) =>
  `esg-bench suppliers=${suppliers} purchases=${purchaseRows(suppliers)} copies-of=${cloneBase}`;

/**
 * Suppliers seeded and recomputed by the application's code; a larger size is copies of them
 * (bench/seed-clone.ts), so 100 000 seed in minutes rather than a quarter of an hour.
 */
const CLONE_BASE = 10_000;
let cloneBase = CLONE_BASE;
/** Purchases go to the base suppliers only: 1 000 000 rows from 10 000 suppliers up. */
const purchaseRows = (suppliers: number) => Math.min(suppliers, cloneBase) * PURCHASES_PER_SUPPLIER;

/** The recycled-content figure is timed one request at a time: its own latency, not a queue's. */
const RECYCLED_CONNECTIONS = 1;
/** The issue's target for the portfolio query's p50. */
const RECYCLED_TARGET_P50_MS = 200;

async function prepareDatabase(
  adminUrl: string,
  benchUrl: string,
  options: Options,
): Promise<
  | (SeedSummary & { purchases: PurchaseSeedSummary; clone: { copies: number; seconds: number } })
  | null
> {
  const reusable = await withClient(adminUrl, async (client) => {
    const { rows } = await client.query(
      `SELECT shobj_description(oid, 'pg_database') AS note FROM pg_database WHERE datname = $1`,
      [options.database],
    );
    return rows[0]?.note === marker(options.suppliers);
  });
  if (options.reuse && reusable) {
    console.log(`Reusing the seeded ${options.database} database (${options.suppliers} suppliers)`);
    return null;
  }
  await withClient(adminUrl, async (client) => {
    await client.query(`DROP DATABASE IF EXISTS ${options.database} WITH (FORCE)`);
    await client.query(`CREATE DATABASE ${options.database}`);
  });
  const dataSource = createDataSource({
    url: benchUrl,
    poolSize: options.seedWorkers + 2,
    statementTimeoutMs: 600_000,
  });
  await dataSource.initialize();
  const started = Date.now();
  try {
    await dataSource.runMigrations({ transaction: "each" });
    const base = Math.min(options.suppliers, cloneBase);
    console.log(`Seeding ${base} suppliers`);
    const summary = await seedBenchDatabase(dataSource, base, {
      workers: options.seedWorkers,
    });
    console.log(`Seeding ${purchaseRows(base)} purchases and declarations`);
    const purchases = await seedPurchases(dataSource, {
      onProgress: (done, total) => {
        if (done % 2000 === 0 || done === total)
          console.log(`  purchases: ${done}/${total} suppliers`);
      },
    });
    let clone = { copies: 0, seconds: 0 };
    if (options.suppliers > base) {
      console.log(`Copying the ${base} suppliers up to ${options.suppliers}`);
      clone = await cloneSuppliers(dataSource, options.suppliers, {
        workers: options.seedWorkers,
        onProgress: (done) => console.log(`  copies: ${done}/${options.suppliers} suppliers`),
      });
    }
    await dataSource.query(
      `COMMENT ON DATABASE ${options.database} IS '${marker(options.suppliers)}'`,
    );
    const total = (Date.now() - started) / 1000;
    return {
      ...summary,
      suppliers: options.suppliers,
      seconds: { ...summary.seconds, purchases: purchases.seconds, clone: clone.seconds, total },
      purchases,
      clone,
    };
  } finally {
    await dataSource.destroy();
  }
}

interface Portal {
  child: ChildProcess;
  url: string;
}

async function startPortal(benchUrl: string, cpuProf: boolean, jit: boolean): Promise<Portal> {
  // --cpu-prof: a V8 CPU profile of the whole run, written when the portal stops.
  const profile = cpuProf
    ? ["--cpu-prof", `--cpu-prof-dir=${path.join(ROOT, "bench/results")}`]
    : [];
  const child = spawn(
    process.execPath,
    [...PORTAL_NODE_FLAGS, ...profile, path.join(ROOT, "dist/src/main.js")],
    {
      cwd: ROOT,
      env: {
        ...process.env,
        NODE_ENV: "production",
        JWT_SECRET,
        DATABASE_URL: benchUrl,
        MIGRATIONS_RUN: "true",
        SEED_DEMO: "false",
        LOG_LEVEL: "warn",
        PORT: "0",
        HOST: "127.0.0.1",
        GRAPHQL_JIT: jit ? "true" : "false",
      },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  return new Promise((resolve, reject) => {
    let output = "";
    const timer = setTimeout(() => reject(new Error(`portal did not start:\n${output}`)), 60_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      // The JSON log line at LOG_LEVEL=info, else the banner main.ts always prints.
      const match =
        /"msg":"portal listening".*?"url":"(http:\/\/[^"]+)"|"url":"(http:\/\/[^"]+)".*?"msg":"portal listening"/.exec(
          output,
        ) ?? /Supplier ESG audit portal: (http:\/\/[^\s/]+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        child.stdout!.off("data", onData);
        child.stdout!.resume();
        resolve({ child, url: match[1] ?? match[2] });
      }
    };
    child.stdout!.on("data", onData);
    child.stderr!.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      process.stderr.write(chunk);
    });
    child.once("exit", (code) => reject(new Error(`portal exited (${code}):\n${output}`)));
  });
}

async function startFloor(benchUrl: string, scopeId: string): Promise<Portal> {
  const child = spawn(
    process.execPath,
    // The portal's runtime flags, so that the floor differs from it only in the code.
    [
      ...PORTAL_NODE_FLAGS,
      "-r",
      "ts-node/register/transpile-only",
      path.join(ROOT, "bench/floor-server.ts"),
    ],
    {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: benchUrl, SCOPE_ID: scopeId, PAGE_SIZE: `${PAGE_SIZE}` },
      stdio: ["ignore", "pipe", "inherit"],
    },
  );
  return new Promise((resolve, reject) => {
    child.stdout!.on("data", (chunk: Buffer) => {
      const match = /floor listening (\d+)/.exec(chunk.toString());
      if (match) resolve({ child, url: `http://127.0.0.1:${match[1]}` });
    });
    child.once("exit", (code) => reject(new Error(`floor server exited (${code})`)));
  });
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  child.removeAllListeners("exit");
  await new Promise<void>((resolve) => {
    child.once("exit", () => resolve());
    child.kill("SIGTERM");
  });
}

/**
 * Peak resident memory of the server processes: the highest VmRSS sampled and the kernel's
 * VmHWM, summed over the processes (one per instance), as is their CPU time.
 */
class MemorySampler {
  peakMb = 0;
  private timer: NodeJS.Timeout | null = null;
  private readonly pids: number[];
  constructor(pids: number | number[]) {
    this.pids = Array.isArray(pids) ? pids : [pids];
  }
  private read(field: "VmRSS" | "VmHWM"): number {
    let total = 0;
    for (const pid of this.pids) {
      try {
        const status = readFileSync(`/proc/${pid}/status`, "utf8");
        const match = new RegExp(`${field}:\\s+(\\d+) kB`).exec(status);
        total += match ? Number(match[1]) / 1024 : 0;
      } catch {
        // gone
      }
    }
    return total;
  }
  /** User + system CPU time of the processes so far, in ms (clock ticks of 10 ms). */
  cpuMs(): number {
    let total = 0;
    for (const pid of this.pids) {
      try {
        const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
        const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
        total += (Number(fields[11]) + Number(fields[12])) * (1000 / 100);
      } catch {
        // gone
      }
    }
    return total;
  }
  start(): void {
    this.peakMb = this.read("VmRSS");
    this.timer = setInterval(() => {
      this.peakMb = Math.max(this.peakMb, this.read("VmRSS"));
    }, 100);
  }
  stop(): number {
    if (this.timer) clearInterval(this.timer);
    return Math.max(this.peakMb, this.read("VmRSS"));
  }
  highWaterMb(): number {
    return this.read("VmHWM");
  }
  /**
   * Waits (at most 60 s) until the processes' start-up work is done (migrations check, the
   * first reminder scan and standing refresh): under 5 % of a core over a second, so that
   * work is not counted as the first workload's CPU per request.
   */
  async settle(): Promise<void> {
    const started = Date.now();
    let last = this.cpuMs();
    while (Date.now() - started < 60_000) {
      await new Promise((resolve) => setTimeout(resolve, 1000));
      const now = this.cpuMs();
      if (now - last < 50 * this.pids.length) return;
      last = now;
    }
  }
}

const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });

/** A parsed response body, read field by field by the checks below. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

/** One GraphQL POST; rejects on an HTTP error or a body with `errors`. */
function gql<T = Json>(
  url: string,
  query: string,
  variables: Record<string, unknown>,
  token?: string,
): Promise<T> {
  const body = JSON.stringify({ query, variables });
  return new Promise((resolve, reject) => {
    const request = http.request(
      `${url}/graphql`,
      {
        method: "POST",
        agent,
        headers: {
          "content-type": "application/json",
          "content-length": Buffer.byteLength(body),
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () => {
          try {
            const parsed = JSON.parse(Buffer.concat(chunks).toString()) as {
              data?: T;
              errors?: unknown[];
            };
            if (parsed.errors?.length || response.statusCode !== 200 || !parsed.data) {
              reject(new Error(`${response.statusCode} ${JSON.stringify(parsed.errors)}`));
            } else resolve(parsed.data);
          } catch (error) {
            reject(error as Error);
          }
        });
      },
    );
    request.on("error", reject);
    request.end(body);
  });
}

interface WorkloadResult {
  requests: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  failures: number;
  sqlPerRequest: number | null;
  serverPeakRssMb: number | null;
  /** Server process CPU (user + system) per request: steadier than req/s on a shared machine. */
  serverCpuMsPerRequest: number | null;
  firstFailure?: string;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

const round = (n: number, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits;

function latencyPercentiles(values: number[]): { p50: number; p95: number; p99: number } {
  const sorted = [...values].sort((a, b) => a - b);
  return {
    p50: round(percentile(sorted, 50)),
    p95: round(percentile(sorted, 95)),
    p99: round(percentile(sorted, 99)),
  };
}

/**
 * autocannon at fixed concurrency; EVERY body is parsed and one with `errors` (or a non-200)
 * counts as a failure. A one-second warm-up (not recorded) lets the JIT settle first. With
 * several instances autocannon spreads the connections over their URLs.
 */
async function cannon(
  url: string | string[],
  options: Options,
  request: {
    path?: string;
    method?: "POST" | "GET";
    token?: string;
    body?: () => string;
    isOk?: (json: Json) => boolean;
  },
  memory: MemorySampler | null,
): Promise<WorkloadResult> {
  let failures = 0;
  let firstFailure: string | undefined;
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (request.token) headers.authorization = `Bearer ${request.token}`;
  const isOk = request.isOk ?? ((json: Json) => !json.errors && json.data);
  let latencies: number[] = [];
  const run = (duration: number) =>
    new Promise<autocannon.Result>((resolve, reject) => {
      const instance = autocannon(
        {
          url: (Array.isArray(url) ? url : [url]).map(
            (base) => `${base}${request.path ?? "/graphql"}`,
          ),
          connections: options.connections,
          duration,
          requests: [
            {
              method: request.method ?? "POST",
              headers,
              ...(request.body
                ? { setupRequest: (req: autocannon.Request) => ({ ...req, body: request.body!() }) }
                : {}),
              onResponse: (status: number, body: string) => {
                let ok = status === 200;
                if (ok) {
                  try {
                    ok = Boolean(isOk(JSON.parse(body)));
                  } catch {
                    ok = false;
                  }
                }
                if (!ok) {
                  failures++;
                  firstFailure ??= `${status} ${body.slice(0, 300)}`;
                }
              },
            },
          ],
          // autocannon takes several URLs (its types say one)
        } as unknown as autocannon.Options,
        (error, result) => (error ? reject(error) : resolve(result)),
      );
      // Every response time, for exact percentiles (autocannon's summary has p97.5, not p95).
      instance.on("response", (_client, _status, _bytes, responseTime: number) => {
        latencies.push(responseTime);
      });
    });
  await run(1);
  failures = 0;
  firstFailure = undefined;
  latencies = [];
  memory?.start();
  const cpuBefore = memory?.cpuMs() ?? 0;
  const result = await run(options.duration);
  const cpu = memory ? memory.cpuMs() - cpuBefore : null;
  const peak = memory?.stop() ?? null;
  return {
    requests: result.requests.total,
    rps: round(result.requests.total / options.duration, 1),
    ...latencyPercentiles(latencies),
    failures: failures + result.errors + result.timeouts + result.non2xx,
    sqlPerRequest: null,
    serverPeakRssMb: peak === null ? null : round(peak, 1),
    serverCpuMsPerRequest: cpu === null ? null : round(cpu / Math.max(1, result.requests.total), 3),
    firstFailure,
  };
}

interface Fixtures {
  categoryId: string;
  supplierIds: string[];
  itemIds: Array<{ id: string; area: string; answerType: string; zeroTolerance: boolean }>;
  checklistId: string;
  auditorId: string;
  drafts: Array<{ email: string; saqId: string }>;
}

async function loadFixtures(benchUrl: string): Promise<Fixtures> {
  return withClient(benchUrl, async (client) => {
    // The category with the most ranked suppliers: the largest page scan and count.
    const [{ scope_id: categoryId }] = (
      await client.query(
        `SELECT scope_id FROM ranking_entry WHERE scope_id <> $1
         GROUP BY scope_id ORDER BY count(*) DESC LIMIT 1`,
        [ALL_CATEGORIES_SCOPE],
      )
    ).rows as { scope_id: string }[];
    const supplierIds = (
      (await client.query(`SELECT id FROM supplier ORDER BY random() LIMIT 1000`)).rows as {
        id: string;
      }[]
    ).map((row) => row.id);
    const [{ checklist_id: checklistId }] = (
      await client.query(`SELECT checklist_id FROM self_assessment WHERE status = 'DRAFT' LIMIT 1`)
    ).rows as { checklist_id: string }[];
    const itemIds = (
      await client.query(
        `SELECT id, area, answer_type AS "answerType", zero_tolerance AS "zeroTolerance"
         FROM checklist_item WHERE checklist_id = $1 ORDER BY sort_order`,
        [checklistId],
      )
    ).rows as Fixtures["itemIds"];
    const [{ id: auditorId }] = (
      await client.query(`SELECT id FROM app_user WHERE email = 'auditor@bench.esg'`)
    ).rows as { id: string }[];
    const drafts = (
      await client.query(
        `SELECT u.email, sa.id AS "saqId" FROM app_user u
         JOIN self_assessment sa ON sa.supplier_id = u.supplier_id AND sa.status = 'DRAFT'
         WHERE u.email LIKE 'supplier%@bench.esg' ORDER BY u.email`,
      )
    ).rows as Fixtures["drafts"];
    return { categoryId, supplierIds, itemIds, checklistId, auditorId, drafts };
  });
}

function pickOne<T>(list: readonly T[]): T {
  return list[Math.floor(Math.random() * list.length)];
}

const FINDINGS = [
  { severity: "MINOR", likelihood: 2, impact: 2 },
  { severity: "MAJOR", likelihood: 3, impact: 4 },
  { severity: "OBSERVATION", likelihood: 1, impact: 1 },
  { severity: "MINOR", likelihood: 3, impact: 2 },
  { severity: "MAJOR", likelihood: 4, impact: 3 },
];

/**
 * The write mix, one loop per connection for the duration: saveAnswers batches of 20 (as a
 * supplier, on its own draft), recordFinding on a long-running audit, and a whole audit
 * (schedule, start, 40 results, 5 findings, complete: the recompute of score, status and
 * priority). Latencies per operation; completeAudit's separately.
 */
async function writeMix(
  urls: string[],
  options: Options,
  fixtures: Fixtures,
  tokens: { auditor: string; suppliers: string[] },
  memory: MemorySampler,
): Promise<{ overall: WorkloadResult; perOperation: Record<string, WorkloadResult> }> {
  const latencies: Record<string, number[]> = {
    saveAnswers: [],
    recordFinding: [],
    auditStep: [],
    completeAudit: [],
  };
  let failures = 0;
  let firstFailure: string | undefined;
  const timed = async <T>(kind: string, work: () => Promise<T>): Promise<T> => {
    const started = performance.now();
    try {
      return await work();
    } finally {
      latencies[kind].push(performance.now() - started);
    }
  };
  const yesNo = fixtures.itemIds.filter((item) => item.answerType === "YES_NO").slice(0, 20);
  const results = fixtures.itemIds.map((item, index) => ({
    itemId: item.id,
    // Zero-tolerance items conform: a breach would need a ZERO_TOLERANCE finding (SPEC 6).
    result: item.zeroTolerance || index % 7 !== 3 ? "CONFORMS" : "PARTIAL",
  }));
  const findingInput = (i: number) => {
    const item = fixtures.itemIds[(i * 7) % fixtures.itemIds.length];
    return {
      ...FINDINGS[i % FINDINGS.length],
      area: item.area,
      itemId: item.id,
      description: `Bench ${i}`,
    };
  };
  const newAudit = async (url: string) => {
    const { scheduleAudit } = await timed("auditStep", () =>
      gql(
        url,
        OPS.SCHEDULE_AUDIT,
        {
          input: {
            supplierId: pickOne(fixtures.supplierIds),
            checklistId: fixtures.checklistId,
            leadAuditorId: fixtures.auditorId,
            type: "PERIODIC",
            plannedDate: new Date().toISOString(),
          },
        },
        tokens.auditor,
      ),
    );
    await timed("auditStep", () =>
      gql(url, OPS.START_AUDIT, { id: scheduleAudit.id }, tokens.auditor),
    );
    return scheduleAudit.id as string;
  };

  const deadline = Date.now() + options.duration * 1000;
  memory.start();
  const cpuBefore = memory.cpuMs();
  await Promise.all(
    Array.from({ length: options.connections }, async (_, worker) => {
      // Each connection's loop talks to one instance, in turn.
      const url = urls[worker % urls.length];
      const draft = fixtures.drafts[worker % fixtures.drafts.length];
      const supplierToken = tokens.suppliers[worker % tokens.suppliers.length];
      let openAudit: string | null = null;
      for (let i = 0; Date.now() < deadline; i++) {
        try {
          const kind = i % 4;
          if (kind === 0 || kind === 2) {
            const answers = yesNo.map((item, n) => ({
              itemId: item.id,
              choice: (i + n) % 3 ? "YES" : "NO",
            }));
            await timed("saveAnswers", () =>
              gql(url, OPS.SAVE_ANSWERS, { id: draft.saqId, answers }, supplierToken),
            );
          } else if (kind === 1) {
            openAudit ??= await newAudit(url);
            const audit = openAudit;
            await timed("recordFinding", () =>
              gql(
                url,
                OPS.RECORD_FINDING,
                { auditId: audit, input: findingInput(i) },
                tokens.auditor,
              ),
            );
          } else {
            const audit = await newAudit(url);
            await timed("auditStep", () =>
              gql(url, OPS.RECORD_RESULTS, { auditId: audit, results }, tokens.auditor),
            );
            for (let f = 0; f < 5; f++) {
              await timed("recordFinding", () =>
                gql(
                  url,
                  OPS.RECORD_FINDING,
                  { auditId: audit, input: findingInput(f) },
                  tokens.auditor,
                ),
              );
            }
            await timed("completeAudit", () =>
              gql(url, OPS.COMPLETE_AUDIT, { id: audit }, tokens.auditor),
            );
          }
        } catch (error) {
          failures++;
          firstFailure ??= (error as Error).message.slice(0, 300);
        }
      }
    }),
  );
  const cpu = memory.cpuMs() - cpuBefore;
  const peak = memory.stop();
  const summarise = (values: number[]): WorkloadResult => {
    return {
      requests: values.length,
      rps: round(values.length / options.duration, 1),
      ...latencyPercentiles(values),
      failures: 0,
      sqlPerRequest: null,
      serverPeakRssMb: round(peak, 1),
      serverCpuMsPerRequest: null,
    };
  };
  const all = Object.values(latencies).flat();
  return {
    overall: {
      ...summarise(all),
      failures,
      firstFailure,
      serverCpuMsPerRequest: round(cpu / Math.max(1, all.length), 3),
    },
    perOperation: Object.fromEntries(
      Object.entries(latencies).map(([kind, values]) => [kind, summarise(values)]),
    ),
  };
}

/**
 * `--writes-only`: the write mix alone, while a second connection samples every 5 ms what the
 * bench database's active sessions wait on (a lock, the WAL flush, the client...). For
 * profiling the write path with `--cpu-prof`; the figures are printed, not saved.
 */
/** Seconds of the write mix run unmeasured before the measured one. */
const WRITE_WARM_UP_S = 3;

async function profileWrites(
  benchUrl: string,
  urls: string[],
  options: Options,
  fixtures: Fixtures,
  tokens: { auditor: string; suppliers: string[] },
  memory: MemorySampler,
): Promise<void> {
  // Unmeasured first, as in the full run.
  await writeMix(
    urls,
    { ...options, duration: WRITE_WARM_UP_S },
    fixtures,
    tokens,
    new MemorySampler([]),
  );
  const waits = new Map<string, number>();
  let samples = 0;
  let sampling = true;
  const sampler = withClient(benchUrl, async (client) => {
    while (sampling) {
      const { rows } = await client.query(
        `SELECT coalesce(wait_event_type || ':' || wait_event, 'CPU') AS wait, count(*)::int AS n
         FROM pg_stat_activity
         WHERE datname = current_database() AND state = 'active' AND pid <> pg_backend_pid()
         GROUP BY 1`,
      );
      for (const row of rows as { wait: string; n: number }[])
        waits.set(row.wait, (waits.get(row.wait) ?? 0) + row.n);
      samples++;
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  });
  const writes = await writeMix(urls, options, fixtures, tokens, memory);
  sampling = false;
  await sampler;
  const workloads: Record<string, WorkloadResult> = { writeMix: writes.overall };
  for (const [kind, result] of Object.entries(writes.perOperation)) workloads[`  ${kind}`] = result;
  printTable(workloads);
  if (writes.overall.firstFailure) console.log(`first failure: ${writes.overall.firstFailure}`);
  console.log(`\nActive bench-database sessions, mean over ${samples} samples, by wait:`);
  for (const [wait, n] of [...waits].sort((a, b) => b[1] - a[1]))
    console.log(`  ${(n / samples).toFixed(2).padStart(6)}  ${wait}`);
}

/** Statements per request, counted in-process on the same database with the app's own code. */
async function countStatements(
  benchUrl: string,
  operations: Record<string, { query: string; variables: Record<string, unknown>; email: string }>,
): Promise<Record<string, number>> {
  const config = loadConfig({
    NODE_ENV: "production",
    JWT_SECRET,
    DATABASE_URL: benchUrl,
    LOG_LEVEL: "silent",
  });
  const dataSource = createDataSource({ url: benchUrl, poolSize: 2 });
  await dataSource.initialize();
  const server = await createServer({
    config,
    dataSource,
    logger: pino({ level: "silent" }),
    jwtSecret: JWT_SECRET,
  });
  const counts: Record<string, number> = {};
  try {
    for (const [name, operation] of Object.entries(operations)) {
      const [user] = (await dataSource.query(
        `SELECT id, email, role FROM app_user WHERE email = $1`,
        [operation.email],
      )) as { id: string; email: string; role: string }[];
      const token = await server.services.tokens.sign(user.id);
      const execute = async () => {
        const contextValue = await server.contextFor(token);
        const response = await server.apollo.executeOperation(
          { query: operation.query, variables: operation.variables },
          { contextValue },
        );
        const body = response.body as { kind: string; singleResult?: { errors?: unknown[] } };
        if (body.singleResult?.errors) throw new Error(JSON.stringify(body.singleResult.errors));
      };
      await execute(); // warm caches that live across requests (none should hide statements)
      let count = 0;
      const original = Client.prototype.query;
      Client.prototype.query = function (this: Client, ...args: unknown[]) {
        count++;
        return (original as (...a: unknown[]) => unknown).apply(this, args);
      } as typeof Client.prototype.query;
      try {
        await execute();
      } finally {
        Client.prototype.query = original;
      }
      counts[name] = count;
    }
  } finally {
    await server.stop();
    await dataSource.destroy();
  }
  return counts;
}

/** The floor SQL's own execution time (median of 20 runs of EXPLAIN ANALYZE). */
async function explainFloor(
  benchUrl: string,
  scopeId: string,
): Promise<{ executionMs: number; planningMs: number }> {
  return withClient(benchUrl, async (client) => {
    const execution: number[] = [];
    const planning: number[] = [];
    for (let i = 0; i < 20; i++) {
      const { rows } = await client.query(`EXPLAIN (ANALYZE, FORMAT JSON) ${FLOOR_SQL}`, [
        scopeId,
        PAGE_SIZE + 1,
      ]);
      const [plan] = rows[0]["QUERY PLAN"] as Array<{
        "Execution Time": number;
        "Planning Time": number;
      }>;
      execution.push(plan["Execution Time"]);
      planning.push(plan["Planning Time"]);
    }
    const median = (values: number[]) => round(values.sort((a, b) => a - b)[10], 3);
    return { executionMs: median(execution), planningMs: median(planning) };
  });
}

function printTable(workloads: Record<string, WorkloadResult>): void {
  const header = [
    "workload",
    "req/s",
    "p50 ms",
    "p95 ms",
    "p99 ms",
    "fail",
    "SQL/req",
    "CPU ms/req",
    "RSS MB",
  ];
  const rows = Object.entries(workloads).map(([name, r]) => [
    name,
    String(r.rps),
    String(r.p50),
    String(r.p95),
    String(r.p99),
    String(r.failures),
    r.sqlPerRequest === null ? "-" : String(r.sqlPerRequest),
    r.serverCpuMsPerRequest === null ? "-" : String(r.serverCpuMsPerRequest),
    r.serverPeakRssMb === null ? "-" : String(r.serverPeakRssMb),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  const line = (cells: string[]) =>
    cells
      .map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i])))
      .join("  ");
  console.log(line(header));
  console.log(widths.map((w) => "-".repeat(w)).join("  "));
  for (const row of rows) console.log(line(row));
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const database = await openBenchServer(options.database);
  let portals: Portal[] = [];
  let floor: Portal | null = null;
  try {
    const seeded = await prepareDatabase(database.adminUrl, database.benchUrl, options);
    if (seeded) {
      console.log(
        `Seeded in ${seeded.seconds.total.toFixed(1)} s (bulk load ${seeded.seconds.load.toFixed(1)} s,` +
          ` standings ${seeded.seconds.standings.toFixed(1)} s): ${seeded.audits} audits,` +
          ` ${seeded.findings} findings, ${seeded.itemResults} item results;` +
          ` ${seeded.purchases.purchases} purchases and ${seeded.purchases.declarations}` +
          ` recycled-content declarations in ${seeded.purchases.seconds.toFixed(1)} s` +
          (seeded.clone.copies
            ? `; ${seeded.clone.copies} copies of the base set in ${seeded.clone.seconds.toFixed(1)} s`
            : ""),
      );
    }
    // The seeding's own figures, kept for later `--reuse` runs of the same database and size.
    const seedFile = path.join(
      ROOT,
      `bench/results/seed-${database.embedded ? "embedded" : "server"}-${options.database}.json`,
    );
    let seedSummary: object | null = null;
    if (seeded) {
      seedSummary = {
        seconds: seeded.seconds,
        audits: seeded.audits,
        findings: seeded.findings,
        itemResults: seeded.itemResults,
        purchases: seeded.purchases,
        copiesOfBase: seeded.clone.copies,
        marker: marker(options.suppliers),
        date: new Date().toISOString(),
      };
      mkdirSync(path.dirname(seedFile), { recursive: true });
      writeFileSync(seedFile, `${JSON.stringify(seedSummary, null, 2)}\n`);
    } else if (existsSync(seedFile)) {
      const kept = JSON.parse(readFileSync(seedFile, "utf8")) as { marker?: string };
      if (kept.marker === marker(options.suppliers)) seedSummary = { ...kept, reused: true };
    }
    if (options.seedOnly) return;
    if (options.build) {
      console.log("Building (npm run build)");
      const build = spawnSync("npm", ["run", "build", "--silent"], { cwd: ROOT, stdio: "inherit" });
      if (build.status !== 0) throw new Error("npm run build failed");
    }
    const fixtures = await loadFixtures(database.benchUrl);
    await settleReminders(database.benchUrl);
    for (let i = 0; i < options.instances; i++)
      portals.push(await startPortal(database.benchUrl, options.cpuProf, options.jit));
    const urls = portals.map((portal) => portal.url);
    const memory = new MemorySampler(portals.map((portal) => portal.child.pid!));
    await memory.settle();
    console.log(
      `Portal at ${portals.map((p) => `${p.url} (pid ${p.child.pid})`).join(", ")};` +
        ` ${options.connections} connections, ${options.duration} s per workload`,
    );

    const login = async (email: string) =>
      (await gql(urls[0], OPS.LOGIN, { email, password: BENCH_PASSWORD })).login.token as string;
    const buyer = await login("buyer@bench.esg");
    const auditor = await login("auditor@bench.esg");
    const suppliers: string[] = [];
    for (const draft of fixtures.drafts.slice(0, BENCH_SUPPLIER_USERS))
      suppliers.push(await login(draft.email));

    const rankingsBody = JSON.stringify({
      query: OPS.RANKINGS,
      variables: { categoryId: fixtures.categoryId, first: PAGE_SIZE },
    });
    const workloads: Record<string, WorkloadResult> = {};
    if (options.writesOnly) {
      await profileWrites(
        database.benchUrl,
        urls,
        options,
        fixtures,
        { auditor, suppliers },
        memory,
      );
      return;
    }
    console.log("- baseline: { __typename }");
    workloads.typename = await cannon(
      urls,
      options,
      {
        token: buyer,
        body: () => JSON.stringify({ query: OPS.TYPENAME }),
      },
      memory,
    );
    console.log("- rankings");
    workloads.rankings = await cannon(
      urls,
      options,
      {
        token: buyer,
        body: () => rankingsBody,
        isOk: (json) => !json.errors && json.data?.supplierRankings?.edges?.length > 0,
      },
      memory,
    );
    console.log("- supplier detail");
    workloads.supplierDetail = await cannon(
      urls,
      options,
      {
        token: buyer,
        body: () =>
          JSON.stringify({
            query: OPS.SUPPLIER_DETAIL,
            variables: { id: pickOne(fixtures.supplierIds) },
          }),
        isOk: (json) => !json.errors && json.data?.supplier?.id,
      },
      memory,
    );
    // The last full calendar year, and the default rolling 12 months.
    const recycledYear = new Date().getUTCFullYear() - 1;
    const recycledOk = (json: Json) =>
      !json.errors && json.data?.recycledContentShare?.lines?.length > 0;
    const single = { ...options, connections: RECYCLED_CONNECTIONS };
    console.log(`- recycled content: recycledContent(Li, ${recycledYear})`);
    workloads.recycledContentYear = await cannon(
      urls[0],
      single,
      {
        token: buyer,
        body: () =>
          JSON.stringify({
            query: OPS.RECYCLED_CONTENT_FIGURE,
            variables: { element: "Li", year: recycledYear },
          }),
        isOk: (json) => !json.errors && json.data?.recycledContent?.lines?.length > 0,
      },
      memory,
    );
    console.log("- recycled content: the dashboard's rolling 12 months (recycledContentShare)");
    workloads.recycledContent12Months = await cannon(
      urls[0],
      single,
      {
        token: buyer,
        body: () => JSON.stringify({ query: OPS.RECYCLED_CONTENT, variables: { element: "LI" } }),
        isOk: recycledOk,
      },
      memory,
    );
    console.log("- recycled content: the lithium targets (24-month trend)");
    workloads.recycledContentTargets = await cannon(
      urls[0],
      single,
      {
        token: buyer,
        body: () =>
          JSON.stringify({ query: OPS.RECYCLED_CONTENT_TARGETS, variables: { element: "LI" } }),
        isOk: (json) => !json.errors && json.data?.recycledContentTargets?.length > 0,
      },
      memory,
    );
    console.log("- write mix");
    // Unmeasured first, as every read workload's second: the write paths' first calls (the JIT,
    // each pooled connection preparing its statements) are not the steady state.
    await writeMix(
      urls,
      { ...options, duration: WRITE_WARM_UP_S },
      fixtures,
      { auditor, suppliers },
      new MemorySampler([]),
    );
    const writes = await writeMix(urls, options, fixtures, { auditor, suppliers }, memory);
    workloads.writeMix = writes.overall;
    for (const [kind, result] of Object.entries(writes.perOperation))
      workloads[`  ${kind}`] = result;
    const serverHighWaterMb = round(memory.highWaterMb(), 1);
    for (const portal of portals) await stopChild(portal.child);
    portals = [];

    console.log("- baseline: node:http + one SQL statement");
    floor = await startFloor(database.benchUrl, fixtures.categoryId);
    workloads.floorHttpSql = await cannon(
      floor.url,
      options,
      {
        method: "GET",
        path: "/",
        isOk: (json) => json.data?.edges?.length > 0,
      },
      new MemorySampler(floor.child.pid!),
    );
    await stopChild(floor.child);
    floor = null;
    const explain = await explainFloor(database.benchUrl, fixtures.categoryId);

    console.log("- SQL statements per request (in-process, same database)");
    const statements = await countStatements(database.benchUrl, {
      typename: { query: OPS.TYPENAME, variables: {}, email: "buyer@bench.esg" },
      rankings: {
        query: OPS.RANKINGS,
        variables: { categoryId: fixtures.categoryId, first: PAGE_SIZE },
        email: "buyer@bench.esg",
      },
      rankings10: {
        query: OPS.RANKINGS,
        variables: { categoryId: fixtures.categoryId, first: 10 },
        email: "buyer@bench.esg",
      },
      rankings100: {
        query: OPS.RANKINGS,
        variables: { categoryId: fixtures.categoryId, first: 100 },
        email: "buyer@bench.esg",
      },
      supplierDetail: {
        query: OPS.SUPPLIER_DETAIL,
        variables: { id: fixtures.supplierIds[0] },
        email: "buyer@bench.esg",
      },
      recycledContentYear: {
        query: OPS.RECYCLED_CONTENT_FIGURE,
        variables: { element: "Li", year: recycledYear },
        email: "buyer@bench.esg",
      },
      recycledContent12Months: {
        query: OPS.RECYCLED_CONTENT,
        variables: { element: "LI" },
        email: "buyer@bench.esg",
      },
      recycledContentTargets: {
        query: OPS.RECYCLED_CONTENT_TARGETS,
        variables: { element: "LI" },
        email: "buyer@bench.esg",
      },
    });
    workloads.typename.sqlPerRequest = statements.typename;
    workloads.rankings.sqlPerRequest = statements.rankings;
    workloads.supplierDetail.sqlPerRequest = statements.supplierDetail;
    workloads.floorHttpSql.sqlPerRequest = 1;
    workloads.recycledContentYear.sqlPerRequest = statements.recycledContentYear;
    workloads.recycledContent12Months.sqlPerRequest = statements.recycledContent12Months;
    workloads.recycledContentTargets.sqlPerRequest = statements.recycledContentTargets;

    console.log("");
    printTable(workloads);
    const completion = writes.perOperation.completeAudit;
    const report = {
      date: new Date().toISOString(),
      database: database.label,
      databaseKind: database.embedded ? "embedded" : "postgresql-server",
      machine: { cpus: os.cpus().length, node: process.version, nodeFlags: [...PORTAL_NODE_FLAGS] },
      options: {
        suppliers: options.suppliers,
        duration: options.duration,
        connections: options.connections,
        instances: options.instances,
        jit: options.jit,
        pageSize: PAGE_SIZE,
      },
      // A reused database's seeding figures come from the run that seeded it.
      seed: seedSummary ?? "reused",
      workloads: Object.fromEntries(
        Object.entries(workloads).map(([name, result]) => [name.trim(), result]),
      ),
      floorSql: { explainAnalyze: explain, statement: FLOOR_SQL.replace(/\s+/g, " ").trim() },
      sqlPerRankingsRequest: {
        first10: statements.rankings10,
        first50: statements.rankings,
        first100: statements.rankings100,
      },
      auditCompletionP50Ms: completion.p50,
      recycledContent: {
        connections: RECYCLED_CONNECTIONS,
        purchaseRows: purchaseRows(options.suppliers),
        year: recycledYear,
        yearP50Ms: workloads.recycledContentYear.p50,
        yearP95Ms: workloads.recycledContentYear.p95,
        rolling12P50Ms: workloads.recycledContent12Months.p50,
        targetsP50Ms: workloads.recycledContentTargets.p50,
        targetP50Ms: RECYCLED_TARGET_P50_MS,
        met: workloads.recycledContentYear.p50 <= RECYCLED_TARGET_P50_MS,
      },
      serverPeakRssMb: Math.max(
        serverHighWaterMb,
        ...["typename", "rankings", "supplierDetail", "writeMix"].map(
          (name) => workloads[name].serverPeakRssMb ?? 0,
        ),
      ),
      ratios: {
        rankings_vs_floor: round(workloads.rankings.rps / workloads.floorHttpSql.rps, 3),
        rankings_vs_typename: round(workloads.rankings.rps / workloads.typename.rps, 3),
      },
    };
    console.log(
      `\nrankings/floor ${report.ratios.rankings_vs_floor}; floor SQL execution ${explain.executionMs} ms` +
        ` (planning ${explain.planningMs} ms); completeAudit p50 ${completion.p50} ms;` +
        ` server peak RSS ${report.serverPeakRssMb} MB`,
    );
    mkdirSync(path.join(ROOT, "bench/results"), { recursive: true });
    const latestFile = path.join(ROOT, "bench/results/latest.json");
    const latest = mergeLatest(latestFile, report as unknown as RunReport) as {
      targets: TargetCheck[];
    };
    writeFileSync(latestFile, `${JSON.stringify(latest, null, 2)}\n`);
    writeFileSync(
      path.join(ROOT, `bench/results/${runKey(report as unknown as RunReport)}.json`),
      `${JSON.stringify(report, null, 2)}\n`,
    );
    console.log("\nIssue 22 targets (bench/results/latest.json, every run there):");
    for (const t of latest.targets) {
      const verdict = t.met === null ? "not measured" : t.met ? "met" : "NOT met";
      console.log(`  ${t.run}: ${t.target} ${t.value ?? "-"} (${t.limit}): ${verdict}`);
    }
    console.log(JSON.stringify(report));
  } finally {
    for (const portal of portals) await stopChild(portal.child);
    if (floor) await stopChild(floor.child);
    await database.embedded?.stop();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
