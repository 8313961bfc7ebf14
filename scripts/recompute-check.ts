import "reflect-metadata";
import pino from "pino";
import { loadConfig } from "../src/config/config";
import { openDatabase } from "../src/app/database";
import { checkInvariants } from "../src/database/invariants";
import { checkStandings } from "../src/modules/procurement/standing.check";

/**
 * `npm run recompute:check [-- --fix]`: recomputes every supplier's score, status and priority
 * from scratch and lists what differs from the stored rows, then runs the SQL invariants
 * (src/database/invariants.ts). Exit 1 when anything differs or an invariant fails.
 * Uses DATABASE_URL, or the embedded database in DATA_DIR (when no portal is running on it).
 */
async function main(): Promise<void> {
  const fix = process.argv.includes("--fix");
  const config = loadConfig({ ...process.env, SEED_DEMO: "false", LOG_LEVEL: "warn" });
  const database = await openDatabase({ ...config, migrationsRun: false }, pino({ level: "warn" }));
  try {
    const started = Date.now();
    const report = await checkStandings(database.dataSource, new Date(), { fix });
    for (const d of report.differences) {
      console.log(
        `${d.supplierId} ${d.field}: stored ${JSON.stringify(d.stored)}, recomputed ${JSON.stringify(d.computed)}`,
      );
    }
    console.log(
      `recompute:check: ${report.checked} suppliers, ${report.differences.length} differences, ` +
        `${report.due} due for the refresher${fix ? `, ${report.fixed} rewritten` : ""} ` +
        `(${Date.now() - started} ms)`,
    );
    const violations = await checkInvariants(database.dataSource);
    for (const v of violations)
      console.log(`invariant "${v.name}": ${v.count} rows, e.g. ${v.sample.join(", ")}`);
    console.log(`recompute:check: ${violations.length} SQL invariant violations`);
    process.exitCode = report.differences.length > 0 || violations.length > 0 ? 1 : 0;
  } finally {
    await database.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
