import { Role } from "../../shared/domain/role.enum";
import type { PermissionTable } from "../../shared/permissions";

/** SPEC 9: the audit trail is read by admins and auditors. */
export const AUDIT_TRAIL_PERMISSIONS = {
  auditTrail: [Role.ADMIN, Role.AUDITOR],
} as const satisfies PermissionTable;
