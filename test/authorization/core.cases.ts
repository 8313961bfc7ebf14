import { randomUUID } from "node:crypto";
import { Role } from "../../src/modules/identity/role.enum";
import { makeSupplier, makeUser } from "../support/factories";
import type { MatrixCase } from "./matrix";

const ALL = [Role.ADMIN, Role.PROCUREMENT, Role.AUDITOR, Role.SUPPLIER] as const;
const STAFF = [Role.ADMIN, Role.PROCUREMENT, Role.AUDITOR] as const;

/** Suppliers, identity and the audit trail; other modules keep their cases beside these. */
export const CASES: MatrixCase[] = [
  {
    operation: "me",
    kind: "query",
    allowed: ALL,
    prepare: async () => ({ query: `{ me { id role } }` }),
  },
  {
    operation: "users",
    kind: "query",
    allowed: [Role.ADMIN],
    prepare: async () => ({ query: `{ users(first: 5) { totalCount } }` }),
  },
  {
    operation: "login",
    kind: "mutation",
    allowed: ALL,
    prepare: async () => ({
      query: `mutation($e: String!) { login(email: $e, password: "wrong-password-123") { token } }`,
      variables: { e: `nobody-${randomUUID()}@example.com` },
    }),
  },
  {
    operation: "createUser",
    kind: "mutation",
    allowed: [Role.ADMIN],
    prepare: async () => ({
      query: `mutation($i: CreateUserInput!) { createUser(input: $i) { id } }`,
      variables: {
        i: {
          email: `new-${randomUUID()}@example.com`,
          password: "long-enough-pw",
          role: "AUDITOR",
          name: "New",
        },
      },
    }),
  },
  {
    operation: "deactivateUser",
    kind: "mutation",
    allowed: [Role.ADMIN],
    prepare: async (fx) => ({
      query: `mutation($id: ID!) { deactivateUser(id: $id) { id } }`,
      variables: { id: (await makeUser(fx.app, Role.PROCUREMENT)).user.id },
    }),
  },
  {
    operation: "activateUser",
    kind: "mutation",
    allowed: [Role.ADMIN],
    prepare: async (fx) => ({
      query: `mutation($id: ID!) { activateUser(id: $id) { id } }`,
      variables: { id: (await makeUser(fx.app, Role.PROCUREMENT, { active: false })).user.id },
    }),
  },
  {
    operation: "supplier",
    kind: "query",
    allowed: ALL,
    prepare: async (fx) => ({
      query: `query($id: ID!) { supplier(id: $id) { id name } }`,
      variables: { id: fx.ownSupplier.id },
    }),
  },
  {
    operation: "supplier (another supplier's)",
    kind: "query",
    allowed: STAFF,
    prepare: async (fx) => ({
      query: `query($id: ID!) { supplier(id: $id) { id name } }`,
      variables: { id: fx.otherSupplier.id },
    }),
    note: "a supplier user gets NOT_FOUND",
  },
  {
    operation: "suppliers",
    kind: "query",
    allowed: ALL,
    prepare: async () => ({ query: `{ suppliers(first: 5) { totalCount } }` }),
  },
  {
    operation: "materialCategories",
    kind: "query",
    allowed: ALL,
    prepare: async () => ({ query: `{ materialCategories { code } }` }),
  },
  {
    operation: "createMaterialCategory",
    kind: "mutation",
    allowed: [Role.ADMIN],
    prepare: async () => ({
      query: `mutation($i: CreateMaterialCategoryInput!) { createMaterialCategory(input: $i) { id } }`,
      variables: { i: { code: `C${randomUUID().slice(0, 8)}`, name: "Test category" } },
    }),
  },
  {
    operation: "createSupplier",
    kind: "mutation",
    allowed: [Role.ADMIN],
    prepare: async () => ({
      query: `mutation { createSupplier(input: { name: "Matrix Co", country: "FR", contactEmail: "m@x.fr" }) { id } }`,
    }),
  },
  {
    operation: "updateSupplier",
    kind: "mutation",
    allowed: [Role.ADMIN, Role.SUPPLIER],
    prepare: async (fx) => ({
      query: `mutation($id: ID!, $v: Int!) { updateSupplier(id: $id, expectedVersion: $v, input: { legalName: "Edited" }) { id } }`,
      variables: {
        id: fx.ownSupplier.id,
        v: (
          await fx.app.dataSource.query(`SELECT version FROM supplier WHERE id = $1`, [
            fx.ownSupplier.id,
          ])
        )[0].version,
      },
    }),
  },
  {
    operation: "updateSupplier (another supplier's)",
    kind: "mutation",
    allowed: [Role.ADMIN],
    prepare: async (fx) => ({
      query: `mutation($id: ID!) { updateSupplier(id: $id, expectedVersion: 1, input: { legalName: "Edited" }) { id } }`,
      variables: { id: (await makeSupplier(fx.app)).id },
    }),
    note: "a supplier user gets NOT_FOUND",
  },
  {
    operation: "archiveSupplier",
    kind: "mutation",
    allowed: [Role.ADMIN],
    prepare: async (fx) => ({
      query: `mutation($id: ID!) { archiveSupplier(id: $id) { id } }`,
      variables: { id: (await makeSupplier(fx.app)).id },
    }),
  },
  {
    operation: "blockSupplier",
    kind: "mutation",
    allowed: [Role.ADMIN],
    prepare: async (fx) => ({
      query: `mutation($id: ID!) { blockSupplier(id: $id, reason: "Sanctions list match under review") { id } }`,
      variables: { id: (await makeSupplier(fx.app)).id },
    }),
  },
  {
    operation: "unblockSupplier",
    kind: "mutation",
    allowed: [Role.ADMIN],
    prepare: async (fx) => ({
      query: `mutation($id: ID!) { unblockSupplier(id: $id) { id } }`,
      variables: {
        id: (await makeSupplier(fx.app, { blockedByAdmin: true, blockReason: "Matrix block" })).id,
      },
    }),
  },
  {
    operation: "auditTrail",
    kind: "query",
    allowed: [Role.ADMIN, Role.AUDITOR],
    prepare: async (fx) => ({
      query: `query($id: ID!) { auditTrail(entityType: "Supplier", entityId: $id) { totalCount } }`,
      variables: { id: fx.ownSupplier.id },
    }),
  },
];
