import type { RequestContext, Viewer } from "../../graphql/context";
import { forbidden, notFound, unauthenticated } from "../../shared/errors";
import { Role } from "./role.enum";

/** Staff roles see every supplier; a supplier user sees only its own (SPEC 1). */
export const STAFF_ROLES = [Role.ADMIN, Role.PROCUREMENT, Role.AUDITOR] as const;

export function requireViewer(ctx: RequestContext): Viewer {
  if (!ctx.viewer) throw unauthenticated();
  return ctx.viewer;
}

export function requireRole(ctx: RequestContext, ...roles: Role[]): Viewer {
  const viewer = requireViewer(ctx);
  if (!roles.includes(viewer.role)) throw forbidden();
  return viewer;
}

/** The supplier a viewer is confined to, or null for staff who see all suppliers. */
export function supplierScope(viewer: Viewer): string | null {
  return viewer.role === Role.SUPPLIER
    ? (viewer.supplierId ?? "00000000-0000-0000-0000-000000000000")
    : null;
}

/**
 * Ownership: another supplier's object answers NOT_FOUND, never FORBIDDEN, so a supplier
 * user cannot learn that it exists.
 */
export function assertSupplierVisible(
  viewer: Viewer,
  supplierId: string,
  entity = "Supplier",
  id = supplierId,
): void {
  const scope = supplierScope(viewer);
  if (scope !== null && scope !== supplierId) throw notFound(entity, id);
}
