import { Client } from "pg";

export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

export async function adminQuery(adminUrl: string, sql: string): Promise<void> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export interface TestDatabaseEnv {
  adminUrl: string;
  template: string;
  runId: string;
}

export function testDatabaseEnv(): TestDatabaseEnv {
  const adminUrl = process.env.ESG_TEST_ADMIN_URL;
  const template = process.env.ESG_TEST_TEMPLATE;
  const runId = process.env.ESG_TEST_RUN_ID;
  if (!adminUrl || !template || !runId)
    throw new Error("test database not prepared: run the suite with jest (globalSetup)");
  return { adminUrl, template, runId };
}
