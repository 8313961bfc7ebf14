import { Role } from "../../src/shared/domain/role.enum";
import { makeUser } from "../support/factories";
import type { MatrixCase } from "./matrix";
import { IDENTITY_PERMISSIONS } from "../../src/modules/identity/identity.permissions";

/** Tokens and passwords (the other identity operations are in core.cases.ts). */
export const CASES: MatrixCase[] = [
  {
    operation: "logout",
    kind: "mutation",
    allowed: IDENTITY_PERMISSIONS.logout,
    prepare: async (fx, role) => {
      // logout ends the token it is sent with: hand the matrix a fresh token of the same user
      // for this one call, so the role's own token keeps working for the other cases.
      const own = fx.users[role];
      const fresh = await fx.app.server.services.tokens.sign(own.user.id);
      let handedOut = false;
      fx.users[role] = {
        user: own.user,
        get token() {
          if (handedOut) return own.token;
          handedOut = true;
          return fresh;
        },
      };
      return { query: `mutation { logout }` };
    },
  },
  {
    operation: "changePassword",
    kind: "mutation",
    allowed: IDENTITY_PERMISSIONS.changePassword,
    // A wrong current password (BAD_USER_INPUT) proves the role may call it without ending
    // the role's token, which a successful change would.
    prepare: async () => ({
      query: `mutation { changePassword(currentPassword: "not-the-current-one", newPassword: "a-fresh-long-passphrase") }`,
    }),
  },
  {
    operation: "setLocale",
    kind: "mutation",
    allowed: IDENTITY_PERMISSIONS.setLocale,
    // English is what every role's user has already: no change, but the call is allowed.
    prepare: async () => ({ query: `mutation { setLocale(locale: "en") { id } }` }),
  },
  {
    operation: "resetUserPassword",
    kind: "mutation",
    allowed: IDENTITY_PERMISSIONS.resetUserPassword,
    prepare: async (fx) => ({
      query: `mutation($id: ID!) { resetUserPassword(userId: $id) }`,
      variables: { id: (await makeUser(fx.app, Role.AUDITOR)).user.id },
    }),
  },
];
