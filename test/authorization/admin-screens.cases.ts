import { randomUUID } from "node:crypto";
import { Role } from "../../src/shared/domain/role.enum";
import { IDENTITY_PERMISSIONS } from "../../src/modules/identity/identity.permissions";
import { SEARCH_PERMISSIONS } from "../../src/modules/search/search.permissions";
import {
  MATERIAL_CATEGORY_FIELD_PERMISSIONS,
  MATERIAL_CATEGORY_PERMISSIONS,
} from "../../src/modules/supplier/material-category.permissions";
import { makeUser } from "../support/factories";
import type { MatrixCase } from "./matrix";

/** Role changes, category renames and counts, and the global search (issue 20). */
export const CASES: MatrixCase[] = [
  {
    operation: "changeUserRole",
    kind: "mutation",
    allowed: IDENTITY_PERMISSIONS.changeUserRole,
    prepare: async (fx) => ({
      query: `mutation($id: ID!) { changeUserRole(id: $id, role: AUDITOR) { id role } }`,
      variables: { id: (await makeUser(fx.app, Role.PROCUREMENT)).user.id },
    }),
  },
  {
    operation: "updateMaterialCategory",
    kind: "mutation",
    allowed: MATERIAL_CATEGORY_PERMISSIONS.updateMaterialCategory,
    prepare: async (fx) => {
      const [row] = (await fx.app.dataSource.query(
        `INSERT INTO material_category (code, name) VALUES ($1, 'Matrix category') RETURNING id`,
        [`M${randomUUID().slice(0, 8)}`],
      )) as { id: string }[];
      return {
        query: `mutation($id: ID!) { updateMaterialCategory(id: $id, expectedVersion: 1, input: { name: "Renamed category" }) { id name } }`,
        variables: { id: row.id },
      };
    },
  },
  {
    operation: "materialCategories (supplierCount)",
    kind: "query",
    allowed: MATERIAL_CATEGORY_FIELD_PERMISSIONS["MaterialCategory.supplierCount"],
    prepare: async () => ({ query: `{ materialCategories { id supplierCount } }` }),
    note: "a field role rule: the categories are readable, how many suppliers deliver each is not",
  },
  {
    operation: "search",
    kind: "query",
    allowed: SEARCH_PERMISSIONS.search,
    prepare: async () => ({
      query: `{ search(query: "matrix") { query suppliers { supplierId } audits { id } findings { id } } }`,
    }),
  },
];
