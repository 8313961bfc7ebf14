import type { EntityManager } from "typeorm";
import { WEBHOOK_EVENT_TYPE, type WebhookEvent } from "./webhook.enums";

export interface WebhookEventInput {
  event: WebhookEvent;
  /** The event's identity: the same key is delivered once per webhook. */
  key: string;
  supplierId: string;
  /** The portal path the event is about, e.g. `/audits/<id>`. */
  link: string | null;
  data: Record<string, unknown>;
  /** The supplier's name when the caller has read it already (null: no such supplier). */
  supplierName?: string | null;
}

/**
 * The INSERT that queues the event for every enabled webhook subscribed to it, its parameters
 * appended to `params` (numbered after the caller's): a statement of its own, or a
 * data-modifying CTE of the caller's (the notifications of the same event).
 */
export function webhookDeliveryInsert(
  now: Date,
  input: WebhookEventInput & { supplierName: string | null },
  params: unknown[],
): string {
  const body = JSON.stringify({
    id: input.key,
    type: WEBHOOK_EVENT_TYPE[input.event],
    occurredAt: now.toISOString(),
    supplier: { id: input.supplierId, name: input.supplierName },
    link: input.link,
    data: input.data,
  });
  const start = params.length;
  params.push(input.key, input.event, body, now);
  const [key, event, text, at] = [1, 2, 3, 4].map((n) => `$${start + n}`);
  return `INSERT INTO webhook_delivery (webhook_id, event_key, event, body, status, attempts,
       next_attempt_at, created_at)
     SELECT w.id, ${key}::varchar, ${event}::varchar, ${text}::text, 'PENDING', 0,
            ${at}::timestamptz, ${at}::timestamptz
       FROM webhook w
      WHERE w.disabled_at IS NULL AND ${event}::varchar = ANY(w.events)
     ON CONFLICT (webhook_id, event_key) DO NOTHING`;
}

/**
 * Queues the event for every enabled webhook subscribed to it, in the caller's transaction
 * (an outbox: a rolled-back change sends nothing, a committed one is sent after commit).
 */
export async function queueWebhookEvent(
  manager: EntityManager,
  now: Date,
  input: WebhookEventInput,
): Promise<void> {
  const supplierName =
    input.supplierName !== undefined
      ? input.supplierName
      : ((
          (await manager.query(`SELECT name FROM supplier WHERE id = $1`, [input.supplierId])) as {
            name: string;
          }[]
        )[0]?.name ?? null);
  const params: unknown[] = [];
  await manager.query(webhookDeliveryInsert(now, { ...input, supplierName }, params), params);
}
