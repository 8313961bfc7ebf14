import "reflect-metadata";
import { loadConfig } from "./src/config/config";
import { createDataSource } from "./src/app/data-source";

// The TypeORM CLI works on a PostgreSQL server: DATABASE_URL is required here.
const config = loadConfig();
if (!config.databaseUrl) {
  throw new Error(
    "Set DATABASE_URL to run the TypeORM CLI (e.g. postgres://postgres@127.0.0.1:5432/test)",
  );
}

export default createDataSource({ url: config.databaseUrl });
