import { Role } from "../../shared/domain/role.enum";
import { ANY_ROLE, type PermissionTable } from "../../shared/permissions";

/** Suppliers draw their own maps (ADMIN for them); auditors and admins verify links (issue 18). */
const MAP_EDITORS = [Role.SUPPLIER, Role.ADMIN] as const;

export const SUPPLY_CHAIN_PERMISSIONS = {
  supplyChainTierSets: ANY_ROLE,
  setCategoryTierSet: [Role.ADMIN],
  createSupplyChainMap: MAP_EDITORS,
  addSupplyChainNode: MAP_EDITORS,
  updateSupplyChainNode: MAP_EDITORS,
  removeSupplyChainNode: MAP_EDITORS,
  addSupplyChainLink: MAP_EDITORS,
  updateSupplyChainLink: MAP_EDITORS,
  removeSupplyChainLink: MAP_EDITORS,
  verifySupplyChainLink: [Role.AUDITOR, Role.ADMIN],
} as const satisfies PermissionTable;
