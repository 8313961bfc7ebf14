import "reflect-metadata";
import { randomBytes } from "node:crypto";
import type { DataSource } from "typeorm";
import pino from "pino";
import { loadConfig, type AppConfig } from "../../src/config/config";
import { createDataSource } from "../../src/app/data-source";
import { createServer, type PortalServer } from "../../src/server";
import { FixedClock } from "../../src/shared/clock";
import { adminQuery, testDatabaseEnv, withDatabase } from "./databases";

export interface GraphQLResult<T = Record<string, any>> {
  data?: T | null;
  errors?: Array<{
    message: string;
    path?: readonly (string | number)[];
    extensions?: Record<string, any>;
  }>;
}

export interface TestApp {
  dataSource: DataSource;
  server: PortalServer;
  clock: FixedClock;
  config: AppConfig;
  databaseUrl: string;
  /** Runs an operation through Apollo as the holder of `token` (null: anonymous). */
  exec<T = Record<string, any>>(
    token: string | null,
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<GraphQLResult<T>>;
  close(): Promise<void>;
}

let counter = 0;

/** A fresh database cloned from the migrated template, and a server on it; one per test file. */
export async function createTestApp(
  options: { now?: Date; env?: NodeJS.ProcessEnv } = {},
): Promise<TestApp> {
  const { adminUrl, template, runId } = testDatabaseEnv();
  const name = `esg_t_${runId}_${process.pid}_${++counter}_${randomBytes(3).toString("hex")}`;
  await adminQuery(adminUrl, `CREATE DATABASE "${name}" TEMPLATE "${template}"`);
  const databaseUrl = withDatabase(adminUrl, name);
  const dataSource = createDataSource({ url: databaseUrl, poolSize: 5 });
  await dataSource.initialize();
  const config = loadConfig({
    NODE_ENV: "test",
    LOG_LEVEL: "silent",
    DATABASE_URL: databaseUrl,
    // .ci/run runs the suite once with GRAPHQL_JIT=1 (compiled execution) and once without.
    GRAPHQL_JIT: process.env.GRAPHQL_JIT,
    ...options.env,
  });
  const clock = new FixedClock(options.now ?? new Date("2026-06-01T09:00:00Z"));
  const server = await createServer({
    config,
    dataSource,
    clock,
    logger: pino({ level: "silent" }),
    jwtSecret: randomBytes(32).toString("hex"),
  });

  return {
    dataSource,
    server,
    clock,
    config,
    databaseUrl,
    async exec(token, query, variables) {
      const contextValue = await server.contextFor(token);
      const response = await server.apollo.executeOperation({ query, variables }, { contextValue });
      if (response.body.kind !== "single") throw new Error("unexpected incremental response");
      return response.body.singleResult as GraphQLResult<any>;
    },
    async close() {
      await server.stop();
      await dataSource.destroy();
      await adminQuery(adminUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    },
  };
}

export function errorCodes(result: GraphQLResult): string[] {
  return (result.errors ?? []).map((error) => String(error.extensions?.code));
}
