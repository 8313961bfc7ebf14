import { Role } from "../../shared/domain/role.enum";
import { ANY_ROLE, type PermissionTable, type Roles } from "../../shared/permissions";
import type { UpdateSupplierInput } from "./supplier.inputs";

/**
 * Who may run the supplier operations. Everyone reads suppliers, but a supplier user reaches
 * only its own (ownership is checked in the services); `updateSupplier` is further narrowed by
 * who owns each field (`SUPPLIER_FIELD_OWNERS`).
 */
export const SUPPLIER_PERMISSIONS = {
  supplier: ANY_ROLE,
  suppliers: ANY_ROLE,
  materialCategories: ANY_ROLE,
  createSupplier: [Role.ADMIN],
  updateSupplier: [Role.ADMIN, Role.PROCUREMENT, Role.SUPPLIER],
  archiveSupplier: [Role.ADMIN],
  blockSupplier: [Role.ADMIN],
  unblockSupplier: [Role.ADMIN],
  createMaterialCategory: [Role.ADMIN],
  // The buyer's master data from its ERP: the roles that maintain it by hand (masterData).
  importSuppliers: [Role.ADMIN, Role.PROCUREMENT],
  // The supplier judged never verifies itself; verification needs evidence (SPEC 11).
  verifySustainability: [Role.ADMIN, Role.AUDITOR],
  // A supplier user adds its own supplier's certificates only (checked in the service).
  addCertificate: [Role.ADMIN, Role.PROCUREMENT, Role.AUDITOR, Role.SUPPLIER],
  // As with sustainability: the party judged never verifies its own certificates.
  verifyCertificate: [Role.ADMIN, Role.AUDITOR],
} as const satisfies PermissionTable;

/** Fields of Supplier visible to some roles only, by `Type.field`. */
export const SUPPLIER_FIELD_PERMISSIONS = {
  // Staff names stay with staff: the supplier reads the block's reason in its status reasons.
  "Supplier.adminBlock": [Role.ADMIN, Role.PROCUREMENT, Role.AUDITOR],
  "Supplier.archiveChange": [Role.ADMIN, Role.PROCUREMENT, Role.AUDITOR],
} as const satisfies PermissionTable;

interface FieldOwners {
  fields: readonly (keyof UpdateSupplierInput)[];
  roles: Roles;
}

export type SupplierFieldGroup = "masterData" | "declaration";

/**
 * SPEC 11: `updateSupplier` input fields that only some of its roles may send. Master data
 * decides which rankings a supplier appears in, so the party judged may not set it; the
 * declaration is the supplier's own word, so the buyer's staff may not write it (auditors
 * verify it instead, with `verifySustainability`). Fields in no group (`contactEmail`,
 * `sites`) are open to every role of `updateSupplier`.
 */
export const SUPPLIER_FIELD_OWNERS: Readonly<Record<SupplierFieldGroup, FieldOwners>> = {
  masterData: {
    fields: ["name", "legalName", "registrationNumber", "country", "categoryIds"],
    roles: [Role.ADMIN, Role.PROCUREMENT],
  },
  declaration: {
    fields: ["sustainability"],
    roles: [Role.ADMIN, Role.SUPPLIER],
  },
};
