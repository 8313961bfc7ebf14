/**
 * Issue 22's targets, the figures before it, and bench/results/latest.json: one entry per
 * database and size (the machine's PostgreSQL and the embedded default, 10 000 and 100 000
 * suppliers), each run replacing its own entry, and every target checked against them.
 */
import { existsSync, readFileSync } from "node:fs";

/** The figures the work started from, on the machine's PostgreSQL 15, 10 000 suppliers. */
export const BEFORE = {
  issue22: {
    source: "issue 22's table (before any of its work), PostgreSQL 15, 10 000 suppliers",
    typename: { rps: 1243, p50: 10.9, p99: 37, sqlPerRequest: 1, serverCpuMsPerRequest: 0.75 },
    rankings: { rps: 204, p50: 74.6, p99: 152, sqlPerRequest: 2, serverCpuMsPerRequest: 4.31 },
    supplierDetail: {
      rps: 201,
      p50: 76.6,
      p99: 136,
      sqlPerRequest: 8,
      serverCpuMsPerRequest: 4.49,
    },
    saveAnswers: { rps: 22, p50: 149, p99: 323 },
    completeAudit: { rps: 11, p50: 214, p99: 376 },
    floorHttpSql: { rps: 550, p50: 26.8, p99: 63.7 },
  },
  session2: {
    source:
      "the previous session's last run (commit 82d2eff: viewer cache, lazy loaders, fewer write statements), PostgreSQL 15, 10 000 suppliers, quiet machine",
    typename: { rps: 2329, sqlPerRequest: 0, serverCpuMsPerRequest: 0.457 },
    rankings: { rps: 255, p50: 59.9, p99: 120, sqlPerRequest: 1 },
    supplierDetail: { rps: 273, p50: 56.5, sqlPerRequest: 3 },
    saveAnswers: { p50: 81 },
    completeAudit: { p50: 115 },
    recycledContentYear: { p50: 126 },
    floorHttpSql: { rps: 811 },
  },
} as const;

interface Workload {
  rps: number;
  p50: number;
  p99: number;
  sqlPerRequest: number | null;
  serverCpuMsPerRequest: number | null;
}
export interface RunReport {
  date: string;
  database: string;
  databaseKind: "postgresql-server" | "embedded";
  options: { suppliers: number; instances: number; jit: boolean };
  seed: { seconds: { total: number } } | "reused";
  workloads: Record<string, Workload>;
  [more: string]: unknown;
}

export interface TargetCheck {
  target: string;
  run: string;
  value: number | null;
  limit: string;
  met: boolean | null;
}

/** The run's key in latest.json: database kind, size, instances when more than one. */
export function runKey(report: RunReport): string {
  const instances = report.options.instances > 1 ? `-x${report.options.instances}` : "";
  const jit = report.options.jit ? "-jit" : "";
  return `${report.databaseKind}-${report.options.suppliers}${instances}${jit}`;
}

function check(
  target: string,
  run: string,
  value: number | null | undefined,
  limit: string,
  ok: (v: number) => boolean,
): TargetCheck {
  const known = value === null || value === undefined || Number.isNaN(value) ? null : value;
  return { target, run, value: known, limit, met: known === null ? null : ok(known) };
}

const round = (n: number) => Math.round(n * 1000) / 1000;

/** Every issue 22 target against the runs there are (a run not yet made reads null). */
export function checkTargets(runs: Record<string, RunReport>): TargetCheck[] {
  const checks: TargetCheck[] = [];
  for (const [key, run] of Object.entries(runs)) {
    if (run.options.instances > 1) continue;
    const w = run.workloads;
    if (run.options.suppliers === 10_000) {
      checks.push(
        check(
          "rankings req/s >= 0.5 x floor",
          key,
          w.floorHttpSql ? round(w.rankings.rps / w.floorHttpSql.rps) : null,
          ">= 0.5",
          (v) => v >= 0.5,
        ),
        check("rankings p99 ms", key, w.rankings?.p99, "<= 60", (v) => v <= 60),
        check(
          "supplierDetail SQL statements",
          key,
          w.supplierDetail?.sqlPerRequest,
          "<= 4",
          (v) => v <= 4,
        ),
        check("supplierDetail p50 ms", key, w.supplierDetail?.p50, "<= 40", (v) => v <= 40),
        check("saveAnswers (20) p50 ms", key, w.saveAnswers?.p50, "<= 50", (v) => v <= 50),
        check("completeAudit p50 ms", key, w.completeAudit?.p50, "<= 100", (v) => v <= 100),
        check(
          "{ __typename } server CPU ms/request",
          key,
          w.typename?.serverCpuMsPerRequest,
          "<= 0.4",
          (v) => v <= 0.4,
        ),
        check(
          "recycled content (1M purchase rows) p50 ms",
          key,
          w.recycledContentYear?.p50,
          "<= 200",
          (v) => v <= 200,
        ),
      );
    }
    if (run.options.suppliers === 100_000) {
      const small = runs[key.replace("-100000", "-10000")];
      for (const name of ["rankings", "supplierDetail"]) {
        checks.push(
          check(
            `${name} p50 at 100k / at 10k`,
            key,
            small?.workloads[name] ? round(w[name].p50 / small.workloads[name].p50) : null,
            "<= 1.3",
            (v) => v <= 1.3,
          ),
        );
      }
      checks.push(
        check(
          "seeding 100k suppliers, seconds",
          key,
          run.seed === "reused" ? null : run.seed.seconds.total,
          "< 300",
          (v) => v < 300,
        ),
      );
    }
  }
  return checks;
}

/** latest.json with this run put in its place and the targets checked again. */
export function mergeLatest(file: string, report: RunReport): object {
  let runs: Record<string, RunReport> = {};
  if (existsSync(file)) {
    try {
      const previous = JSON.parse(readFileSync(file, "utf8")) as { runs?: typeof runs };
      runs = previous.runs ?? {};
    } catch {
      runs = {};
    }
  }
  runs[runKey(report)] = report;
  return {
    note: "One entry per database and size, each from its own `npm run bench` (README: Benchmark).",
    updated: report.date,
    targets: checkTargets(runs),
    before: BEFORE,
    runs,
  };
}
