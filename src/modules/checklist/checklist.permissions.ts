import { Role } from "../../shared/domain/role.enum";
import { rolesFor } from "../../shared/lifecycle";
import { ANY_ROLE, type PermissionTable } from "../../shared/permissions";
import { CHECKLIST_TRANSITIONS } from "./checklist.lifecycle";

/**
 * Who may run the checklist operations: lifecycle steps from `CHECKLIST_TRANSITIONS`, the rest
 * listed here. Every role reads checklists: suppliers answer them, auditors audit against them.
 */
export const CHECKLIST_PERMISSIONS = {
  checklist: ANY_ROLE,
  checklists: ANY_ROLE,
  createChecklist: [Role.ADMIN],
  publishChecklist: rolesFor(CHECKLIST_TRANSITIONS, "publish"),
  retireChecklist: rolesFor(CHECKLIST_TRANSITIONS, "retire"),
  // Not a step of the revised checklist: a new DRAFT is created beside it.
  reviseChecklist: [Role.ADMIN],
  // Editing a draft's questions; the service refuses it once the version is published.
  setChecklistRequiredLocales: [Role.ADMIN],
  renameChecklist: [Role.ADMIN],
  addChecklistItem: [Role.ADMIN],
  updateChecklistItem: [Role.ADMIN],
  removeChecklistItem: [Role.ADMIN],
  moveChecklistItem: [Role.ADMIN],
} as const satisfies PermissionTable;
