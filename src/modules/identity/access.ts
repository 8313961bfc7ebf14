import type { RequestContext, Viewer } from "../../graphql/context";
import { forbidden, notFound, unauthenticated } from "../../shared/errors";
import { Role } from "../../shared/domain/role.enum";

/** What a user with a reset password may still run: see who they are, change it, leave. */
export const PENDING_PASSWORD_OPERATIONS: ReadonlySet<string> = new Set([
  "me",
  "changePassword",
  "logout",
  "setLocale",
]);

export const CHANGE_PASSWORD_FIRST =
  "Your password was reset: change your password first (changePassword)";

/** FORBIDDEN for a viewer whose password an admin reset, unless `operation` is allowed then. */
export function assertPasswordSettled(viewer: Viewer, operation?: string): void {
  if (viewer.mustChangePassword && !(operation && PENDING_PASSWORD_OPERATIONS.has(operation))) {
    throw forbidden(CHANGE_PASSWORD_FIRST);
  }
}

/**
 * The logged-in viewer. A viewer who must change the password is refused here as well as at
 * the edge (the auth checker), so paths outside GraphQL (the CSV export) are covered too;
 * the three operations allowed then pass `pendingPasswordChange`.
 */
export function requireViewer(
  ctx: RequestContext,
  options: { pendingPasswordChange?: boolean } = {},
): Viewer {
  if (!ctx.viewer) throw unauthenticated();
  if (!options.pendingPasswordChange) assertPasswordSettled(ctx.viewer);
  return ctx.viewer;
}

export function requireRole(ctx: RequestContext, ...roles: Role[]): Viewer {
  const viewer = requireViewer(ctx);
  if (!roles.includes(viewer.role)) throw forbidden();
  return viewer;
}

/**
 * The scope of a SUPPLIER user without a supplier (a CHECK constraint forbids one; this is
 * defence in depth): an id no supplier has, so it matches nothing. The max UUID (RFC 9562),
 * not the nil one, which is the stored all-categories ranking scope (`ALL_CATEGORIES_SCOPE`).
 */
export const NO_SUPPLIER_SCOPE = "ffffffff-ffff-ffff-ffff-ffffffffffff";

/** The supplier a viewer is confined to, or null for staff who see all suppliers. */
export function supplierScope(viewer: Viewer): string | null {
  return viewer.role === Role.SUPPLIER ? (viewer.supplierId ?? NO_SUPPLIER_SCOPE) : null;
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
