import { nextState, type TransitionTable } from "../../shared/lifecycle";
import { forbidden, invalidTransition } from "../../shared/errors";
import { Role } from "../../shared/domain/role.enum";
import { AuditStatus } from "../../shared/domain/audit.enums";

export type AuditAction = "start" | "complete" | "cancel";

/**
 * SPEC 6: PLANNED -> IN_PROGRESS -> COMPLETED, or CANCELLED before completion. Starting and
 * completing are the lead auditor's attestation, so only an AUDITOR (checked to be the lead in
 * the service) takes them; an admin may call an audit off, for instance when the lead leaves.
 */
export const AUDIT_TRANSITIONS: TransitionTable<AuditStatus, AuditAction> = [
  {
    action: "start",
    from: [AuditStatus.PLANNED],
    to: AuditStatus.IN_PROGRESS,
    roles: [Role.AUDITOR],
  },
  {
    action: "complete",
    from: [AuditStatus.IN_PROGRESS],
    to: AuditStatus.COMPLETED,
    roles: [Role.AUDITOR],
  },
  {
    action: "cancel",
    from: [AuditStatus.PLANNED, AuditStatus.IN_PROGRESS],
    to: AuditStatus.CANCELLED,
    roles: [Role.ADMIN, Role.AUDITOR],
  },
];

/**
 * SPEC 6: results and findings are recorded while the audit is in progress, by its lead auditor
 * only (an admin cannot attest what an auditor saw on site).
 */
export const RECORDING = {
  states: [AuditStatus.IN_PROGRESS] as readonly AuditStatus[],
  roles: [Role.AUDITOR] as readonly Role[],
};

export function nextAuditState(current: AuditStatus, action: AuditAction, role: Role): AuditStatus {
  return nextState(AUDIT_TRANSITIONS, "Audit", current, action, role);
}

export function assertRecording(current: AuditStatus, role: Role, what: string): void {
  if (!RECORDING.roles.includes(role)) throw forbidden(`${role} may not ${what} on an audit`);
  if (!RECORDING.states.includes(current)) throw invalidTransition("Audit", current, what);
}
