import { Role } from "../../shared/domain/role.enum";
import type { PermissionTable } from "../../shared/permissions";

/** Creating accounts of any role, as createUser: ADMIN only. */
export const USER_IMPORT_PERMISSIONS = {
  importUsers: [Role.ADMIN],
} as const satisfies PermissionTable;
