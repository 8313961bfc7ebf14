import type { Logger } from "pino";
import type { DataSource } from "typeorm";
import type { Clock } from "../../shared/clock";
import { every } from "../../shared/interval-job";
import { sendDueWebhooks } from "./webhook-worker";

/**
 * Sends due webhook deliveries at start, then every `sendSeconds` (NOTIFY_SEND_SECONDS, as
 * e-mails), with their attempts (NOTIFY_MAX_ATTEMPTS). Safe with several instances.
 */
export function startWebhookJob(
  dataSource: DataSource,
  clock: Clock,
  logger: Logger,
  settings: { sendSeconds: number; maxAttempts: number; allowPrivate: boolean },
) {
  const worker = every(settings.sendSeconds, async () => {
    try {
      const run = await sendDueWebhooks(dataSource, clock, settings);
      if (run.sent + run.failed + run.retried > 0) logger.info(run, "webhook deliveries");
    } catch (error) {
      logger.error({ err: error }, "webhook worker failed");
    }
  });
  if (settings.sendSeconds > 0) worker.run();
  return worker;
}
