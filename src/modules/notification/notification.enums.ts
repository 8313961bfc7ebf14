import { registerEnumType } from "type-graphql";

/** What a notification is about; e-mail can be turned off per category. */
export enum NotificationCategory {
  SELF_ASSESSMENT = "SELF_ASSESSMENT",
  AUDIT = "AUDIT",
  CORRECTIVE_ACTION = "CORRECTIVE_ACTION",
  DEADLINE = "DEADLINE",
  CERTIFICATE = "CERTIFICATE",
  PROCUREMENT = "PROCUREMENT",
}

export const NOTIFICATION_CATEGORIES: readonly NotificationCategory[] =
  Object.values(NotificationCategory);

/** How a user gets e-mail; the in-app inbox gets every notification whatever the mode. */
export enum EmailMode {
  /** One e-mail per notification, as it happens. */
  IMMEDIATE = "IMMEDIATE",
  /** One e-mail a day listing the day's notifications. */
  DAILY_DIGEST = "DAILY_DIGEST",
  OFF = "OFF",
}

/** An e-mail delivery's state in the outbox. */
export enum DeliveryStatus {
  PENDING = "PENDING",
  SENT = "SENT",
  /** Given up after the last attempt; `lastError` says why. */
  FAILED = "FAILED",
  /** Not sent by the recipient's preferences (e-mail off, category off) or inactive account. */
  SKIPPED = "SKIPPED",
}

registerEnumType(NotificationCategory, { name: "NotificationCategory" });
registerEnumType(EmailMode, {
  name: "EmailMode",
  description: "IMMEDIATE: one e-mail per notification; DAILY_DIGEST: one a day; OFF: in-app only",
});
registerEnumType(DeliveryStatus, { name: "DeliveryStatus" });
