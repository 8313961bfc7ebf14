import type { PermissionTable } from "../../shared/permissions";
import { AUDIT_PERMISSIONS } from "../audit/audit.permissions";

/**
 * Who may download the reports. An audit report is the audit as `audit(id)` shows it, so the
 * same roles; the audit's visibility (`canSeeAudit`) then narrows a supplier to its own
 * completed audits.
 */
export const REPORT_PERMISSIONS = {
  auditReport: AUDIT_PERMISSIONS.audit,
} as const satisfies PermissionTable;
