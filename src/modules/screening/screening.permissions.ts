import { Role } from "../../shared/domain/role.enum";
import { rolesFor } from "../../shared/lifecycle";
import type { PermissionTable } from "../../shared/permissions";
import { REBUTTAL_TRANSITIONS } from "./rebuttal.lifecycle";

/** Read by procurement and admins, auditors read along; suppliers see nothing of the lists. */
const READERS = [Role.ADMIN, Role.PROCUREMENT, Role.AUDITOR];

/**
 * Who may run the screening operations: admins import the lists and record rebuttals; a
 * second admin or a procurement user decides them.
 */
export const SCREENING_PERMISSIONS = {
  screeningLists: READERS,
  screeningHits: READERS,
  screeningRebuttals: READERS,
  importScreeningList: [Role.ADMIN],
  recordScreeningRebuttal: [Role.ADMIN],
  approveScreeningRebuttal: rolesFor(REBUTTAL_TRANSITIONS, "approve"),
  rejectScreeningRebuttal: rolesFor(REBUTTAL_TRANSITIONS, "reject"),
} as const satisfies PermissionTable;
