import type { Logger } from "pino";
import type { DataSource } from "typeorm";
import type { AppConfig } from "../config/config";
import { createDataSource } from "./data-source";
import {
  readOrCreateSecrets,
  startEmbeddedPostgres,
  type EmbeddedDatabase,
} from "../database/embedded";

export interface Database {
  dataSource: DataSource;
  embedded: EmbeddedDatabase | null;
  /** Kept in DATA_DIR for the embedded database so tokens survive a restart. */
  persistedJwtSecret: string | null;
  close(): Promise<void>;
}

/** Instances starting together on one database migrate one at a time (a session advisory lock). */
async function migrateExclusively(dataSource: DataSource) {
  const lock = dataSource.createQueryRunner();
  await lock.connect();
  try {
    await lock.query("SELECT pg_advisory_lock(hashtext('esg-portal:migrations'))");
    return await dataSource.runMigrations({ transaction: "each" });
  } finally {
    await lock
      .query("SELECT pg_advisory_unlock(hashtext('esg-portal:migrations'))")
      .catch(() => {});
    await lock.release();
  }
}

/** DATABASE_URL when set, otherwise the embedded PostgreSQL in DATA_DIR: one code path after that. */
export async function openDatabase(config: AppConfig, logger: Logger): Promise<Database> {
  const embedded = config.databaseUrl
    ? null
    : await startEmbeddedPostgres({ dataDir: config.dataDir, database: "portal", logger });
  const url = config.databaseUrl ?? embedded!.url;
  const dataSource = createDataSource({
    url,
    poolSize: config.dbPoolSize,
    preparedStatements: config.dbPreparedStatements,
  });
  try {
    await dataSource.initialize();
    if (config.migrationsRun) {
      const applied = await migrateExclusively(dataSource);
      if (applied.length > 0)
        logger.info({ migrations: applied.map((m) => m.name) }, "migrations applied");
    }
  } catch (error) {
    if (dataSource.isInitialized) await dataSource.destroy();
    await embedded?.stop();
    throw error;
  }
  return {
    dataSource,
    embedded,
    persistedJwtSecret: embedded ? readOrCreateSecrets(config.dataDir).jwtSecret : null,
    close: async () => {
      if (dataSource.isInitialized) await dataSource.destroy();
      await embedded?.stop();
    },
  };
}
