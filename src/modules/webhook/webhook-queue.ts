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
 * Queues the event for every enabled webhook subscribed to it, in the caller's transaction
 * (an outbox: a rolled-back change sends nothing, a committed one is sent after commit).
 */
export async function queueWebhookEvent(
  manager: EntityManager,
  now: Date,
  input: WebhookEventInput,
): Promise<void> {
  const [supplier] =
    input.supplierName !== undefined
      ? input.supplierName === null
        ? []
        : [{ id: input.supplierId, name: input.supplierName }]
      : ((await manager.query(`SELECT id, name FROM supplier WHERE id = $1`, [
          input.supplierId,
        ])) as { id: string; name: string }[]);
  const body = JSON.stringify({
    id: input.key,
    type: WEBHOOK_EVENT_TYPE[input.event],
    occurredAt: now.toISOString(),
    supplier: supplier ?? { id: input.supplierId, name: null },
    link: input.link,
    data: input.data,
  });
  await manager.query(
    `INSERT INTO webhook_delivery (webhook_id, event_key, event, body, status, attempts,
       next_attempt_at, created_at)
     SELECT w.id, $1::varchar, $2::varchar, $3::text, 'PENDING', 0, $4::timestamptz, $4::timestamptz
       FROM webhook w
      WHERE w.disabled_at IS NULL AND $2::varchar = ANY(w.events)
     ON CONFLICT (webhook_id, event_key) DO NOTHING`,
    [input.key, input.event, body, now],
  );
}
