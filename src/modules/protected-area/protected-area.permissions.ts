import { Role } from "../../shared/domain/role.enum";
import { ANY_ROLE, type PermissionTable } from "../../shared/permissions";

/**
 * Who may run the protected-area operations. Lists are the buyer's reference data: an admin
 * imports them; staff read them. Flags are read by staff, and by a supplier for its own sites
 * and nodes (others' are not shown). Clearing a flag is a verification: an auditor's or an
 * admin's, never the party judged.
 */
export const PROTECTED_AREA_PERMISSIONS = {
  protectedAreaLists: [Role.ADMIN, Role.PROCUREMENT, Role.AUDITOR],
  importProtectedAreas: [Role.ADMIN],
  protectedAreaFlags: ANY_ROLE,
  clearProtectedAreaFlag: [Role.AUDITOR, Role.ADMIN],
} as const satisfies PermissionTable;
