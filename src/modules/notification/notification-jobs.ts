import type { Logger } from "pino";
import type { DataSource } from "typeorm";
import type { NotificationSettings } from "../../config/config";
import type { Clock } from "../../shared/clock";
import { every } from "../../shared/interval-job";
import { sendDueDeliveries } from "./delivery-worker";
import { smtpMailer, type Mailer } from "./mailer";
import { scanReminders } from "./reminder-scanner";

/**
 * The two background jobs of notifications, safe with several instances: the reminder scan
 * (at start, then every NOTIFY_SCAN_SECONDS) and, with SMTP_URL, the e-mail worker (at start,
 * then every NOTIFY_SEND_SECONDS). Without SMTP_URL one log line says e-mail is off.
 */
export function startNotificationJobs(
  dataSource: DataSource,
  clock: Clock,
  logger: Logger,
  settings: NotificationSettings,
  mailer: Mailer | null = settings.smtpUrl && settings.mailFrom
    ? smtpMailer(settings.smtpUrl, settings.mailFrom)
    : null,
) {
  const scanner = every(settings.scanSeconds, async () => {
    try {
      const written = await scanReminders(dataSource, clock);
      if (written > 0) logger.info({ written }, "reminder notifications written");
    } catch (error) {
      logger.error({ err: error }, "reminder scan failed");
    }
  });
  if (settings.scanSeconds > 0) scanner.run();

  if (!mailer) {
    logger.info("SMTP_URL is not set: notifications are in-app only, no e-mail is sent");
  } else {
    logger.info({ publicUrl: settings.publicUrl }, "e-mail notifications on");
  }
  const worker = mailer
    ? every(settings.sendSeconds, async () => {
        try {
          const run = await sendDueDeliveries(dataSource, clock, mailer, settings);
          if (run.sent + run.failed + run.retried > 0) logger.info(run, "notification e-mails");
        } catch (error) {
          logger.error({ err: error }, "notification e-mail worker failed");
        }
      })
    : null;
  if (settings.sendSeconds > 0) worker?.run();
  return {
    async stop() {
      await scanner.stop();
      await worker?.stop();
      mailer?.close();
    },
  };
}
