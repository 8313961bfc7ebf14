import "reflect-metadata";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pino from "pino";
import { createDataSource } from "../../src/app/data-source";
import { startEmbeddedPostgres, type EmbeddedDatabase } from "../../src/database/embedded";
import { adminQuery, withDatabase } from "./databases";

declare global {
  var __ESG_TEST_DB__: { embedded: EmbeddedDatabase | null; dir: string | null } | undefined;
}

/**
 * Once per run: a PostgreSQL (DATABASE_URL's server, or an embedded one in a temp dir), and a
 * migrated template database that every test file clones (CREATE DATABASE ... TEMPLATE).
 */
export default async function globalSetup(): Promise<void> {
  const runId = `${process.pid}_${Date.now().toString(36)}`;
  let adminUrl = process.env.DATABASE_URL;
  let embedded: EmbeddedDatabase | null = null;
  let dir: string | null = null;
  if (!adminUrl) {
    dir = mkdtempSync(path.join(tmpdir(), "esg-test-pg-"));
    embedded = await startEmbeddedPostgres({
      dataDir: dir,
      database: "postgres",
      logger: pino({ level: "warn" }),
      persistent: false,
    });
    adminUrl = embedded.url;
  }
  const template = `esg_tpl_${runId}`;
  await adminQuery(adminUrl, `CREATE DATABASE "${template}"`);
  const dataSource = createDataSource({ url: withDatabase(adminUrl, template), poolSize: 2 });
  await dataSource.initialize();
  await dataSource.runMigrations({ transaction: "each" });
  await dataSource.destroy();

  process.env.ESG_TEST_ADMIN_URL = adminUrl;
  process.env.ESG_TEST_TEMPLATE = template;
  process.env.ESG_TEST_RUN_ID = runId;
  globalThis.__ESG_TEST_DB__ = { embedded, dir };
}
