import { Role } from "../../shared/domain/role.enum";
import { ANY_ROLE, PUBLIC, type PermissionTable } from "../../shared/permissions";

/**
 * Who may run the identity operations: the single source for the resolvers' `@Authorized`,
 * the services' role checks and the authorization test matrix. A user whose password an admin
 * reset may still run only `me`, `changePassword` and `logout` (`PENDING_PASSWORD_OPERATIONS`).
 */
export const IDENTITY_PERMISSIONS = {
  me: ANY_ROLE,
  users: [Role.ADMIN],
  login: PUBLIC,
  logout: ANY_ROLE,
  changePassword: ANY_ROLE,
  setLocale: ANY_ROLE,
  resetUserPassword: [Role.ADMIN],
  createUser: [Role.ADMIN],
  deactivateUser: [Role.ADMIN],
  activateUser: [Role.ADMIN],
  changeUserRole: [Role.ADMIN],
  inviteSupplierUser: [Role.ADMIN, Role.PROCUREMENT],
  resendInvitation: [Role.ADMIN, Role.PROCUREMENT],
  revokeInvitation: [Role.ADMIN, Role.PROCUREMENT],
  invitations: [Role.ADMIN, Role.PROCUREMENT],
  acceptInvitation: PUBLIC,
  createApiToken: [Role.ADMIN],
  revokeApiToken: [Role.ADMIN],
  apiTokens: [Role.ADMIN],
} as const satisfies PermissionTable;
