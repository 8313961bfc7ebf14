import { Role } from "../../shared/domain/role.enum";
import type { PermissionTable } from "../../shared/permissions";

/** SPEC 1: procurement ranks and adjusts; admins see everything. */
const RANKERS = [Role.PROCUREMENT, Role.ADMIN] as const;

/**
 * Who may run the procurement operations. `supplierRankings` also decides who downloads the
 * ranking as CSV (`GET /exports/rankings.csv`): the same ranking, as a file.
 */
export const PROCUREMENT_PERMISSIONS = {
  supplierRankings: RANKERS,
  adjustPriority: RANKERS,
  revokePriorityAdjustment: RANKERS,
} as const satisfies PermissionTable;

/** Fields of other types visible to some roles only, by `Type.field`. */
export const PROCUREMENT_FIELD_PERMISSIONS = {
  // A supplier sees its score and status, but no adjustment of its priority.
  "Supplier.priorityAdjustments": RANKERS,
  // The ranking's own row for the supplier page: what the ranking shows, to those who rank.
  "Supplier.priority": RANKERS,
} as const satisfies PermissionTable;
