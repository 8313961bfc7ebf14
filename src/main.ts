import "reflect-metadata";
import { ConfigError, loadConfig, type AppConfig } from "./config/config";
import { openDatabase } from "./app/database";
import { DataDirInUseError } from "./database/embedded";
import { createLogger } from "./logger";
import { bootstrapAdmin } from "./modules/identity/bootstrap";
import { sharedSigningSecret } from "./modules/identity/signing-secret";
import { seedDemo } from "./demo/demo-seed";
import { startDocumentSweeper } from "./modules/document/document-sweeper";
import { startStandingRefresher } from "./modules/procurement/standing-refresher";
import { startNotificationJobs } from "./modules/notification/notification-jobs";
import { startWebhookJob } from "./modules/webhook/webhook-job";
import { createServer } from "./server";
import { systemClock } from "./shared/clock";

async function main(): Promise<void> {
  let config: AppConfig;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
  const logger = createLogger(config.logLevel);
  let database;
  try {
    database = await openDatabase(config, logger);
  } catch (error) {
    if (error instanceof DataDirInUseError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
  const { dataSource } = database;

  let jwtSecret = config.jwtSecret ?? database.persistedJwtSecret;
  if (!jwtSecret) {
    // Shared through the database so that several instances accept each other's tokens.
    jwtSecret = await sharedSigningSecret(dataSource);
    logger.warn("JWT_SECRET is not set: using a secret generated and kept in the database");
  }

  const bootContext = { clock: systemClock, requestId: "startup" };
  await bootstrapAdmin(dataSource, bootContext, logger, {
    email: config.adminEmail,
    password: config.adminPassword,
  });
  const demo = config.seedDemo ? await seedDemo(dataSource, bootContext, logger) : null;

  const server = await createServer({ config, dataSource, logger, jwtSecret });
  const refresher = startStandingRefresher(
    dataSource,
    systemClock,
    logger,
    config.standingRefreshSeconds,
  );
  const sweeper = startDocumentSweeper(
    () => server.contextFor(null, "document-sweep"),
    config.documents,
    logger,
  );
  const notifications = startNotificationJobs(
    dataSource,
    systemClock,
    logger,
    config.notifications,
  );
  const webhooks = startWebhookJob(dataSource, systemClock, logger, {
    sendSeconds: config.notifications.sendSeconds,
    maxAttempts: config.notifications.maxAttempts,
    allowPrivate: config.webhooks.allowPrivate,
  });
  const port = await server.listen(config.port, config.host);
  const url = `http://${config.host === "0.0.0.0" ? "localhost" : config.host}:${port}`;
  logger.info({ url, embedded: database.embedded !== null }, "portal listening");

  const lines = [
    `\nSupplier ESG audit portal: ${url}/   (GraphQL: ${url}/graphql, health: ${url}/healthz, ${url}/readyz)`,
  ];
  if (demo) {
    lines.push("Demo log-ins (password for all: " + demo.password + "):");
    for (const login of demo.logins) {
      const language = login.locale === "zh-CN" ? "   (中文 / Chinese)" : "";
      lines.push(`  ${login.role.padEnd(12)} ${login.email}${language}`);
    }
  }
  process.stdout.write(`${lines.join("\n")}\n\n`);

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, "shutting down: finishing in-flight requests");
    const timer = setTimeout(() => {
      logger.error("shutdown timed out; exiting");
      process.exit(1);
    }, config.shutdownTimeoutMs);
    timer.unref();
    try {
      await refresher.stop();
      await sweeper.stop();
      await notifications.stop();
      await webhooks.stop();
      await server.stop();
      await database.close();
      logger.info("stopped cleanly");
      process.exit(0);
    } catch (error) {
      logger.error({ err: error }, "error during shutdown");
      process.exit(1);
    }
  };
  process.on("SIGTERM", () => void shutdown("SIGTERM"));
  process.on("SIGINT", () => void shutdown("SIGINT"));
}

main().catch((error: unknown) => {
  process.stderr.write(
    `Failed to start: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
