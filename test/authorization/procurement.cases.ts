import { PriorityAdjustment } from "../../src/modules/procurement/priority-adjustment.entity";
import { makeSupplier } from "../support/factories";
import type { MatrixCase } from "./matrix";
import {
  PROCUREMENT_FIELD_PERMISSIONS,
  PROCUREMENT_PERMISSIONS,
} from "../../src/modules/procurement/procurement.permissions";

export const CASES: MatrixCase[] = [
  {
    operation: "supplier (priorityAdjustments)",
    kind: "query",
    allowed: PROCUREMENT_FIELD_PERMISSIONS["Supplier.priorityAdjustments"],
    prepare: async (fx) => ({
      query: `query($id: ID!) { supplier(id: $id) { id priorityAdjustments { id delta } } }`,
      variables: { id: fx.ownSupplier.id },
    }),
    note: "a field role rule: the supplier record is readable, its adjustments are not (FORBIDDEN)",
  },
  {
    operation: "supplierRankings",
    kind: "query",
    allowed: PROCUREMENT_PERMISSIONS.supplierRankings,
    prepare: async () => ({
      query: `{ supplierRankings(first: 5) { totalCount edges { node { rank } } } }`,
    }),
  },
  {
    operation: "adjustPriority",
    kind: "mutation",
    allowed: PROCUREMENT_PERMISSIONS.adjustPriority,
    prepare: async (fx) => ({
      query: `mutation($s: ID!) { adjustPriority(input: { supplierId: $s, delta: 5, reason: "Matrix adjustment reason" }) { id } }`,
      variables: { s: fx.ownSupplier.id },
    }),
  },
  {
    operation: "revokePriorityAdjustment",
    kind: "mutation",
    allowed: PROCUREMENT_PERMISSIONS.revokePriorityAdjustment,
    prepare: async (fx) => {
      const supplier = await makeSupplier(fx.app);
      const adjustment = fx.app.dataSource.manager.create(PriorityAdjustment, {
        supplierId: supplier.id,
        delta: 3,
        reason: "Matrix adjustment to revoke",
        categoryId: null,
        createdById: fx.users.ADMIN.user.id,
        createdAt: fx.app.clock.now(),
        expiresAt: new Date(fx.app.clock.now().getTime() + 86_400_000),
      });
      await fx.app.dataSource.manager.insert(PriorityAdjustment, adjustment);
      return {
        query: `mutation($id: ID!) { revokePriorityAdjustment(id: $id, reason: "No longer needed here") { id } }`,
        variables: { id: adjustment.id },
      };
    },
  },
];
