import "reflect-metadata";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pino from "pino";
import { createDataSource } from "../src/app/data-source";
import { startEmbeddedPostgres } from "../src/database/embedded";
import { pendingSchemaChanges } from "../src/database/schema-drift";
import { adminQuery, withDatabase } from "../test/support/databases";

/**
 * `npm run migration:generate -- <Name>`: migrates a scratch database (embedded, or a fresh
 * database on DATABASE_URL's server), diffs it against the entities and writes the SQL as a
 * new migration, registered in migrations/index.ts.
 */
async function main(): Promise<void> {
  const name = process.argv[2];
  if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name)) {
    console.error("usage: npm run migration:generate -- <PascalCaseName>");
    process.exit(1);
  }
  const logger = pino({ level: "warn" });
  const dir = mkdtempSync(path.join(tmpdir(), "esg-migrate-"));
  // Never the database DATABASE_URL names: a scratch database beside it on the same server.
  const serverUrl = process.env.DATABASE_URL;
  const scratch = `esg_migrate_${Date.now()}`;
  if (serverUrl) await adminQuery(serverUrl, `CREATE DATABASE "${scratch}"`);
  const db = serverUrl
    ? null
    : await startEmbeddedPostgres({ dataDir: dir, database: "scratch", logger, persistent: false });
  const url = serverUrl ? withDatabase(serverUrl, scratch) : db!.url;
  const dataSource = createDataSource({ url });
  try {
    await dataSource.initialize();
    await dataSource.runMigrations({ transaction: "each" });
    const { up, down } = await pendingSchemaChanges(dataSource);
    if (up.length === 0) {
      console.log("Entities and migrations agree: nothing to generate.");
      return;
    }
    const timestamp = Date.now();
    const className = `${name}${timestamp}`;
    const quote = (sql: string) => "`" + sql.replace(/\\/g, "\\\\").replace(/`/g, "\\`") + "`";
    const file = `import type { MigrationInterface, QueryRunner } from "typeorm";

export class ${className} implements MigrationInterface {
  name = "${className}";

  public async up(queryRunner: QueryRunner): Promise<void> {
${up.map((sql) => `    await queryRunner.query(${quote(sql)});`).join("\n")}
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
${down.map((sql) => `    await queryRunner.query(${quote(sql)});`).join("\n")}
  }
}
`;
    const fileName = `${timestamp}-${name}`;
    writeFileSync(path.join("migrations", `${fileName}.ts`), file);
    const indexPath = path.join("migrations", "index.ts");
    const index = readFileSync(indexPath, "utf8")
      .replace(
        /(\/\/ Every migration[^\n]*\n)/,
        `$1import { ${className} } from "./${fileName}";\n`,
      )
      .replace(/export const MIGRATIONS: Function\[\] = \[([^\]]*)\];/, (_m, list: string) => {
        const items = list
          .split(",")
          .map((s) => s.trim())
          .filter(Boolean);
        return `export const MIGRATIONS: Function[] = [${[...items, className].join(", ")}];`;
      });
    writeFileSync(indexPath, index);
    const prettier = require.resolve("prettier/bin/prettier.cjs");
    const written = [indexPath, path.join("migrations", `${fileName}.ts`)];
    execFileSync(process.execPath, [prettier, "--write", ...written], { stdio: "ignore" });
    console.log(
      `Wrote migrations/${fileName}.ts (${up.length} statements); review it before committing.`,
    );
  } finally {
    if (dataSource.isInitialized) await dataSource.destroy();
    await db?.stop();
    if (serverUrl) await adminQuery(serverUrl, `DROP DATABASE IF EXISTS "${scratch}" WITH (FORCE)`);
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
