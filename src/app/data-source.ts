import { DataSource } from "typeorm";
import { MIGRATIONS } from "../../migrations";
import { PreparingClient } from "../database/prepared-statements";
import { ENTITIES } from "./entities";

export interface DataSourceOptions {
  url: string;
  poolSize?: number;
  /** Statement timeout keeps one runaway query from holding a pooled connection forever. */
  statementTimeoutMs?: number;
  /** Parameterised statements as named prepared statements (DB_PREPARED_STATEMENTS). */
  preparedStatements?: boolean;
}

/** One factory for the app, the TypeORM CLI (ormconfig.ts) and the tests. */
export function createDataSource(options: DataSourceOptions): DataSource {
  return new DataSource({
    type: "postgres",
    url: options.url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: "migrations",
    migrationsTransactionMode: "each",
    // gen_random_uuid() is built into PostgreSQL 13+: no extension needed.
    uuidExtension: "pgcrypto",
    synchronize: false,
    migrationsRun: false,
    logging: false,
    extra: {
      max: options.poolSize ?? 10,
      statement_timeout: options.statementTimeoutMs ?? 30_000,
      application_name: "esg-audit-portal",
      ...(options.preparedStatements === false ? {} : { Client: PreparingClient }),
    },
  });
}
