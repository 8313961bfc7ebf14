import { randomUUID } from "node:crypto";
import http from "node:http";
import https from "node:https";
import type { DataSource } from "typeorm";
import type { Clock } from "../../shared/clock";
import { retryDelayMs } from "../../shared/retry";
import { assertDeliverable, checkedLookup } from "./webhook-address";
import { SIGNATURE_HEADER, signatureHeader } from "./webhook-signature";
import { WEBHOOK_EVENT_TYPE, WebhookDeliveryStatus, type WebhookEvent } from "./webhook.enums";

/** A receiver answers within this, or the attempt counts as failed. */
export const WEBHOOK_TIMEOUT_MS = 10_000;
const LEASE_MS = 5 * 60_000;
const BATCH_SIZE = 20;
const ERROR_BODY_CHARS = 300;

export interface WebhookDeliveryOptions {
  maxAttempts: number;
  allowPrivate: boolean;
}

export interface WebhookRun {
  sent: number;
  retried: number;
  failed: number;
}

interface Claimed {
  id: string;
  attempts: number;
  event: string;
  body: string;
  url: string;
  secret: string;
}

interface Outcome {
  statusCode: number | null;
  error: string | null;
}

/** One POST; resolves with the status or the network error, never rejects. */
async function post(delivery: Claimed, now: Date, allowPrivate: boolean): Promise<Outcome> {
  // Node skips `lookup` for an address literal: that case is checked here, names at connect.
  try {
    await assertDeliverable(delivery.url, allowPrivate);
  } catch (error) {
    return { statusCode: null, error: (error as Error).message };
  }
  return new Promise((resolve) => {
    const url = new URL(delivery.url);
    const request = (url.protocol === "https:" ? https : http).request(
      url,
      {
        method: "POST",
        lookup: checkedLookup(allowPrivate),
        timeout: WEBHOOK_TIMEOUT_MS,
        headers: {
          "Content-Type": "application/json",
          "Content-Length": Buffer.byteLength(delivery.body),
          "User-Agent": "esg-audit-portal-webhooks",
          "X-ESG-Event": WEBHOOK_EVENT_TYPE[delivery.event as WebhookEvent],
          "X-ESG-Delivery": delivery.id,
          [SIGNATURE_HEADER]: signatureHeader(delivery.secret, delivery.body, now),
        },
      },
      (response) => {
        let text = "";
        response.setEncoding("utf8");
        response.on("data", (chunk: string) => {
          if (text.length < ERROR_BODY_CHARS) text += chunk;
        });
        response.on("end", () => {
          const statusCode = response.statusCode ?? 0;
          resolve({
            statusCode,
            error:
              statusCode >= 200 && statusCode < 300
                ? null
                : `HTTP ${statusCode}${text ? `: ${text.slice(0, ERROR_BODY_CHARS)}` : ""}`,
          });
        });
        response.on("error", (error) =>
          resolve({ statusCode: response.statusCode ?? null, error: error.message }),
        );
      },
    );
    request.on("timeout", () => request.destroy(new Error("no answer within 10 s")));
    request.on("error", (error) => resolve({ statusCode: null, error: error.message }));
    request.end(delivery.body);
  });
}

/**
 * Sends every due delivery: claims a batch (FOR UPDATE SKIP LOCKED, then a lease), posts each
 * outside any transaction, and records SENT on a 2xx, else PENDING after the e-mails' backoff,
 * or FAILED after `maxAttempts`. Safe on several instances at once.
 */
export async function sendDueWebhooks(
  dataSource: DataSource,
  clock: Clock,
  options: WebhookDeliveryOptions,
): Promise<WebhookRun> {
  const run: WebhookRun = { sent: 0, retried: 0, failed: 0 };
  for (;;) {
    const token = randomUUID();
    const now = clock.now();
    const claimed = (await dataSource.query(
      `WITH due AS (
         SELECT d.id FROM webhook_delivery d
          WHERE d.status = 'PENDING' AND d.next_attempt_at <= $1
            AND (d.lease_until IS NULL OR d.lease_until <= $1)
          ORDER BY d.next_attempt_at, d.id
          LIMIT $2
          FOR UPDATE SKIP LOCKED),
       claimed AS (
         UPDATE webhook_delivery d
            SET lease_token = $3, lease_until = $4, attempts = d.attempts + 1
           FROM due, webhook w
          WHERE d.id = due.id AND w.id = d.webhook_id
         RETURNING d.id, d.attempts, d.event, d.body, w.url, w.secret)
       -- A bare UPDATE ... RETURNING comes back from typeorm as [rows, count]: select the rows.
       SELECT * FROM claimed`,
      [now, BATCH_SIZE, token, new Date(now.getTime() + LEASE_MS)],
    )) as Claimed[];
    for (const delivery of claimed) {
      const outcome = await post(delivery, clock.now(), options.allowPrivate);
      const last = delivery.attempts >= options.maxAttempts;
      const status =
        outcome.error === null
          ? WebhookDeliveryStatus.SENT
          : last
            ? WebhookDeliveryStatus.FAILED
            : WebhookDeliveryStatus.PENDING;
      await dataSource.query(
        `UPDATE webhook_delivery
            SET status = $3, last_status_code = $4, last_error = $5, sent_at = $6,
                next_attempt_at = $7, lease_token = NULL, lease_until = NULL
          WHERE id = $1 AND lease_token = $2`,
        [
          delivery.id,
          token,
          status,
          outcome.statusCode,
          outcome.error,
          status === WebhookDeliveryStatus.SENT ? clock.now() : null,
          status === WebhookDeliveryStatus.PENDING
            ? new Date(clock.now().getTime() + retryDelayMs(delivery.attempts))
            : null,
        ],
      );
      if (status === WebhookDeliveryStatus.SENT) run.sent++;
      else if (status === WebhookDeliveryStatus.FAILED) run.failed++;
      else run.retried++;
    }
    if (claimed.length < BATCH_SIZE) return run;
  }
}
