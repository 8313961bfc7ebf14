import { Role } from "./domain/role.enum";

/** The roles that may take one operation (or write one group of fields). */
export type Roles = readonly Role[];

/** Who may run each GraphQL operation of a module, by operation name. */
export type PermissionTable = Readonly<Record<string, Roles>>;

/** Every signed-in user, whatever the role (ownership may still narrow what they reach). */
export const ANY_ROLE: Roles = Object.freeze([
  Role.ADMIN,
  Role.PROCUREMENT,
  Role.AUDITOR,
  Role.SUPPLIER,
]);

/** The staff roles: they see every supplier (SPEC 1). */
export const STAFF: Roles = Object.freeze([Role.ADMIN, Role.PROCUREMENT, Role.AUDITOR]);

/**
 * No token needed (`login`): the resolver carries no `@Authorized` at all. As a list it is
 * every role, since any user may log in; it is told apart from `ANY_ROLE` by identity, so use
 * `isPublic`, never a comparison of the roles.
 */
export const PUBLIC: Roles = Object.freeze([...ANY_ROLE]);

export function isPublic(roles: Roles): boolean {
  return roles === PUBLIC;
}

/** `roles` less some: for a rule narrower than the operation's (ownership, field owners). */
export function without(roles: Roles, ...removed: Role[]): Role[] {
  return roles.filter((role) => !removed.includes(role));
}
