/**
 * `npm run bench:profile -- [--workload typename|rankings|supplierDetail] [--duration 10]
 *   [--connections 16] [--database esg_bench] [--jit]`
 *
 * A CPU profile of the built portal (dist/) under one read workload against an already seeded
 * bench database (run `npm run bench -- --seed-only` first), then a summary of where the time
 * went: self time by package or source folder and the top functions. The profile is written to
 * bench/results/ (git-ignored). `summarise` also reads any .cpuprofile given as `--summarise`.
 */
import { spawn } from "node:child_process";
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import autocannon from "autocannon";
import { Client } from "pg";
import { PORTAL_NODE_FLAGS } from "../src/node-flags";
import * as OPS from "./operations";
import { settleReminders } from "./reminders";
import { BENCH_PASSWORD } from "./seed";

const ROOT = path.resolve(__dirname, "..");
const RESULTS = path.join(ROOT, "bench/results");
const JWT_SECRET = "bench-secret-bench-secret-bench-secret-0123456789";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

/** Where a frame's code lives: a package, a folder of src/, node's own, or V8 (GC, idle...). */
function bucketOf(url: string, functionName: string): string {
  if (!url) return `(${functionName || "anonymous"})`;
  const modules = url.lastIndexOf("node_modules/");
  if (modules >= 0) {
    const rest = url.slice(modules + "node_modules/".length).split("/");
    return rest[0].startsWith("@") ? `${rest[0]}/${rest[1]}` : rest[0];
  }
  if (url.startsWith("node:")) return url;
  const dist = url.indexOf("/dist/");
  if (dist >= 0)
    return url
      .slice(dist + "/dist/".length)
      .split("/")
      .slice(0, 3)
      .join("/");
  return url;
}

export function summarise(file: string, top = 25): string {
  const profile = JSON.parse(readFileSync(file, "utf8")) as CpuProfile;
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => {
    self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
  });
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  const byNode = new Map(profile.nodes.map((node) => [node.id, node]));
  const buckets = new Map<string, number>();
  const functions = new Map<string, number>();
  for (const [id, micros] of self) {
    const frame = byNode.get(id)!.callFrame;
    const bucket = bucketOf(frame.url, frame.functionName);
    buckets.set(bucket, (buckets.get(bucket) ?? 0) + micros);
    const name = `${frame.functionName || "(anonymous)"} ${bucket}:${frame.lineNumber + 1}`;
    functions.set(name, (functions.get(name) ?? 0) + micros);
  }
  const idle = buckets.get("((idle))") ?? 0;
  const busy = total - idle;
  const lines = [
    `${path.basename(file)}: ${(total / 1e6).toFixed(1)} s sampled, ${(busy / 1e6).toFixed(1)} s busy (not idle)`,
    "self time by package / folder (share of busy time):",
  ];
  const rows = (map: Map<string, number>) =>
    [...map.entries()]
      .filter(([name]) => !name.includes("(idle)"))
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, micros]) => `  ${((100 * micros) / busy).toFixed(1).padStart(5)} %  ${name}`);
  lines.push(...rows(buckets), "top functions by self time:", ...rows(functions));
  return lines.join("\n");
}

function option(argv: string[], name: string, fallback: string): string {
  const index = argv.indexOf(name);
  return index >= 0 && argv[index + 1] ? argv[index + 1] : fallback;
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  if (argv.includes("--summarise")) {
    console.log(summarise(option(argv, "--summarise", "")));
    return;
  }
  const workload = option(argv, "--workload", "typename");
  const duration = Number(option(argv, "--duration", "10"));
  const connections = Number(option(argv, "--connections", "16"));
  const database = option(argv, "--database", "esg_bench");
  const base = process.env.DATABASE_URL;
  if (!base) throw new Error("DATABASE_URL (the server with the seeded bench database) is needed");
  const url = new URL(base);
  url.pathname = `/${database}`;

  // As the bench does: else the start-up scan of a freshly seeded database is what gets profiled.
  await settleReminders(url.toString());
  const before = new Set(readdirSync(RESULTS));
  const child = spawn(
    process.execPath,
    [
      ...PORTAL_NODE_FLAGS,
      "--cpu-prof",
      `--cpu-prof-dir=${RESULTS}`,
      path.join(ROOT, "dist/src/main.js"),
    ],
    {
      cwd: ROOT,
      env: {
        ...process.env,
        NODE_ENV: "production",
        JWT_SECRET,
        DATABASE_URL: url.toString(),
        MIGRATIONS_RUN: "true",
        SEED_DEMO: "false",
        LOG_LEVEL: "warn",
        PORT: "0",
        HOST: "127.0.0.1",
        GRAPHQL_JIT: argv.includes("--jit") ? "true" : "false",
      },
      stdio: ["ignore", "pipe", "inherit"],
    },
  );
  const portal = await new Promise<string>((resolve, reject) => {
    let output = "";
    child.stdout!.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Supplier ESG audit portal: (http:\/\/[^\s/]+)/.exec(output);
      if (match) resolve(match[1]);
    });
    child.once("exit", (code) => reject(new Error(`portal exited (${code})`)));
  });
  const post = async (body: object, token?: string) => {
    const response = await fetch(`${portal}/graphql`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify(body),
    });
    return (await response.json()) as {
      data?: Record<string, { token?: string }>;
      errors?: unknown[];
    };
  };
  const login = await post({
    query: OPS.LOGIN,
    variables: { email: "buyer@bench.esg", password: BENCH_PASSWORD },
  });
  const token = login.data!.login.token!;
  const client = new Client({ connectionString: url.toString() });
  await client.connect();
  const [{ scope_id: categoryId }] = (
    await client.query(
      `SELECT scope_id FROM ranking_entry GROUP BY scope_id ORDER BY count(*) DESC LIMIT 1`,
    )
  ).rows as { scope_id: string }[];
  const [{ id: supplierId }] = (await client.query(`SELECT id FROM supplier LIMIT 1`)).rows as {
    id: string;
  }[];
  await client.end();
  const body = {
    typename: { query: OPS.TYPENAME },
    rankings: { query: OPS.RANKINGS, variables: { categoryId, first: 50 } },
    supplierDetail: { query: OPS.SUPPLIER_DETAIL, variables: { id: supplierId } },
  }[workload];
  if (!body) throw new Error(`unknown workload ${workload}`);
  const check = await post(body, token);
  if (check.errors) throw new Error(JSON.stringify(check.errors));
  const result = await autocannon({
    url: `${portal}/graphql`,
    connections,
    duration,
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
    body: JSON.stringify(body),
  });
  console.log(
    `${workload}: ${result.requests.total} requests, ${Math.round(result.requests.average)} req/s,` +
      ` p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, non-2xx ${result.non2xx}`,
  );
  await new Promise<void>((resolve) => {
    child.removeAllListeners("exit");
    child.once("exit", () => resolve());
    child.kill("SIGTERM");
  });
  const written = readdirSync(RESULTS)
    .filter((name) => name.endsWith(".cpuprofile") && !before.has(name))
    .map((name) => path.join(RESULTS, name))
    .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs);
  if (written[0]) console.log(summarise(written[0]));
}

if (require.main === module) {
  main().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
