import type { EntityManager } from "typeorm";
import { addDays, startOfUtcDay } from "../../shared/time";
import { emailDeliveryOn } from "./email-delivery";
import { DeliveryStatus, EmailMode, type NotificationCategory } from "./notification.enums";

/** Daily digests go out at this hour (UTC) of the next day, when the day's list is closed. */
export const DIGEST_SEND_HOUR_UTC = 6;

/** When the digest of the day `digestDay` starts is sent. */
export function digestSendAt(digestDay: Date): Date {
  return new Date(addDays(digestDay, 1).getTime() + DIGEST_SEND_HOUR_UTC * 3_600_000);
}

interface Written {
  notificationId: string;
  recipientId: string;
}

interface Preference {
  user_id: string;
  email_mode: EmailMode;
  email_off: NotificationCategory[];
}

/**
 * Queues the e-mail of freshly written notifications, by each recipient's preferences: an
 * immediate delivery (PENDING, due now), a SKIPPED one (e-mail or the category off), or a place
 * in the recipient's digest of the day (one delivery per recipient and day). Nothing without
 * SMTP: the inbox is the only channel then.
 */
export async function queueDeliveries(
  manager: EntityManager,
  now: Date,
  category: NotificationCategory,
  written: readonly Written[],
): Promise<void> {
  if (!emailDeliveryOn(manager)) return;
  const preferences = new Map(
    (
      (await manager.query(
        `SELECT user_id, email_mode, email_off FROM notification_preference
          WHERE user_id = ANY($1::uuid[])`,
        [written.map((w) => w.recipientId)],
      )) as Preference[]
    ).map((p) => [p.user_id, p]),
  );
  const singles: { row: Written; status: DeliveryStatus; note: string | null }[] = [];
  const digests: Written[] = [];
  for (const row of written) {
    const preference = preferences.get(row.recipientId);
    const mode = preference?.email_mode ?? EmailMode.IMMEDIATE;
    if (mode === EmailMode.OFF) {
      singles.push({ row, status: DeliveryStatus.SKIPPED, note: "e-mail is off for this user" });
    } else if (preference?.email_off.includes(category)) {
      singles.push({
        row,
        status: DeliveryStatus.SKIPPED,
        note: `e-mail is off for ${category} notifications`,
      });
    } else if (mode === EmailMode.DAILY_DIGEST) {
      digests.push(row);
    } else {
      singles.push({ row, status: DeliveryStatus.PENDING, note: null });
    }
  }
  // One lock order for every writer (recipients by id), so concurrent writers never deadlock.
  digests.sort((a, b) => a.recipientId.localeCompare(b.recipientId));
  const today = startOfUtcDay(now);
  for (const row of digests) {
    const [digest] = (await manager.query(
      `INSERT INTO notification_delivery (recipient_id, digest_day, status, attempts,
         next_attempt_at, created_at)
       VALUES ($1, $2, 'PENDING', 0, $3, $4)
       ON CONFLICT (recipient_id, digest_day) DO UPDATE SET recipient_id = EXCLUDED.recipient_id
       RETURNING id, status`,
      [row.recipientId, today, digestSendAt(today), now],
    )) as { id: string; status: DeliveryStatus }[];
    if (digest.status === DeliveryStatus.PENDING) {
      await manager.query(`UPDATE notification SET digest_delivery_id = $1 WHERE id = $2`, [
        digest.id,
        row.notificationId,
      ]);
    } else {
      // That day's digest is already out (a clock behind the others'): mail this one alone.
      singles.push({ row, status: DeliveryStatus.PENDING, note: null });
    }
  }
  if (singles.length === 0) return;
  const params: unknown[] = [now];
  const tuples = singles.map(({ row, status, note }) => {
    params.push(row.notificationId, row.recipientId, status, note);
    const n = params.length;
    return `($${n - 3}::uuid, $${n - 2}::uuid, $${n - 1}::varchar, 0,
      CASE WHEN $${n - 1}::varchar = 'PENDING' THEN $1::timestamptz END, $${n}::varchar,
      $1::timestamptz)`;
  });
  await manager.query(
    `INSERT INTO notification_delivery (notification_id, recipient_id, status, attempts,
       next_attempt_at, last_error, created_at)
     VALUES ${tuples.join(", ")}
     ON CONFLICT (notification_id) DO NOTHING`,
    params,
  );
}
