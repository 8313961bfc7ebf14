import { randomUUID } from "node:crypto";
import type { DataSource } from "typeorm";
import type { Clock } from "../../shared/clock";
import { isLocale } from "../../shared/i18n/locale";
import { renderDigestEmail, renderSingleEmail, type MailItem, type RenderedEmail } from "./email";
import { sendError, type Mailer } from "./mailer";
import { DeliveryStatus } from "./notification.enums";
import { retryDelayMs } from "../../shared/retry";

/**
 * A claimed delivery stays with its instance this long; a crash mid-send frees it after. Longer
 * than a whole batch can take against a server that hits every timeout (10 x 50 s), so a slow
 * batch is never claimed twice.
 */
export const DELIVERY_LEASE_MS = 15 * 60_000;
export const DELIVERY_BATCH_SIZE = 10;

export interface DeliveryOptions {
  publicUrl: string;
  maxAttempts: number;
  batchSize?: number;
}

export interface DeliveryRun {
  sent: number;
  retried: number;
  failed: number;
  skipped: number;
}

interface Claimed {
  id: string;
  attempts: number;
  notification_id: string | null;
  digest_day: Date | null;
  invitation_id: string | null;
  email: string;
  /** Null for an address that is no user (an invitation's). */
  name: string | null;
  locale: string | null;
  active: boolean;
}

/**
 * Claims due PENDING deliveries in one short statement (FOR UPDATE SKIP LOCKED, then a lease
 * with a token), so two instances never take the same row and no transaction stays open while
 * the SMTP server answers; an attempt is counted when it is claimed.
 */
async function claim(dataSource: DataSource, now: Date, limit: number, token: string) {
  return (await dataSource.query(
    `WITH due AS (
       SELECT id FROM notification_delivery
        WHERE status = 'PENDING' AND next_attempt_at <= $1
          AND (lease_until IS NULL OR lease_until <= $1)
        ORDER BY next_attempt_at, id
        LIMIT $2
        FOR UPDATE SKIP LOCKED),
     claimed AS (
       UPDATE notification_delivery d
          SET lease_token = $3, lease_until = $4, attempts = d.attempts + 1
         FROM due
        WHERE d.id = due.id
       RETURNING d.id, d.attempts, d.notification_id, d.digest_day, d.invitation_id,
         d.recipient_id, d.recipient_email)
     SELECT c.id, c.attempts, c.notification_id, c.digest_day, c.invitation_id,
            COALESCE(c.recipient_email, u.email) AS email, u.name, u.locale,
            COALESCE(u.active, true) AS active
       FROM claimed c LEFT JOIN app_user u ON u.id = c.recipient_id`,
    [now, limit, token, new Date(now.getTime() + DELIVERY_LEASE_MS)],
  )) as Claimed[];
}

/**
 * An invitation's e-mail as rendered when it was queued, while the invitation still waits for
 * its invitee: an expired one is not sent (a resend is queued anew).
 */
async function invitationContent(
  dataSource: DataSource,
  delivery: Claimed,
  now: Date,
): Promise<RenderedEmail | null> {
  const [row] = (await dataSource.query(
    `SELECT d.subject, d.body_text AS text, d.body_html AS html FROM notification_delivery d
       JOIN invitation i ON i.id = d.invitation_id
      WHERE d.id = $1 AND d.body_text IS NOT NULL AND i.accepted_at IS NULL
        AND i.revoked_at IS NULL AND i.expires_at > $2`,
    [delivery.id, now],
  )) as { subject: string; text: string; html: string }[];
  return row ?? null;
}

async function contentOf(
  dataSource: DataSource,
  delivery: Claimed,
  publicUrl: string,
  now: Date,
): Promise<RenderedEmail | null> {
  if (delivery.invitation_id) return invitationContent(dataSource, delivery, now);
  // Only an invitation's e-mail goes to an address without a user (and a name).
  const name = delivery.name ?? "";
  // The recipient's language now (the notifications' own texts are in it since they were written).
  const locale = isLocale(delivery.locale) ? delivery.locale : "en";
  const items = (await dataSource.query(
    delivery.notification_id
      ? `SELECT title, body, link FROM notification WHERE id = $1`
      : `SELECT title, body, link FROM notification WHERE digest_delivery_id = $1
          ORDER BY created_at, id`,
    [delivery.notification_id ?? delivery.id],
  )) as MailItem[];
  if (items.length === 0) return null;
  return delivery.digest_day
    ? renderDigestEmail(items, delivery.digest_day, name, publicUrl, locale)
    : renderSingleEmail(items[0], name, publicUrl, locale);
}

/**
 * The outcome, written only by the holder of the lease. A body kept in the row (an
 * invitation's, with its link) is dropped once sent or skipped; a FAILED one keeps it for
 * resendNotification.
 */
async function settle(
  dataSource: DataSource,
  id: string,
  token: string,
  set: {
    status: DeliveryStatus;
    error: string | null;
    sentAt: Date | null;
    nextAttemptAt: Date | null;
  },
): Promise<void> {
  await dataSource.query(
    `UPDATE notification_delivery
        SET status = $3, last_error = $4, sent_at = $5, next_attempt_at = $6,
            lease_token = NULL, lease_until = NULL,
            body_text = CASE WHEN $3::varchar IN ('PENDING', 'FAILED') THEN body_text END,
            body_html = CASE WHEN $3::varchar IN ('PENDING', 'FAILED') THEN body_html END
      WHERE id = $1 AND lease_token = $2`,
    [id, token, set.status, set.error, set.sentAt, set.nextAttemptAt],
  );
}

/**
 * Sends every due e-mail: claims a batch, sends each outside any transaction, records SENT, or
 * on failure PENDING again after the backoff, and FAILED with the error after `maxAttempts`.
 * Safe to run on several instances at once. Returns what happened.
 */
export async function sendDueDeliveries(
  dataSource: DataSource,
  clock: Clock,
  mailer: Mailer,
  options: DeliveryOptions,
): Promise<DeliveryRun> {
  const run: DeliveryRun = { sent: 0, retried: 0, failed: 0, skipped: 0 };
  const batchSize = options.batchSize ?? DELIVERY_BATCH_SIZE;
  for (;;) {
    const token = randomUUID();
    const claimed = await claim(dataSource, clock.now(), batchSize, token);
    for (const delivery of claimed) {
      const content = delivery.active
        ? await contentOf(dataSource, delivery, options.publicUrl, clock.now())
        : null;
      if (!content) {
        await settle(dataSource, delivery.id, token, {
          status: DeliveryStatus.SKIPPED,
          error: !delivery.active
            ? "the recipient is inactive"
            : delivery.invitation_id
              ? "the invitation is no longer pending (accepted, revoked, resent or expired)"
              : "nothing to send",
          sentAt: null,
          nextAttemptAt: null,
        });
        run.skipped++;
        continue;
      }
      try {
        await mailer.send({
          ...content,
          to: delivery.email,
          headers: { "X-ESG-Delivery": delivery.id },
        });
        await settle(dataSource, delivery.id, token, {
          status: DeliveryStatus.SENT,
          error: null,
          sentAt: clock.now(),
          nextAttemptAt: null,
        });
        run.sent++;
      } catch (error) {
        const last = delivery.attempts >= options.maxAttempts;
        await settle(dataSource, delivery.id, token, {
          status: last ? DeliveryStatus.FAILED : DeliveryStatus.PENDING,
          error: sendError(error),
          sentAt: null,
          nextAttemptAt: last
            ? null
            : new Date(clock.now().getTime() + retryDelayMs(delivery.attempts)),
        });
        if (last) run.failed++;
        else run.retried++;
      }
    }
    if (claimed.length < batchSize) return run;
  }
}
