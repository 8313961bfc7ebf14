import { Role } from "../../shared/domain/role.enum";
import { ANY_ROLE, type PermissionTable } from "../../shared/permissions";

/**
 * Who may run the recycled-content operations. Purchases are the buyer's data (ERP volumes):
 * procurement and admins only. A supplier declares for itself (others are NOT_FOUND), staff
 * for any supplier; only an auditor or admin verifies, never the party judged. The portfolio
 * figure and the targets are for staff.
 */
export const RECYCLED_CONTENT_PERMISSIONS = {
  purchases: [Role.ADMIN, Role.PROCUREMENT],
  importPurchases: [Role.ADMIN, Role.PROCUREMENT],
  createPurchase: [Role.ADMIN, Role.PROCUREMENT],
  voidPurchase: [Role.ADMIN, Role.PROCUREMENT],
  recycledContentDeclarations: ANY_ROLE,
  declareRecycledContent: ANY_ROLE,
  verifyRecycledContent: [Role.AUDITOR, Role.ADMIN],
  recycledContentShare: [Role.ADMIN, Role.PROCUREMENT, Role.AUDITOR],
  recycledContentTargets: [Role.ADMIN, Role.PROCUREMENT, Role.AUDITOR],
  recycledContent: [Role.ADMIN, Role.PROCUREMENT],
  setRecycledContentTarget: [Role.ADMIN],
} as const satisfies PermissionTable;
