import { Role } from "../../shared/domain/role.enum";
import type { PermissionTable } from "../../shared/permissions";

/**
 * Who may open each dashboard. Each is a portfolio view for the role that acts on it; admins
 * see all three. Suppliers see none: the figures cover every supplier.
 */
export const DASHBOARD_PERMISSIONS = {
  procurementDashboard: [Role.ADMIN, Role.PROCUREMENT],
  auditorDashboard: [Role.ADMIN, Role.AUDITOR],
  adminDashboard: [Role.ADMIN],
} as const satisfies PermissionTable;
