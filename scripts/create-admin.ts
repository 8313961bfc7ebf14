import "reflect-metadata";
import { loadConfig } from "../src/config/config";
import { openDatabase } from "../src/app/database";
import { createLogger } from "../src/logger";
import { createAdmin } from "../src/modules/identity/bootstrap";
import { passwordProblems } from "../src/modules/identity/password-policy";
import { systemClock } from "../src/shared/clock";

/**
 * `npm run create-admin -- <email> <password> [name]`: adds an ADMIN on any database
 * (DATABASE_URL, or the embedded one in DATA_DIR while the portal is stopped).
 */
async function main(): Promise<void> {
  const [email, password, ...name] = process.argv.slice(2);
  if (!email || !password) {
    console.error("usage: npm run create-admin -- <email> <password> [name]");
    process.exit(1);
  }
  const problems = passwordProblems(password, email);
  if (problems.length > 0) {
    console.error(`password ${problems.join("; ")}`);
    process.exit(1);
  }
  const config = loadConfig();
  const database = await openDatabase(config, createLogger("warn"));
  try {
    const user = await createAdmin(
      database.dataSource,
      { clock: systemClock, requestId: "create-admin" },
      {
        email,
        password,
        name: name.join(" ") || "Administrator",
      },
    );
    console.log(`created ADMIN ${user.email} (${user.id})`);
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
