import type { EntityManager } from "typeorm";
import type { Tx } from "../../database/transaction";
import { Role } from "../../shared/domain/role.enum";
import { queueDeliveries } from "./delivery-queue";
import { KIND_CATEGORY, type KindParams, type NotificationKind } from "./notification.kinds";
import { renderNotification } from "./notification.templates";
import { queueWebhookEvent } from "../webhook/webhook-queue";
import { WebhookEvent } from "../webhook/webhook.enums";

/** Who receives a notification; always active users only, resolved in SQL at write time. */
export type Audience =
  /** The supplier's active SUPPLIER users. */
  | { supplierUsers: string }
  /** Every active user of the role. */
  | { role: Role.AUDITOR | Role.PROCUREMENT }
  /** One user (the lead auditor), when active. */
  | { user: string };

/** The notification kinds that integrations hear of too, as webhook events. */
const WEBHOOK_EVENT_OF: Partial<Record<NotificationKind, WebhookEvent>> = {
  "procurement.status_changed": WebhookEvent.SUPPLIER_STATUS_CHANGED,
  "audit.completed": WebhookEvent.AUDIT_COMPLETED,
  // The first day a corrective action is past its deadline (not the weekly repeats).
  "cap.overdue": WebhookEvent.FINDING_OVERDUE,
};

/** One event: one notification per recipient, deduplicated on (`key`, recipient). */
export interface NotificationEvent<K extends NotificationKind = NotificationKind> {
  /** What makes it this event and no other, e.g. `audit.scheduled:<auditId>`. */
  key: string;
  kind: K;
  /** The supplier the event is about (its name goes into the texts). */
  supplierId: string;
  params: KindParams[K];
  /** The audiences with the portal path each one's notification links to. */
  to: readonly { audience: Audience; link: string }[];
}

export interface WrittenAt {
  now: Date;
  /** Whoever caused it, never notified of their own act; null for the scheduler. */
  actorId: string | null;
}

function audienceFilter(audience: Audience): { sql: string; value: string } {
  if ("supplierUsers" in audience)
    return {
      sql: `u.role = '${Role.SUPPLIER}' AND u.supplier_id = $8`,
      value: audience.supplierUsers,
    };
  if ("role" in audience) return { sql: `u.role = $8`, value: audience.role };
  return { sql: `u.id = $8`, value: audience.user };
}

/**
 * Writes an event's notifications (and their e-mail deliveries) with `manager`, in the caller's
 * transaction. ON CONFLICT DO NOTHING on (event_key, recipient_id): an event written twice, by
 * a retry or by two instances at once, notifies each recipient once. Returns how many were new.
 */
export async function writeNotifications(
  manager: EntityManager,
  at: WrittenAt,
  event: NotificationEvent,
): Promise<number> {
  const webhookEvent = WEBHOOK_EVENT_OF[event.kind];
  if (webhookEvent)
    await queueWebhookEvent(manager, at.now, {
      event: webhookEvent,
      key: event.key,
      supplierId: event.supplierId,
      link: event.to[0]?.link ?? null,
      data: event.params as Record<string, unknown>,
    });
  const [supplier] = (await manager.query(`SELECT name FROM supplier WHERE id = $1`, [
    event.supplierId,
  ])) as { name: string }[];
  const { title, body } = renderNotification(event.kind, event.params, {
    supplierName: supplier?.name ?? "a supplier",
  });
  const category = KIND_CATEGORY[event.kind];
  const written: { id: string; recipient_id: string }[] = [];
  for (const { audience, link } of event.to) {
    const filter = audienceFilter(audience);
    const rows = (await manager.query(
      `INSERT INTO notification (event_key, kind, category, recipient_id, title, body, link,
         created_at)
       SELECT $1, $2, $3, u.id, $4, $5, $6, $7
         FROM app_user u
        WHERE u.active AND ${filter.sql} AND u.id IS DISTINCT FROM $9
        ORDER BY u.id
       ON CONFLICT (event_key, recipient_id) DO NOTHING
       RETURNING id, recipient_id`,
      [event.key, event.kind, category, title, body, link, at.now, filter.value, at.actorId],
    )) as { id: string; recipient_id: string }[];
    written.push(...rows);
  }
  if (written.length > 0) {
    await queueDeliveries(
      manager,
      at.now,
      category,
      written.map((row) => ({ notificationId: row.id, recipientId: row.recipient_id })),
    );
  }
  return written.length;
}

/** Notifies an event in the transaction of the change behind it (the viewer is the actor). */
export async function notify<K extends NotificationKind>(
  tx: Tx,
  event: NotificationEvent<K>,
): Promise<void> {
  await writeNotifications(
    tx.manager,
    { now: tx.now, actorId: tx.ctx.viewer?.userId ?? null },
    event as unknown as NotificationEvent,
  );
}
