import type { TransitionTable } from "../../shared/lifecycle";
import { Role } from "../../shared/domain/role.enum";
import { ChecklistStatus } from "../../shared/domain/checklist.enums";

export type ChecklistAction = "publish" | "retire";

/**
 * SPEC 4: DRAFT -> PUBLISHED -> RETIRED, managed by admins. Revising is not a step of the
 * revised checklist: it stays as it is and a new DRAFT version is created beside it.
 */
export const CHECKLIST_TRANSITIONS: TransitionTable<ChecklistStatus, ChecklistAction> = [
  {
    action: "publish",
    from: [ChecklistStatus.DRAFT],
    to: ChecklistStatus.PUBLISHED,
    roles: [Role.ADMIN],
  },
  {
    // Retired versions stay readable: SAQs and audits that used them keep pointing at them.
    action: "retire",
    from: [ChecklistStatus.PUBLISHED],
    to: ChecklistStatus.RETIRED,
    roles: [Role.ADMIN],
  },
];

/** A draft has nothing to revise from: only published or retired versions are copied. */
export const REVISABLE_STATUSES: readonly ChecklistStatus[] = [
  ChecklistStatus.PUBLISHED,
  ChecklistStatus.RETIRED,
];
