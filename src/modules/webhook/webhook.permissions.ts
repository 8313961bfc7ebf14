import { Role } from "../../shared/domain/role.enum";
import type { PermissionTable } from "../../shared/permissions";

/** Webhooks send the portal's events out of it: registering and reading them is the admin's. */
export const WEBHOOK_PERMISSIONS = {
  webhooks: [Role.ADMIN],
  webhookDeliveries: [Role.ADMIN],
  registerWebhook: [Role.ADMIN],
  disableWebhook: [Role.ADMIN],
  redeliverWebhook: [Role.ADMIN],
} as const satisfies PermissionTable;
