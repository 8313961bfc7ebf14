import { PROCUREMENT_FIELD_PERMISSIONS } from "../../src/modules/procurement/procurement.permissions";
import { SUPPLIER_FIELD_PERMISSIONS } from "../../src/modules/supplier/supplier.permissions";
import type { MatrixCase } from "./matrix";

/** The supplier page's role-limited fields: the supplier record is readable, these are not. */
export const CASES: MatrixCase[] = [
  {
    operation: "supplier (priority)",
    kind: "query",
    allowed: PROCUREMENT_FIELD_PERMISSIONS["Supplier.priority"],
    prepare: async (fx) => ({
      query: `query($id: ID!) { supplier(id: $id) { id priority { priorityScore rank } } }`,
      variables: { id: fx.ownSupplier.id },
    }),
    note: "a field role rule: a supplier sees no ranking, so not its own priority (FORBIDDEN)",
  },
  {
    operation: "supplier (adminBlock)",
    kind: "query",
    allowed: SUPPLIER_FIELD_PERMISSIONS["Supplier.adminBlock"],
    prepare: async (fx) => ({
      query: `query($id: ID!) { supplier(id: $id) { id blockedByAdmin adminBlock { at byName } } }`,
      variables: { id: fx.ownSupplier.id },
    }),
    note: "a field role rule: staff names stay with staff; the supplier reads the reason in its status reasons",
  },
  {
    operation: "supplier (archiveChange)",
    kind: "query",
    allowed: SUPPLIER_FIELD_PERMISSIONS["Supplier.archiveChange"],
    prepare: async (fx) => ({
      query: `query($id: ID!) { supplier(id: $id) { id archiveChange { at byName } } }`,
      variables: { id: fx.ownSupplier.id },
    }),
    note: "a field role rule, as adminBlock",
  },
];
