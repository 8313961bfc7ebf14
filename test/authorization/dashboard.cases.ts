import { DASHBOARD_PERMISSIONS as P } from "../../src/modules/dashboard/dashboard.permissions";
import type { MatrixCase } from "./matrix";

export const CASES: MatrixCase[] = [
  {
    operation: "procurementDashboard",
    kind: "query",
    allowed: P.procurementDashboard,
    prepare: async () => ({
      query: `{ procurementDashboard { supplierCount suppliersByStatusAndGrade { count }
        openFindings { count } overdueCaps { total } scoreTrend { month } topMovers { change } } }`,
    }),
  },
  {
    operation: "auditorDashboard",
    kind: "query",
    allowed: P.auditorDashboard,
    prepare: async () => ({
      query: `{ auditorDashboard { auditsByMonth { month } reauditsDue { supplierId }
        reauditsDueCount capBacklog { total } } }`,
    }),
  },
  {
    operation: "adminDashboard",
    kind: "query",
    allowed: P.adminDashboard,
    prepare: async () => ({
      query: `{ adminDashboard { usersByRole { role } checklistsInUse { name } recentImports { kind }
        outbox { failed } webhooks { failed } } }`,
    }),
  },
];
