import "reflect-metadata";
import { buildAppSchema } from "../../src/app/schema";
import { collectIds, runFuzz } from "./fuzzer";
import {
  argNumber,
  buildPortal,
  checkData,
  demoTokens,
  gql,
  launchPortal,
  prepareTarget,
  type LaunchedPortal,
} from "./harness";

/**
 * `npm run reliability:fuzz [-- --requests 10000 --seed 1]`: a portal on a fresh database with the
 * demo data, then schema-aware hostile requests to every operation as every role. Fails on any
 * 5xx or INTERNAL_SERVER_ERROR, a dead process, or data that no longer checks out.
 */
async function main(): Promise<void> {
  const requests = argNumber("requests", 10_000);
  const seed = argNumber("seed", Date.now() % 100_000);
  const target = await prepareTarget("fuzz");
  console.log(`fuzz: ${requests} requests, seed ${seed}, ${target.describe}`);
  let portal: LaunchedPortal | undefined;
  let failed = false;
  try {
    portal = await launchPortal(buildPortal(), { ...target.env, SEED_DEMO: "true" }, 90_000);
    const url = portal.url;
    const tokens = await demoTokens(url);
    const selves = await Promise.all(
      Object.values(tokens).map(
        async (t) => (await gql(url, "{ me { id } }", {}, t)).body.data.me.id as string,
      ),
    );
    const ids = await collectIds(url, tokens, selves);
    const started = Date.now();
    const report = await runFuzz({
      url,
      schema: await buildAppSchema(),
      tokens,
      ids,
      count: requests,
      seed,
    });
    const seconds = (Date.now() - started) / 1000;
    const health = await fetch(`${url}/healthz`)
      .then((r) => r.status)
      .catch(() => 0);
    const data = await checkData(await target.databaseUrl());
    console.log(JSON.stringify({ byStatus: report.byStatus, byCode: report.byCode }));
    for (const p of report.problems.slice(0, 20)) console.log("PROBLEM", JSON.stringify(p));
    console.log(
      `fuzz: ${report.requests} requests in ${seconds.toFixed(1)} s, ${report.problems.length} problems, ` +
        `process ${health === 200 ? "alive" : "DEAD"}, recompute differences ${data.standings.differences.length}, ` +
        `invariant violations ${data.invariants.length}`,
    );
    for (const d of data.standings.differences.slice(0, 10)) console.log("DIFF", JSON.stringify(d));
    for (const v of data.invariants) console.log("INVARIANT", JSON.stringify(v));
    failed =
      report.problems.length > 0 ||
      health !== 200 ||
      data.standings.differences.length > 0 ||
      data.invariants.length > 0;
  } finally {
    await portal?.stop();
    await target.dispose();
  }
  process.exit(failed ? 1 : 0);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
