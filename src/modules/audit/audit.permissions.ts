import { Role } from "../../shared/domain/role.enum";
import { rolesFor } from "../../shared/lifecycle";
import { ANY_ROLE, STAFF, type PermissionTable } from "../../shared/permissions";
import { AUDIT_TRANSITIONS, RECORDING } from "./audit.lifecycle";
import { CAP_TRANSITIONS } from "./corrective-action.lifecycle";

/**
 * Who may run the audit, finding and corrective-action operations: lifecycle steps from
 * `AUDIT_TRANSITIONS`, `RECORDING` and `CAP_TRANSITIONS`, the rest listed here. The services
 * then check ownership (a supplier reaches its own completed audits only) and that an auditor
 * is the audit's lead auditor.
 */
export const AUDIT_PERMISSIONS = {
  audit: ANY_ROLE,
  audits: ANY_ROLE,
  finding: ANY_ROLE,
  // The staff work queue; a supplier reads its findings through its completed audits.
  findings: STAFF,
  scheduleAudit: [Role.ADMIN, Role.AUDITOR],
  startAudit: rolesFor(AUDIT_TRANSITIONS, "start"),
  recordItemResults: RECORDING.roles,
  recordFinding: RECORDING.roles,
  // Corrections are the lead auditor's too (an admin cannot attest what was seen on site).
  editFinding: RECORDING.roles,
  withdrawFinding: RECORDING.roles,
  completeAudit: rolesFor(AUDIT_TRANSITIONS, "complete"),
  cancelAudit: rolesFor(AUDIT_TRANSITIONS, "cancel"),
  proposeCorrectiveAction: rolesFor(CAP_TRANSITIONS, "propose"),
  reviewCorrectiveAction: rolesFor(CAP_TRANSITIONS, "accept", "reject"),
  markCorrectiveActionImplemented: rolesFor(CAP_TRANSITIONS, "implement"),
  verifyCorrectiveAction: rolesFor(CAP_TRANSITIONS, "verify", "reopen"),
} as const satisfies PermissionTable;
