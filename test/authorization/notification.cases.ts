import { NOTIFICATION_PERMISSIONS } from "../../src/modules/notification/notification.permissions";
import type { Role } from "../../src/shared/domain/role.enum";
import type { MatrixCase, MatrixFixture } from "./matrix";

/** A FAILED e-mail of a notification to the role's user, as the worker leaves one. */
async function failedDelivery(fx: MatrixFixture, role: Role): Promise<string> {
  const now = fx.app.clock.now();
  const [notification] = (await fx.app.dataSource.query(
    `INSERT INTO notification (event_key, kind, category, recipient_id, title, body, link, created_at)
     VALUES ($1, 'saq.reviewed', 'SELF_ASSESSMENT', $2, 'Matrix', 'Matrix case', NULL, $3)
     RETURNING id`,
    [`matrix:${role}:${Math.random()}`, fx.users[role].user.id, now],
  )) as { id: string }[];
  const [delivery] = (await fx.app.dataSource.query(
    `INSERT INTO notification_delivery (notification_id, recipient_id, status, attempts,
       last_error, created_at)
     VALUES ($1, $2, 'FAILED', 6, '451 try later', $3) RETURNING id`,
    [notification.id, fx.users[role].user.id, now],
  )) as { id: string }[];
  return delivery.id;
}

export const CASES: MatrixCase[] = [
  {
    operation: "notifications",
    kind: "query",
    allowed: NOTIFICATION_PERMISSIONS.notifications,
    prepare: async () => ({ query: `{ notifications(first: 5) { totalCount } }` }),
  },
  {
    operation: "unreadNotificationCount",
    kind: "query",
    allowed: NOTIFICATION_PERMISSIONS.unreadNotificationCount,
    prepare: async () => ({ query: `{ unreadNotificationCount }` }),
  },
  {
    operation: "markNotificationsRead",
    kind: "mutation",
    allowed: NOTIFICATION_PERMISSIONS.markNotificationsRead,
    prepare: async () => ({ query: `mutation { markNotificationsRead }` }),
  },
  {
    operation: "notificationPreferences",
    kind: "query",
    allowed: NOTIFICATION_PERMISSIONS.notificationPreferences,
    prepare: async () => ({
      query: `{ notificationPreferences { emailMode categories { category email } } }`,
    }),
  },
  {
    operation: "updateNotificationPreferences",
    kind: "mutation",
    allowed: NOTIFICATION_PERMISSIONS.updateNotificationPreferences,
    prepare: async () => ({
      query: `mutation { updateNotificationPreferences(input: { emailMode: DAILY_DIGEST }) { emailMode } }`,
    }),
  },
  {
    operation: "openActions",
    kind: "query",
    allowed: NOTIFICATION_PERMISSIONS.openActions,
    prepare: async () => ({ query: `{ openActions { kind title dueDate overdue link } }` }),
  },
  {
    operation: "notificationOutbox",
    kind: "query",
    allowed: NOTIFICATION_PERMISSIONS.notificationOutbox,
    prepare: async () => ({ query: `{ notificationOutbox(first: 5) { totalCount } }` }),
  },
  {
    operation: "resendNotification",
    kind: "mutation",
    allowed: NOTIFICATION_PERMISSIONS.resendNotification,
    prepare: async (fx, role) => ({
      query: `mutation($id: ID!) { resendNotification(id: $id) { id status attempts } }`,
      variables: { id: await failedDelivery(fx, role) },
    }),
  },
];
