import { AUDIT_TRAIL_PERMISSIONS } from "../../src/modules/audit-trail/audit-trail.permissions";
import { AUDIT_PERMISSIONS } from "../../src/modules/audit/audit.permissions";
import { CHECKLIST_PERMISSIONS } from "../../src/modules/checklist/checklist.permissions";
import { IDENTITY_PERMISSIONS } from "../../src/modules/identity/identity.permissions";
import { USER_IMPORT_PERMISSIONS } from "../../src/modules/identity/user-import.permissions";
import {
  PROCUREMENT_FIELD_PERMISSIONS,
  PROCUREMENT_PERMISSIONS,
} from "../../src/modules/procurement/procurement.permissions";
import { SELF_ASSESSMENT_PERMISSIONS } from "../../src/modules/self-assessment/self-assessment.permissions";
import {
  SUPPLIER_FIELD_PERMISSIONS,
  SUPPLIER_PERMISSIONS,
} from "../../src/modules/supplier/supplier.permissions";
import { DOCUMENT_PERMISSIONS } from "../../src/modules/document/document.permissions";
import { NOTIFICATION_PERMISSIONS } from "../../src/modules/notification/notification.permissions";
import { SUBSTANCE_PERMISSIONS } from "../../src/modules/substance/substance.permissions";
import { RECYCLED_CONTENT_PERMISSIONS } from "../../src/modules/recycled-content/recycled-content.permissions";
import { DECLARATION_PERMISSIONS } from "../../src/modules/declaration/declaration.permissions";
import { RISK_REGISTER_PERMISSIONS } from "../../src/modules/risk-register/risk-register.permissions";
import { WEBHOOK_PERMISSIONS } from "../../src/modules/webhook/webhook.permissions";
import { PROTECTED_AREA_PERMISSIONS } from "../../src/modules/protected-area/protected-area.permissions";
import { SCREENING_PERMISSIONS } from "../../src/modules/screening/screening.permissions";
import { THIRD_PARTY_PERMISSIONS } from "../../src/modules/third-party/third-party.permissions";
import { SUPPLY_CHAIN_PERMISSIONS } from "../../src/modules/supply-chain/supply-chain.permissions";
import { DASHBOARD_PERMISSIONS } from "../../src/modules/dashboard/dashboard.permissions";
import {
  MATERIAL_CATEGORY_FIELD_PERMISSIONS,
  MATERIAL_CATEGORY_PERMISSIONS,
} from "../../src/modules/supplier/material-category.permissions";
import { SEARCH_PERMISSIONS } from "../../src/modules/search/search.permissions";
import type { PermissionTable } from "../../src/shared/permissions";

/** One table out of the modules' tables; an operation listed by two modules is an error. */
function merge(...tables: PermissionTable[]): PermissionTable {
  const merged: Record<string, PermissionTable[string]> = {};
  for (const table of tables) {
    for (const [name, roles] of Object.entries(table)) {
      if (name in merged) throw new Error(`${name} has a rule in two permission tables`);
      merged[name] = roles;
    }
  }
  return merged;
}

/** Every module's rule per GraphQL operation (Query and Mutation field), by operation name. */
export const OPERATION_PERMISSIONS = merge(
  IDENTITY_PERMISSIONS,
  USER_IMPORT_PERMISSIONS,
  SUPPLIER_PERMISSIONS,
  MATERIAL_CATEGORY_PERMISSIONS,
  SEARCH_PERMISSIONS,
  AUDIT_TRAIL_PERMISSIONS,
  CHECKLIST_PERMISSIONS,
  SELF_ASSESSMENT_PERMISSIONS,
  AUDIT_PERMISSIONS,
  PROCUREMENT_PERMISSIONS,
  DOCUMENT_PERMISSIONS,
  SUBSTANCE_PERMISSIONS,
  RECYCLED_CONTENT_PERMISSIONS,
  NOTIFICATION_PERMISSIONS,
  DECLARATION_PERMISSIONS,
  RISK_REGISTER_PERMISSIONS,
  WEBHOOK_PERMISSIONS,
  PROTECTED_AREA_PERMISSIONS,
  SUPPLY_CHAIN_PERMISSIONS,
  SCREENING_PERMISSIONS,
  THIRD_PARTY_PERMISSIONS,
  DASHBOARD_PERMISSIONS,
);

/** Role rules on fields of other types, by `Type.field`. */
export const FIELD_PERMISSIONS = merge(
  PROCUREMENT_FIELD_PERMISSIONS,
  SUPPLIER_FIELD_PERMISSIONS,
  MATERIAL_CATEGORY_FIELD_PERMISSIONS,
);
