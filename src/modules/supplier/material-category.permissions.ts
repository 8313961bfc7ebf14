import { Role } from "../../shared/domain/role.enum";
import { STAFF, type PermissionTable } from "../../shared/permissions";

/** Material categories are the admin's taxonomy (createMaterialCategory: SUPPLIER_PERMISSIONS). */
export const MATERIAL_CATEGORY_PERMISSIONS = {
  updateMaterialCategory: [Role.ADMIN],
} as const satisfies PermissionTable;

/** How many suppliers deliver a category is the buyer's portfolio, not a supplier's business. */
export const MATERIAL_CATEGORY_FIELD_PERMISSIONS = {
  "MaterialCategory.supplierCount": STAFF,
} as const satisfies PermissionTable;
