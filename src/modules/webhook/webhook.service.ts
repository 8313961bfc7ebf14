import type { RequestContext } from "../../graphql/context";
import { decodeCursor, pageSize, toConnection, type Connection } from "../../graphql/pagination";
import { aggregateOf, change, create } from "../../database/change";
import { inTransaction } from "../../database/transaction";
import { badInput, conflict, invalidTransition } from "../../shared/errors";
import { trimToNull } from "../../shared/text";
import { requireRole } from "../identity/access";
import { assertDeliverable, WebhookAddressError } from "./webhook-address";
import { WebhookDelivery } from "./webhook-delivery.entity";
import { Webhook } from "./webhook.entity";
import { WebhookDeliveryStatus } from "./webhook.enums";
import type { RegisterWebhookInput } from "./webhook.inputs";
import { MAX_WEBHOOKS } from "./webhook.limits";
import { WEBHOOK_PERMISSIONS as P } from "./webhook.permissions";
import { newWebhookSecret } from "./webhook-signature";
import type { WebhookSecret } from "./webhook.types";
import "./webhook.services";

export const WEBHOOK = "Webhook";
export const WEBHOOK_DELIVERY = "WebhookDelivery";

/** The secret is never written to the audit trail. */
const WEBHOOKS = aggregateOf(Webhook, WEBHOOK, { versioned: true, omit: ["secret"] });
const DELIVERIES = aggregateOf(WebhookDelivery, WEBHOOK_DELIVERY, {
  versioned: false,
  omit: ["webhook", "leaseToken", "leaseUntil", "body"],
});

const allowPrivate = (ctx: RequestContext) => ctx.app.webhooks?.allowPrivate ?? false;

export async function listWebhooks(ctx: RequestContext): Promise<Webhook[]> {
  requireRole(ctx, ...P.webhooks);
  return ctx.dataSource.manager.find(Webhook, {
    order: { createdAt: "DESC", id: "DESC" },
    take: MAX_WEBHOOKS,
  });
}

/** Registers a receiver after checking where its URL leads; the secret is returned once. */
export async function registerWebhook(
  ctx: RequestContext,
  input: RegisterWebhookInput,
): Promise<WebhookSecret> {
  const viewer = requireRole(ctx, ...P.registerWebhook);
  const url = input.url.trim();
  try {
    await assertDeliverable(url, allowPrivate(ctx));
  } catch (error) {
    if (error instanceof WebhookAddressError)
      throw badInput([{ path: "input.url", message: error.message }]);
    throw error;
  }
  const secret = newWebhookSecret();
  const webhook = await inTransaction(ctx, async (tx) => {
    await tx.manager.query("SELECT pg_advisory_xact_lock(hashtext('webhook'))");
    const [{ n }] = (await tx.manager.query(
      `SELECT count(*)::int AS n FROM webhook WHERE disabled_at IS NULL`,
    )) as { n: number }[];
    if (n >= MAX_WEBHOOKS)
      throw conflict(`At most ${MAX_WEBHOOKS} webhooks are enabled at once: disable one first`);
    return create(
      tx,
      WEBHOOKS,
      {
        url,
        description: trimToNull(input.description),
        events: [...new Set(input.events)],
        secret,
        createdById: viewer.userId,
        createdAt: tx.now,
      },
      { action: "webhook.registered" },
    );
  });
  return { webhook, secret };
}

/** Stops a webhook: nothing more is queued for it, and its pending deliveries are dropped. */
export async function disableWebhook(ctx: RequestContext, id: string): Promise<Webhook> {
  requireRole(ctx, ...P.disableWebhook);
  return inTransaction(ctx, (tx) =>
    change(tx, WEBHOOKS, id, {
      action: "webhook.disabled",
      check: (before) => {
        if (before.disabledAt) throw invalidTransition(WEBHOOK, "DISABLED", "disable");
      },
      set: { disabledAt: tx.now },
      alsoWrite: async () => {
        await tx.manager.query(
          `UPDATE webhook_delivery SET status = 'FAILED', last_error = 'the webhook was disabled',
              next_attempt_at = NULL
            WHERE webhook_id = $1 AND status = 'PENDING'`,
          [id],
        );
      },
    }),
  );
}

/** One webhook's delivery log, newest first. */
export async function webhookDeliveries(
  ctx: RequestContext,
  webhookId: string,
  status: WebhookDeliveryStatus | undefined,
  first: number | undefined,
  after: string | undefined,
): Promise<Connection<WebhookDelivery>> {
  requireRole(ctx, ...P.webhookDeliveries);
  const limit = pageSize(first);
  const query = ctx.dataSource.manager
    .createQueryBuilder(WebhookDelivery, "d")
    .where("d.webhook_id = :webhookId", { webhookId });
  if (status) query.andWhere("d.status = :status", { status });
  const totalCount = await query.clone().getCount();
  if (after) {
    const [createdAt, id] = decodeCursor(after, ["timestamp", "uuid"]);
    query.andWhere("(d.created_at, d.id) < (CAST(:createdAt AS timestamptz), CAST(:id AS uuid))", {
      createdAt,
      id,
    });
  }
  const rows = await query
    .orderBy("d.created_at", "DESC")
    .addOrderBy("d.id", "DESC")
    .limit(limit + 1)
    .getMany();
  return toConnection(rows, limit, totalCount, (d) => [d.createdAt.toISOString(), d.id]);
}

/** A SENT or FAILED delivery goes out again: the same body, a fresh signature, attempts from 0. */
export async function redeliverWebhook(ctx: RequestContext, id: string): Promise<WebhookDelivery> {
  requireRole(ctx, ...P.redeliverWebhook);
  return inTransaction(ctx, async (tx) => {
    const delivery = await change(tx, DELIVERIES, id, {
      action: "webhook_delivery.redelivered",
      check: (before) => {
        if (before.status === WebhookDeliveryStatus.PENDING)
          throw invalidTransition(WEBHOOK_DELIVERY, before.status, "redeliver");
      },
      set: {
        status: WebhookDeliveryStatus.PENDING,
        attempts: 0,
        nextAttemptAt: tx.now,
        lastError: null,
        lastStatusCode: null,
        sentAt: null,
        leaseToken: null,
        leaseUntil: null,
      },
    });
    const [webhook] = (await tx.manager.query(`SELECT disabled_at FROM webhook WHERE id = $1`, [
      delivery.webhookId,
    ])) as { disabled_at: Date | null }[];
    if (webhook?.disabled_at) throw invalidTransition(WEBHOOK, "DISABLED", "redeliver");
    return delivery;
  });
}
