import type { EntityManager } from "typeorm";
import type { Tx } from "../../database/transaction";
import { Role } from "../../shared/domain/role.enum";
import { queueDeliveries } from "./delivery-queue";
import { KIND_CATEGORY, type KindParams, type NotificationKind } from "./notification.kinds";
import { renderNotification } from "./notification.templates";
import { webhookDeliveryInsert } from "../webhook/webhook-queue";
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
  /** The supplier's name when the caller has just read it (else read here; null: no supplier). */
  supplierName?: string | null;
}

export interface WrittenAt {
  now: Date;
  /** Whoever caused it, never notified of their own act; null for the scheduler. */
  actorId: string | null;
}

/** The SQL condition on `u` for an audience, its value as parameter `param`. */
function audienceFilter(audience: Audience, param: string): { sql: string; value: string } {
  if ("supplierUsers" in audience)
    return {
      sql: `u.role = '${Role.SUPPLIER}' AND u.supplier_id = ${param}`,
      value: audience.supplierUsers,
    };
  if ("role" in audience) return { sql: `u.role = ${param}`, value: audience.role };
  return { sql: `u.id = ${param}`, value: audience.user };
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
  const supplier =
    event.supplierName !== undefined
      ? event.supplierName === null
        ? undefined
        : { name: event.supplierName }
      : (
          (await manager.query(`SELECT name FROM supplier WHERE id = $1`, [event.supplierId])) as {
            name: string;
          }[]
        )[0];
  // Each recipient reads it in their own language (app_user.locale; English until chosen).
  const context = { supplierName: supplier?.name ?? null };
  const en = renderNotification(event.kind, event.params, context, "en");
  const zh = renderNotification(event.kind, event.params, context, "zh-CN");
  const category = KIND_CATEGORY[event.kind];
  const webhookEvent = WEBHOOK_EVENT_OF[event.kind];
  // The webhook outbox rows ride in the same statement (a data-modifying CTE).
  const hooks = (params: unknown[]) =>
    webhookEvent
      ? `, hooks AS (${webhookDeliveryInsert(
          at.now,
          {
            event: webhookEvent,
            key: event.key,
            supplierId: event.supplierId,
            link: event.to[0]?.link ?? null,
            data: event.params as Record<string, unknown>,
            supplierName: supplier?.name ?? null,
          },
          params,
        )})`
      : "";
  if (event.to.length === 0) {
    const params: unknown[] = [event.key, event.kind, at.now];
    const outbox = hooks(params);
    await manager.query(
      `WITH notified AS (
         INSERT INTO notification_event (event_key, kind, created_at) VALUES ($1, $2, $3)
         ON CONFLICT (event_key) DO NOTHING RETURNING event_key)${outbox}
       SELECT count(*) FROM notified`,
      params,
    );
    return 0;
  }
  // Every audience in one INSERT, in the order given: a user in two gets the first one's link.
  const params: unknown[] = [
    event.key,
    event.kind,
    category,
    en.title,
    en.body,
    at.now,
    at.actorId,
    zh.title,
    zh.body,
  ];
  const outbox = hooks(params);
  const recipients = event.to.map(({ audience, link }, index) => {
    params.push(link);
    const linkParam = `$${params.length}`;
    const filter = audienceFilter(audience, `$${params.length + 1}`);
    params.push(filter.value);
    return `SELECT u.id, u.locale, ${linkParam}::text AS link, ${index} AS audience FROM app_user u
        WHERE u.active AND ${filter.sql} AND u.id IS DISTINCT FROM $7`;
  });
  // The event goes into the ledger even when nobody receives it (NotifiedEvent).
  const written = (await manager.query(
    `WITH notified AS (
       INSERT INTO notification_event (event_key, kind, created_at) VALUES ($1, $2, $6)
       ON CONFLICT (event_key) DO NOTHING)${outbox}
     INSERT INTO notification (event_key, kind, category, recipient_id, title, body, link,
       created_at)
     SELECT $1, $2, $3, r.id,
            CASE WHEN r.locale = 'zh-CN' THEN $8 ELSE $4 END,
            CASE WHEN r.locale = 'zh-CN' THEN $9 ELSE $5 END, r.link, $6
       FROM (${recipients.join(" UNION ALL ")}) r
      ORDER BY r.audience, r.id
     ON CONFLICT (event_key, recipient_id) DO NOTHING
     RETURNING id, recipient_id`,
    params,
  )) as { id: string; recipient_id: string }[];
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
