import { nextState, type TransitionTable } from "../../shared/lifecycle";
import { Role } from "../../shared/domain/role.enum";
import { CorrectiveActionStatus } from "../../shared/domain/audit.enums";

/** A finding without a plan yet: the state a first proposal starts from. */
export const NO_PLAN = "NONE";

export type CapState = CorrectiveActionStatus | typeof NO_PLAN;

export type CapAction = "propose" | "accept" | "reject" | "implement" | "verify" | "reopen";

const { PROPOSED, ACCEPTED, REJECTED, IMPLEMENTED, VERIFIED } = CorrectiveActionStatus;

/**
 * SPEC 6: the supplier proposes and implements, the lead auditor reviews and verifies; an admin
 * may act for either side. A rejected plan is proposed again on the same record, and a
 * verification that finds the fix not effective sends it back to ACCEPTED ("reopen").
 */
export const CAP_TRANSITIONS: TransitionTable<CapState, CapAction> = [
  {
    action: "propose",
    from: [NO_PLAN, REJECTED],
    to: PROPOSED,
    roles: [Role.SUPPLIER, Role.ADMIN],
  },
  { action: "accept", from: [PROPOSED], to: ACCEPTED, roles: [Role.AUDITOR, Role.ADMIN] },
  { action: "reject", from: [PROPOSED], to: REJECTED, roles: [Role.AUDITOR, Role.ADMIN] },
  { action: "implement", from: [ACCEPTED], to: IMPLEMENTED, roles: [Role.SUPPLIER, Role.ADMIN] },
  { action: "verify", from: [IMPLEMENTED], to: VERIFIED, roles: [Role.AUDITOR, Role.ADMIN] },
  { action: "reopen", from: [IMPLEMENTED], to: ACCEPTED, roles: [Role.AUDITOR, Role.ADMIN] },
];

export function nextCapState(
  current: CapState,
  action: CapAction,
  role: Role,
): CorrectiveActionStatus {
  return nextState(
    CAP_TRANSITIONS,
    "CorrectiveAction",
    current,
    action,
    role,
  ) as CorrectiveActionStatus;
}
