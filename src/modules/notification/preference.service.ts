import type { RequestContext } from "../../graphql/context";
import { inTransaction } from "../../database/transaction";
import { requireRole } from "../identity/access";
import {
  EmailMode,
  NOTIFICATION_CATEGORIES,
  type NotificationCategory,
} from "./notification.enums";
import { NotificationPreference } from "./notification-preference.entity";
import { NOTIFICATION_PERMISSIONS } from "./notification.permissions";
import type { NotificationPreferences, NotificationPreferencesInput } from "./notification.types";

function shown(row: Pick<NotificationPreference, "emailMode" | "emailOff"> | null) {
  const off = new Set(row?.emailOff ?? []);
  return {
    emailMode: row?.emailMode ?? EmailMode.IMMEDIATE,
    categories: NOTIFICATION_CATEGORIES.map((category) => ({
      category,
      email: !off.has(category),
    })),
  } satisfies NotificationPreferences;
}

/** The viewer's own preferences; the defaults (IMMEDIATE, every category) until changed. */
export async function notificationPreferences(
  ctx: RequestContext,
): Promise<NotificationPreferences> {
  const viewer = requireRole(ctx, ...NOTIFICATION_PERMISSIONS.notificationPreferences);
  return shown(
    await ctx.dataSource.manager.findOneBy(NotificationPreference, { userId: viewer.userId }),
  );
}

/** Changes the viewer's own preferences (nobody else's); the audit trail records the change. */
export async function updateNotificationPreferences(
  ctx: RequestContext,
  input: NotificationPreferencesInput,
): Promise<NotificationPreferences> {
  const viewer = requireRole(ctx, ...NOTIFICATION_PERMISSIONS.updateNotificationPreferences);
  return inTransaction(ctx, async (tx) => {
    const before = await tx.manager.findOne(NotificationPreference, {
      where: { userId: viewer.userId },
      lock: { mode: "pessimistic_write" },
    });
    const off = new Set<NotificationCategory>(before?.emailOff ?? []);
    for (const { category, email } of input.categories ?? []) {
      if (email) off.delete(category);
      else off.add(category);
    }
    const after = {
      userId: viewer.userId,
      emailMode: input.emailMode ?? before?.emailMode ?? EmailMode.IMMEDIATE,
      emailOff: NOTIFICATION_CATEGORIES.filter((category) => off.has(category)),
      updatedAt: tx.now,
    };
    await tx.manager.upsert(NotificationPreference, after, ["userId"]);
    const snapshot = (row: typeof after | NotificationPreference | null) =>
      row && { emailMode: row.emailMode, emailOff: row.emailOff };
    await tx.record({
      action: "notification_preferences.updated",
      entityType: "User",
      entityId: viewer.userId,
      before: snapshot(before),
      after: snapshot(after),
    });
    return shown(after);
  });
}
