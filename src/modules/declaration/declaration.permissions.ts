import { rolesFor } from "../../shared/lifecycle";
import { ANY_ROLE, type PermissionTable } from "../../shared/permissions";
import { DECLARATION_TRANSITIONS } from "./declaration.lifecycle";

/**
 * Who may run the material-declaration operations, from `DECLARATION_TRANSITIONS` but the
 * reads (a supplier reads its own only: ownership is checked in the service). Creating and
 * importing are editing a new DRAFT.
 */
export const DECLARATION_PERMISSIONS = {
  materialDeclarations: ANY_ROLE,
  materialDeclaration: ANY_ROLE,
  createMaterialDeclaration: rolesFor(DECLARATION_TRANSITIONS, "edit"),
  updateMaterialDeclaration: rolesFor(DECLARATION_TRANSITIONS, "edit"),
  submitMaterialDeclaration: rolesFor(DECLARATION_TRANSITIONS, "submit"),
  reviewMaterialDeclaration: rolesFor(DECLARATION_TRANSITIONS, "accept", "reject"),
  importIpc1752a: rolesFor(DECLARATION_TRANSITIONS, "edit"),
} as const satisfies PermissionTable;
