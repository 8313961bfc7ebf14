import { rmSync } from "node:fs";
import { Client } from "pg";
import { testDatabaseEnv } from "./databases";

export default async function globalTeardown(): Promise<void> {
  const { adminUrl, runId } = testDatabaseEnv();
  const state = globalThis.__ESG_TEST_DB__;
  if (state?.embedded) {
    await state.embedded.stop();
    if (state.dir) rmSync(state.dir, { recursive: true, force: true });
    return;
  }
  // On a shared server, drop this run's databases (test files drop their own; this catches crashes).
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ datname: string }>(
      "SELECT datname FROM pg_database WHERE datname LIKE $1 OR datname LIKE $2",
      [`esg_t_${runId}_%`, `esg_tpl_${runId}`],
    );
    for (const { datname } of rows)
      await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
  } finally {
    await client.end();
  }
}
