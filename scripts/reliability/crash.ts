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
  type LaunchedPortal,
  type RoleName,
} from "./harness";

/**
 * `npm run reliability:crash [-- --kills 50]`: a write load against one portal, SIGKILLed at
 * random moments and restarted each time (embedded PostgreSQL by default; DATABASE_URL for a
 * server). After every restart: every acknowledged mutation is there, the SQL invariants hold,
 * the recompute check finds nothing, and the start took under 5 s. Keyed (Idempotency-Key)
 * adjustments retried across crashes must exist exactly once.
 */

interface Ack {
  kind: "supplierVersion" | "adjustment" | "auditCompleted" | "category";
  id: string;
  detail?: string | number;
}

const Q = {
  suppliers: `{ suppliers(first: 100) { edges { node { id version } } } }`,
  update: `mutation($id: ID!, $v: Int!, $n: String!) { updateSupplier(id: $id, expectedVersion: $v,
    input: { legalName: $n }) { id version legalName } }`,
  adjust: `mutation($s: ID!, $r: String!) { adjustPriority(input: { supplierId: $s, delta: 1, reason: $r }) { id } }`,
  category: `mutation($c: String!) { createMaterialCategory(input: { code: $c, name: "Crash test category" }) { id } }`,
  checklists: `{ checklists(status: PUBLISHED) { id items { id } } me { id } }`,
  schedule: `mutation($input: ScheduleAuditInput!) { scheduleAudit(input: $input) { id } }`,
  start: `mutation($id: ID!) { startAudit(id: $id) { id } }`,
  results: `mutation($a: ID!, $r: [ItemResultInput!]!) { recordItemResults(auditId: $a, results: $r) { id } }`,
  finding: `mutation($a: ID!, $i: FindingInput!) { recordFinding(auditId: $a, input: $i) { id } }`,
  complete: `mutation($id: ID!) { completeAudit(id: $id) { id status } }`,
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function main(): Promise<void> {
  const kills = argNumber("kills", 50);
  const settle = !process.argv.includes("--no-settle");
  const target = await prepareTarget("crash");
  console.log(`crash: ${kills} SIGKILLs, ${target.describe}`);
  const env = {
    ...target.env,
    SEED_DEMO: "true",
    LOG_LEVEL: "info",
    STANDING_REFRESH_SECONDS: "5",
  };
  const mainJs = buildPortal();
  let portal: LaunchedPortal = await launchPortal(mainJs, env, 90_000);
  const tokens = await demoTokens(portal.url);
  const acks: Ack[] = [];
  const keyed = new Map<string, { supplierId: string; reason: string; acked: boolean }>();
  const startTimes: number[] = [];
  const problems: string[] = [];
  let sent = 0;
  let failedInFlight = 0;
  let running = true;
  let url = portal.url;

  const call = async (
    role: RoleName,
    query: string,
    variables: Record<string, unknown>,
    headers?: Record<string, string>,
  ) => {
    sent += 1;
    try {
      return await gql(url, query, variables, tokens[role], headers);
    } catch {
      failedInFlight += 1; // killed mid-request: unacknowledged, may or may not have committed
      await sleep(100);
      return null;
    }
  };

  const setup = (await gql(url, Q.checklists, {}, tokens.AUDITOR)).body.data;
  const checklist = setup.checklists[0] as { id: string; items: { id: string }[] };
  const auditorId = setup.me.id as string;

  const supplierWorker = async () => {
    while (running) {
      const list = await call("ADMIN", Q.suppliers, {});
      const edges = list?.body.data?.suppliers.edges as
        | { node: { id: string; version: number } }[]
        | undefined;
      if (!edges) continue;
      const { id, version } = edges[Math.floor(Math.random() * edges.length)].node;
      const name = `crash-${randomUUID().slice(0, 8)}`;
      const result = await call("ADMIN", Q.update, { id, v: version, n: name });
      const updated = result?.body.data?.updateSupplier;
      if (updated) acks.push({ kind: "supplierVersion", id, detail: updated.version });
    }
  };
  const adjustmentWorker = async () => {
    while (running) {
      const list = await call("PROCUREMENT", Q.suppliers, {});
      const edges = list?.body.data?.suppliers.edges as { node: { id: string } }[] | undefined;
      if (!edges) continue;
      const supplierId = edges[Math.floor(Math.random() * edges.length)].node.id;
      const key = randomUUID();
      const reason = `Crash-test adjustment ${key}`;
      keyed.set(key, { supplierId, reason, acked: false });
      const result = await call(
        "PROCUREMENT",
        Q.adjust,
        { s: supplierId, r: reason },
        { "idempotency-key": key },
      );
      const id = result?.body.data?.adjustPriority?.id as string | undefined;
      if (id) {
        acks.push({ kind: "adjustment", id });
        keyed.get(key)!.acked = true;
      }
      const code = `CR${randomUUID().slice(0, 6).toUpperCase()}`;
      const category = await call("ADMIN", Q.category, { c: code });
      const categoryId = category?.body.data?.createMaterialCategory?.id as string | undefined;
      if (categoryId) acks.push({ kind: "category", id: categoryId, detail: code });
    }
  };
  const auditWorker = async () => {
    while (running) {
      const list = await call("AUDITOR", Q.suppliers, {});
      const edges = list?.body.data?.suppliers.edges as { node: { id: string } }[] | undefined;
      if (!edges) continue;
      const supplierId = edges[Math.floor(Math.random() * edges.length)].node.id;
      const input = {
        supplierId,
        checklistId: checklist.id,
        type: "PERIODIC",
        leadAuditorId: auditorId,
        plannedDate: new Date(Date.now() + 86_400_000).toISOString(),
      };
      const auditId = (await call("AUDITOR", Q.schedule, { input }))?.body.data?.scheduleAudit
        ?.id as string | undefined;
      if (!auditId || !(await call("AUDITOR", Q.start, { id: auditId }))?.body.data) continue;
      const results = checklist.items.map((item, i) => ({
        itemId: item.id,
        result: i % 7 === 0 ? "PARTIAL" : "CONFORMS",
      }));
      if (!(await call("AUDITOR", Q.results, { a: auditId, r: results }))?.body.data) continue;
      const finding = {
        area: "HEALTH_AND_SAFETY",
        severity: "MAJOR",
        likelihood: 3,
        impact: 4,
        description: "Crash-test finding",
      };
      if (!(await call("AUDITOR", Q.finding, { a: auditId, i: finding }))?.body.data) continue;
      const done = await call("AUDITOR", Q.complete, { id: auditId });
      if (done?.body.data?.completeAudit?.status === "COMPLETED")
        acks.push({ kind: "auditCompleted", id: auditId });
    }
  };

  const verify = async (round: number) => {
    const databaseUrl = await target.databaseUrl();
    const { Client } = await import("pg");
    const client = new Client({ connectionString: databaseUrl });
    await client.connect();
    try {
      const missing: string[] = [];
      const versions = new Map<string, number>();
      for (const row of (await client.query(`SELECT id, version FROM supplier`)).rows as {
        id: string;
        version: number;
      }[])
        versions.set(row.id, row.version);
      const ids = (table: string, list: string[]) =>
        client
          .query(`SELECT id::text FROM ${table} WHERE id = ANY($1::uuid[])`, [list])
          .then((r) => new Set(r.rows.map((x: { id: string }) => x.id)));
      const adjustments = await ids(
        "priority_adjustment",
        acks.filter((a) => a.kind === "adjustment").map((a) => a.id),
      );
      const categories = await ids(
        "material_category",
        acks.filter((a) => a.kind === "category").map((a) => a.id),
      );
      const completed = new Set(
        (await client.query(`SELECT id::text FROM audit WHERE status = 'COMPLETED'`)).rows.map(
          (x: { id: string }) => x.id,
        ),
      );
      for (const ack of acks) {
        const present =
          ack.kind === "supplierVersion"
            ? (versions.get(ack.id) ?? 0) >= Number(ack.detail)
            : ack.kind === "adjustment"
              ? adjustments.has(ack.id)
              : ack.kind === "category"
                ? categories.has(ack.id)
                : completed.has(ack.id);
        if (!present) missing.push(`${ack.kind} ${ack.id}`);
      }
      const duplicates = (
        await client.query(
          `SELECT reason, count(*)::int AS n FROM priority_adjustment WHERE reason LIKE 'Crash-test adjustment %' GROUP BY reason HAVING count(*) > 1`,
        )
      ).rows;
      if (missing.length)
        problems.push(
          `round ${round}: ${missing.length} acknowledged mutations missing: ${missing.slice(0, 3).join(", ")}`,
        );
      if (duplicates.length)
        problems.push(`round ${round}: ${duplicates.length} keyed adjustments applied twice`);
    } finally {
      await client.end();
    }
    const data = await checkData(databaseUrl);
    if (data.invariants.length)
      problems.push(`round ${round}: invariants ${JSON.stringify(data.invariants)}`);
    if (data.standings.differences.length)
      problems.push(
        `round ${round}: ${data.standings.differences.length} recompute differences ${JSON.stringify(data.standings.differences.slice(0, 2))}`,
      );
  };

  const started = Date.now();
  for (let round = 1; round <= kills; round++) {
    running = true;
    const workers = [
      supplierWorker(),
      supplierWorker(),
      adjustmentWorker(),
      auditWorker(),
      auditWorker(),
    ];
    await sleep(300 + Math.random() * 1700);
    portal.child.kill("SIGKILL");
    await portal.exited;
    running = false;
    await Promise.all(workers);
    const restartAt = Date.now();
    portal = await launchPortal(mainJs, env, 30_000);
    const ms = Date.now() - restartAt;
    startTimes.push(ms);
    url = portal.url;
    if (ms > 5000) problems.push(`round ${round}: start took ${ms} ms`);
    await verify(round);
    process.stdout.write(
      `  kill ${round}/${kills}: restarted in ${ms} ms, ${acks.length} acknowledged so far\n`,
    );
  }

  if (settle) {
    // Keys claimed by killed requests hold a 60 s lease; once it passes, every retry resolves.
    await sleep(61_000);
  }
  let replayed = 0;
  let reexecuted = 0;
  let unresolved = 0;
  const lostResponses: string[] = [];
  for (const [key, { supplierId, reason, acked }] of keyed) {
    const retry = await gql(url, Q.adjust, { s: supplierId, r: reason }, tokens.PROCUREMENT, {
      "idempotency-key": key,
    });
    if (retry.body.data?.adjustPriority) {
      if (acked) replayed += 1;
      else reexecuted += 1;
    } else {
      unresolved += 1;
      // "Applied but its response was lost": committed before the kill, so exactly once.
      if (settle && /applied/.test(retry.body.errors?.[0]?.message ?? ""))
        lostResponses.push(reason);
    }
  }
  if (lostResponses.length > 0) {
    const databaseUrl = await target.databaseUrl();
    const { Client } = await import("pg");
    const client = new Client({ connectionString: databaseUrl });
    await client.connect();
    const { rows } = await client.query(
      `SELECT count(*)::int AS n FROM priority_adjustment WHERE reason = ANY($1)`,
      [lostResponses],
    );
    await client.end();
    if (rows[0].n !== lostResponses.length)
      problems.push(
        `${lostResponses.length} keys applied without a stored response, ${rows[0].n} rows`,
      );
  }
  await verify(kills + 1);
  await portal.stop();
  await target.dispose();

  const sorted = [...startTimes].sort((a, b) => a - b);
  const count = (kind: Ack["kind"]) => acks.filter((a) => a.kind === kind).length;
  console.log(
    `crash: ${kills} kills in ${((Date.now() - started) / 1000).toFixed(0)} s; ${sent} requests, ` +
      `${failedInFlight} cut off by a kill; acknowledged: ${count("supplierVersion")} supplier updates, ` +
      `${count("adjustment")} adjustments, ${count("category")} categories, ${count("auditCompleted")} completed audits; ` +
      `restart ms median ${sorted[Math.floor(sorted.length / 2)]}, max ${sorted[sorted.length - 1]}; ` +
      `keyed retries: ${replayed} replayed, ${reexecuted} first applied on retry, ${unresolved} refused (${lostResponses.length} applied, response lost); ` +
      `problems: ${problems.length}`,
  );
  for (const problem of problems) console.log(`PROBLEM ${problem}`);
  process.exit(problems.length > 0 ? 1 : 0);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
