import { Role } from "../../shared/domain/role.enum";
import { ANY_ROLE, type PermissionTable } from "../../shared/permissions";

/**
 * Who may run the notification operations. Everyone reads and marks their own inbox, sets their
 * own preferences and sees what waits for them; the outbox of e-mails is the admin's.
 */
export const NOTIFICATION_PERMISSIONS = {
  notifications: ANY_ROLE,
  unreadNotificationCount: ANY_ROLE,
  markNotificationsRead: ANY_ROLE,
  notificationPreferences: ANY_ROLE,
  updateNotificationPreferences: ANY_ROLE,
  openActions: ANY_ROLE,
  notificationOutbox: [Role.ADMIN],
  resendNotification: [Role.ADMIN],
} as const satisfies PermissionTable;
