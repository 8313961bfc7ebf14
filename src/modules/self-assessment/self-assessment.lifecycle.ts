import type { TransitionTable } from "../../shared/lifecycle";
import { Role } from "../../shared/domain/role.enum";
import { SelfAssessmentStatus } from "../../shared/domain/self-assessment.enums";

const { DRAFT, SUBMITTED, RETURNED, REVIEWED } = SelfAssessmentStatus;

export type SelfAssessmentAction = "edit" | "submit" | "return" | "review";

/**
 * SPEC 5: DRAFT -> SUBMITTED -> REVIEWED, and SUBMITTED -> RETURNED -> SUBMITTED. The supplier
 * fills it in and submits; an admin may act for a supplier (SPEC 1: admins may do everything).
 * Auditors and admins judge it. Editing keeps the state and is only possible while the
 * supplier holds the SAQ, so a submitted answer cannot change under the reviewer's eyes.
 */
export const SELF_ASSESSMENT_TRANSITIONS: TransitionTable<
  SelfAssessmentStatus,
  SelfAssessmentAction
> = [
  { action: "edit", from: [DRAFT], to: DRAFT, roles: [Role.SUPPLIER, Role.ADMIN] },
  { action: "edit", from: [RETURNED], to: RETURNED, roles: [Role.SUPPLIER, Role.ADMIN] },
  { action: "submit", from: [DRAFT, RETURNED], to: SUBMITTED, roles: [Role.SUPPLIER, Role.ADMIN] },
  { action: "return", from: [SUBMITTED], to: RETURNED, roles: [Role.AUDITOR, Role.ADMIN] },
  { action: "review", from: [SUBMITTED], to: REVIEWED, roles: [Role.AUDITOR, Role.ADMIN] },
];

/** One open SAQ per supplier and checklist (SPEC 5); a partial unique index backs it up. */
export const OPEN_STATUSES: readonly SelfAssessmentStatus[] = [DRAFT, RETURNED];
