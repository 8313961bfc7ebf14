import { ANY_ROLE, type PermissionTable } from "../../shared/permissions";

/** Everyone searches; what each finds is what they may read anyway (search.service.ts). */
export const SEARCH_PERMISSIONS = {
  search: ANY_ROLE,
} as const satisfies PermissionTable;
