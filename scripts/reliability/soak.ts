import "reflect-metadata";
import { randomUUID } from "node:crypto";
import {
  argNumber,
  buildPortal,
  checkData,
  demoTokens,
  gql,
  launchPortal,
  prepareTarget,
  rssMb,
  type RoleName,
} from "./harness";

/**
 * `npm run reliability:soak [-- --seconds 600]`: measures the portal's throughput on a mixed
 * load for a few seconds, then runs the same mix at 70 % of it for `seconds`. Fails on any 5xx,
 * any request that does not succeed, RSS growing past 1.5x + 50 MB of its warm value, or data
 * that no longer checks out.
 */
const READS: Array<[RoleName, string]> = [
  [
    "PROCUREMENT",
    `{ supplierRankings(first: 20) { totalCount edges { node { rank priorityScore grade supplier { name } } } } }`,
  ],
  [
    "ADMIN",
    `{ suppliers(first: 50) { totalCount edges { node { id name version sites { id } } } } }`,
  ],
  [
    "AUDITOR",
    `{ findings(first: 20) { totalCount edges { node { id severity riskScore dueDate } } } }`,
  ],
  ["SUPPLIER", `{ me { supplier { name status score { overall grade areas { area score } } } } }`],
];
const ADJUST = `mutation($s: ID!, $r: String!) { adjustPriority(input: { supplierId: $s, delta: 2, reason: $r }) { id } }`;
const REVOKE = `mutation($id: ID!) { revokePriorityAdjustment(id: $id, reason: "Soak test revocation") { id } }`;
const UPDATE = `mutation($id: ID!, $v: Int!, $n: String!) { updateSupplier(id: $id, expectedVersion: $v, input: { legalName: $n }) { version } }`;

interface Stats {
  sent: number;
  ok: number;
  failures: string[];
  fivexx: number;
  latencies: number[];
}

async function main(): Promise<void> {
  const seconds = argNumber("seconds", 600);
  const measureSeconds = argNumber("measure", Math.min(20, Math.max(5, seconds / 4)));
  const target = await prepareTarget("soak");
  const mainJs = buildPortal();
  const portal = await launchPortal(mainJs, { ...target.env, SEED_DEMO: "true" }, 90_000);
  const pid = portal.child.pid!;
  const tokens = await demoTokens(portal.url);
  const suppliers = (
    (
      await gql(
        portal.url,
        `{ suppliers(first: 100) { edges { node { id version } } } }`,
        {},
        tokens.ADMIN,
      )
    ).body.data.suppliers.edges as { node: { id: string; version: number } }[]
  ).map((e) => ({ ...e.node, busy: false }));
  const adjustments: string[] = [];
  let n = 0;

  /** One request of the mix: 70 % reads, 30 % writes (adjust, revoke, update with its version). */
  const oneRequest = async (stats: Stats) => {
    const i = n++;
    const started = performance.now();
    let result;
    const roll = i % 10;
    if (roll < 7) {
      const [role, query] = READS[i % READS.length];
      result = await gql(portal.url, query, {}, tokens[role]);
    } else if (roll === 7) {
      const s = suppliers[i % suppliers.length];
      result = await gql(
        portal.url,
        ADJUST,
        { s: s.id, r: `Soak adjustment ${randomUUID()}` },
        tokens.PROCUREMENT,
      );
      const id = result.body.data?.adjustPriority?.id as string | undefined;
      if (id) adjustments.push(id);
    } else if (roll === 8 && adjustments.length > 0) {
      result = await gql(portal.url, REVOKE, { id: adjustments.shift()! }, tokens.PROCUREMENT);
    } else {
      const s = suppliers.find((x) => !x.busy);
      if (!s) return;
      s.busy = true;
      result = await gql(
        portal.url,
        UPDATE,
        { id: s.id, v: s.version, n: `Soak ${i}` },
        tokens.ADMIN,
      );
      if (result.body.data?.updateSupplier)
        s.version = result.body.data.updateSupplier.version as number;
      s.busy = false;
    }
    stats.sent += 1;
    stats.latencies.push(performance.now() - started);
    if (result.status >= 500) stats.fivexx += 1;
    if (result.status === 200 && !result.body.errors) stats.ok += 1;
    else if (stats.failures.length < 20)
      stats.failures.push(`${result.status} ${JSON.stringify(result.body.errors).slice(0, 200)}`);
  };
  const newStats = (): Stats => ({ sent: 0, ok: 0, failures: [], fivexx: 0, latencies: [] });

  // Throughput: a closed loop of 16 clients for `measureSeconds`.
  const measured = newStats();
  const measureEnd = Date.now() + measureSeconds * 1000;
  await Promise.all(
    Array.from({ length: 16 }, async () => {
      while (Date.now() < measureEnd) await oneRequest(measured);
    }),
  );
  const capacity = measured.sent / measureSeconds;
  const rate = capacity * 0.7;
  const rssStart = rssMb(pid);
  console.log(
    `soak: measured ${capacity.toFixed(0)} req/s (${measured.sent} requests, ${measured.failures.length} failed); ` +
      `running ${seconds} s at ${rate.toFixed(0)} req/s; RSS ${rssStart} MB; ${target.describe}`,
  );

  // Open loop at 70 %: requests start on schedule whether or not earlier ones finished.
  const stats = newStats();
  const rss: number[] = [];
  const start = Date.now();
  const inFlight = new Set<Promise<void>>();
  let scheduled = 0;
  let lastReport = start;
  while (Date.now() - start < seconds * 1000) {
    const due = Math.floor(((Date.now() - start) / 1000) * rate);
    while (scheduled < due) {
      scheduled += 1;
      const p = oneRequest(stats).catch((error: unknown) => {
        stats.failures.push(String(error));
      });
      inFlight.add(p);
      void p.finally(() => inFlight.delete(p));
    }
    if (Date.now() - lastReport >= 10_000) {
      lastReport = Date.now();
      const mb = rssMb(pid);
      if (mb !== null) rss.push(mb);
      if (seconds >= 60 && rss.length % 6 === 0)
        console.log(
          `  ${Math.round((Date.now() - start) / 1000)} s: ${stats.sent} requests, RSS ${mb} MB, in flight ${inFlight.size}`,
        );
    }
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  await Promise.all(inFlight);
  const rssEnd = rssMb(pid);
  const data = await checkData(await target.databaseUrl());
  await portal.stop();
  await target.dispose();

  const sorted = stats.latencies.sort((a, b) => a - b);
  const pct = (p: number) =>
    sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]?.toFixed(0);
  const rssPeak = Math.max(rssStart ?? 0, ...rss, rssEnd ?? 0);
  const rssGrew = rssStart !== null && rssEnd !== null && rssEnd > rssStart * 1.5 + 50;
  console.log(
    `soak: ${stats.sent} requests in ${seconds} s (${(stats.sent / seconds).toFixed(0)} req/s), ${stats.ok} ok, ` +
      `${stats.failures.length} failed, ${stats.fivexx} 5xx; latency p50 ${pct(0.5)} ms, p99 ${pct(0.99)} ms; ` +
      `RSS start ${rssStart} MB, end ${rssEnd} MB, peak ${rssPeak} MB; recompute differences ` +
      `${data.standings.differences.length}, invariant violations ${data.invariants.length}`,
  );
  for (const failure of stats.failures.slice(0, 10)) console.log(`FAILURE ${failure}`);
  const failed =
    stats.failures.length > 0 ||
    stats.fivexx > 0 ||
    rssGrew ||
    data.standings.differences.length > 0 ||
    data.invariants.length > 0;
  process.exit(failed ? 1 : 0);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
