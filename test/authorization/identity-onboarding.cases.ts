import { randomUUID } from "node:crypto";
import { IDENTITY_PERMISSIONS } from "../../src/modules/identity/identity.permissions";
import type { MatrixCase, MatrixFixture } from "./matrix";

/** A fresh pending invitation of the own supplier, made by an admin. */
async function pendingInvitation(fx: MatrixFixture): Promise<string> {
  const result = await fx.app.exec(
    fx.users.ADMIN.token,
    `mutation($s: ID!, $e: String!) { inviteSupplierUser(supplierId: $s, email: $e) { id } }`,
    { s: fx.ownSupplier.id, e: `matrix-${randomUUID()}@supplier.example` },
  );
  return (result.data as { inviteSupplierUser: { id: string } }).inviteSupplierUser.id;
}

/** A fresh live API token, made by an admin. */
async function liveApiToken(fx: MatrixFixture): Promise<string> {
  const result = await fx.app.exec(
    fx.users.ADMIN.token,
    `mutation { createApiToken(name: "Matrix", role: AUDITOR) { id } }`,
  );
  return (result.data as { createApiToken: { id: string } }).createApiToken.id;
}

/** Supplier invitations and API tokens (issue 19). */
export const CASES: MatrixCase[] = [
  {
    operation: "invitations",
    kind: "query",
    allowed: IDENTITY_PERMISSIONS.invitations,
    prepare: async (fx) => ({
      query: `query($s: ID!) { invitations(supplierId: $s) { id state } }`,
      variables: { s: fx.ownSupplier.id },
    }),
  },
  {
    operation: "inviteSupplierUser",
    kind: "mutation",
    allowed: IDENTITY_PERMISSIONS.inviteSupplierUser,
    prepare: async (fx) => ({
      query: `mutation($s: ID!, $e: String!) { inviteSupplierUser(supplierId: $s, email: $e) { id } }`,
      variables: { s: fx.ownSupplier.id, e: `matrix-${randomUUID()}@supplier.example` },
    }),
  },
  {
    operation: "resendInvitation",
    kind: "mutation",
    allowed: IDENTITY_PERMISSIONS.resendInvitation,
    prepare: async (fx) => ({
      query: `mutation($id: ID!) { resendInvitation(id: $id) { id } }`,
      variables: { id: await pendingInvitation(fx) },
    }),
  },
  {
    operation: "revokeInvitation",
    kind: "mutation",
    allowed: IDENTITY_PERMISSIONS.revokeInvitation,
    prepare: async (fx) => ({
      query: `mutation($id: ID!) { revokeInvitation(id: $id) { id } }`,
      variables: { id: await pendingInvitation(fx) },
    }),
  },
  {
    operation: "acceptInvitation",
    kind: "mutation",
    allowed: IDENTITY_PERMISSIONS.acceptInvitation,
    // Open to anyone with the link: an unknown link is BAD_USER_INPUT, never a refusal.
    prepare: async () => ({
      query: `mutation { acceptInvitation(token: "no-such-link", name: "M", password: "a-long-passphrase-1") { token } }`,
    }),
  },
  {
    operation: "apiTokens",
    kind: "query",
    allowed: IDENTITY_PERMISSIONS.apiTokens,
    prepare: async () => ({ query: `{ apiTokens { id name } }` }),
  },
  {
    operation: "createApiToken",
    kind: "mutation",
    allowed: IDENTITY_PERMISSIONS.createApiToken,
    prepare: async () => ({
      query: `mutation { createApiToken(name: "Matrix", role: PROCUREMENT) { id secret } }`,
    }),
  },
  {
    operation: "revokeApiToken",
    kind: "mutation",
    allowed: IDENTITY_PERMISSIONS.revokeApiToken,
    prepare: async (fx) => ({
      query: `mutation($id: ID!) { revokeApiToken(id: $id) }`,
      variables: { id: await liveApiToken(fx) },
    }),
  },
];
