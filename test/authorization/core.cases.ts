import { randomUUID } from "node:crypto";
import { Role } from "../../src/shared/domain/role.enum";
import { makeSupplier, makeUser } from "../support/factories";
import type { MatrixCase, MatrixFixture } from "./matrix";
import { AUDIT_TRAIL_PERMISSIONS } from "../../src/modules/audit-trail/audit-trail.permissions";
import { IDENTITY_PERMISSIONS } from "../../src/modules/identity/identity.permissions";
import {
  SUPPLIER_FIELD_OWNERS,
  SUPPLIER_PERMISSIONS,
} from "../../src/modules/supplier/supplier.permissions";
import { without } from "../../src/shared/permissions";

async function supplierVersion(app: MatrixFixture["app"], id: string): Promise<number> {
  const [row] = (await app.dataSource.query(`SELECT version FROM supplier WHERE id = $1`, [
    id,
  ])) as { version: number }[];
  return row.version;
}

/** A fresh self-declared certificate of the supplier, added by its own user. */
async function unverifiedCertificate(fx: MatrixFixture, supplierId: string): Promise<string> {
  const [row] = (await fx.app.dataSource.query(
    `INSERT INTO certificate (supplier_id, kind, issuer, valid_until, added_by_id, added_at)
     VALUES ($1, 'ISO_45001', 'Matrix issuer', $2::timestamptz + interval '2 years', $3, $2)
     RETURNING id`,
    [supplierId, fx.app.clock.now(), fx.users.SUPPLIER.user.id],
  )) as { id: string }[];
  return row.id;
}

/** Suppliers, identity and the audit trail; other modules keep their cases beside these. */
export const CASES: MatrixCase[] = [
  {
    operation: "me",
    kind: "query",
    allowed: IDENTITY_PERMISSIONS.me,
    prepare: async () => ({ query: `{ me { id role } }` }),
  },
  {
    operation: "users",
    kind: "query",
    allowed: IDENTITY_PERMISSIONS.users,
    prepare: async () => ({ query: `{ users(first: 5) { totalCount } }` }),
  },
  {
    operation: "login",
    kind: "mutation",
    allowed: IDENTITY_PERMISSIONS.login,
    prepare: async () => ({
      query: `mutation($e: String!) { login(email: $e, password: "wrong-password-123") { token } }`,
      variables: { e: `nobody-${randomUUID()}@example.com` },
    }),
  },
  {
    operation: "createUser",
    kind: "mutation",
    allowed: IDENTITY_PERMISSIONS.createUser,
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
    allowed: IDENTITY_PERMISSIONS.deactivateUser,
    prepare: async (fx) => ({
      query: `mutation($id: ID!) { deactivateUser(id: $id) { id } }`,
      variables: { id: (await makeUser(fx.app, Role.PROCUREMENT)).user.id },
    }),
  },
  {
    operation: "activateUser",
    kind: "mutation",
    allowed: IDENTITY_PERMISSIONS.activateUser,
    prepare: async (fx) => ({
      query: `mutation($id: ID!) { activateUser(id: $id) { id } }`,
      variables: { id: (await makeUser(fx.app, Role.PROCUREMENT, { active: false })).user.id },
    }),
  },
  {
    operation: "supplier",
    kind: "query",
    allowed: SUPPLIER_PERMISSIONS.supplier,
    prepare: async (fx) => ({
      query: `query($id: ID!) { supplier(id: $id) { id name } }`,
      variables: { id: fx.ownSupplier.id },
    }),
  },
  {
    operation: "supplier (another supplier's)",
    kind: "query",
    allowed: without(SUPPLIER_PERMISSIONS.supplier, Role.SUPPLIER),
    prepare: async (fx) => ({
      query: `query($id: ID!) { supplier(id: $id) { id name } }`,
      variables: { id: fx.otherSupplier.id },
    }),
    note: "a supplier user gets NOT_FOUND",
  },
  {
    operation: "suppliers",
    kind: "query",
    allowed: SUPPLIER_PERMISSIONS.suppliers,
    prepare: async () => ({ query: `{ suppliers(first: 5) { totalCount } }` }),
  },
  {
    operation: "materialCategories",
    kind: "query",
    allowed: SUPPLIER_PERMISSIONS.materialCategories,
    prepare: async () => ({ query: `{ materialCategories { code } }` }),
  },
  {
    operation: "createMaterialCategory",
    kind: "mutation",
    allowed: SUPPLIER_PERMISSIONS.createMaterialCategory,
    prepare: async () => ({
      query: `mutation($i: CreateMaterialCategoryInput!) { createMaterialCategory(input: $i) { id } }`,
      variables: { i: { code: `C${randomUUID().slice(0, 8)}`, name: "Test category" } },
    }),
  },
  {
    operation: "createSupplier",
    kind: "mutation",
    allowed: SUPPLIER_PERMISSIONS.createSupplier,
    prepare: async () => ({
      query: `mutation { createSupplier(input: { name: "Matrix Co", country: "FR", contactEmail: "m@x.fr" }) { id } }`,
    }),
  },
  {
    operation: "updateSupplier",
    kind: "mutation",
    allowed: SUPPLIER_FIELD_OWNERS.masterData.roles,
    prepare: async (fx) => ({
      query: `mutation($id: ID!, $v: Int!) { updateSupplier(id: $id, expectedVersion: $v, input: { legalName: "Edited" }) { id } }`,
      variables: { id: fx.ownSupplier.id, v: await supplierVersion(fx.app, fx.ownSupplier.id) },
    }),
    note: "master data is the buyer's: a supplier user gets FORBIDDEN naming the field",
  },
  {
    operation: "updateSupplier (contact e-mail and sites)",
    kind: "mutation",
    allowed: SUPPLIER_PERMISSIONS.updateSupplier,
    prepare: async (fx) => ({
      query: `mutation($id: ID!, $v: Int!) { updateSupplier(id: $id, expectedVersion: $v, input: { contactEmail: "new@supplier.example" }) { id } }`,
      variables: { id: fx.ownSupplier.id, v: await supplierVersion(fx.app, fx.ownSupplier.id) },
    }),
  },
  {
    operation: "updateSupplier (declared sustainability)",
    kind: "mutation",
    allowed: SUPPLIER_FIELD_OWNERS.declaration.roles,
    prepare: async (fx) => ({
      query: `mutation($id: ID!, $v: Int!) { updateSupplier(id: $id, expectedVersion: $v, input: { sustainability: { recycledContentShare: 20 } }) { id } }`,
      variables: { id: fx.ownSupplier.id, v: await supplierVersion(fx.app, fx.ownSupplier.id) },
    }),
    note: "the declaration is the supplier's word: procurement gets FORBIDDEN",
  },
  {
    operation: "updateSupplier (another supplier's)",
    kind: "mutation",
    allowed: without(SUPPLIER_PERMISSIONS.updateSupplier, Role.SUPPLIER),
    prepare: async (fx) => ({
      query: `mutation($id: ID!) { updateSupplier(id: $id, expectedVersion: 1, input: { contactEmail: "x@supplier.example" }) { id } }`,
      variables: { id: (await makeSupplier(fx.app)).id },
    }),
    note: "a supplier user gets NOT_FOUND",
  },
  {
    operation: "verifySustainability",
    kind: "mutation",
    allowed: SUPPLIER_PERMISSIONS.verifySustainability,
    prepare: async (fx) => ({
      query: `mutation($id: ID!) { verifySustainability(supplierId: $id, input: { renewableElectricityShare: 40, thirdPartyVerifiedMaterialShare: 30, recycledContentShare: 5, traceability: TIER1, sourcesFromProtectedArea: false }, evidence: [{ title: "PPA contract", url: "https://evidence.example/ppa.pdf" }]) { id } }`,
      variables: { id: fx.ownSupplier.id },
    }),
    note: "the supplier judged never verifies itself",
  },
  {
    operation: "addCertificate",
    kind: "mutation",
    allowed: SUPPLIER_PERMISSIONS.addCertificate,
    prepare: async (fx) => ({
      query: `mutation($id: ID!) { addCertificate(supplierId: $id, input: { kind: ISO_14001, issuer: "DNV", validUntil: "2029-01-01T00:00:00Z" }) { id } }`,
      variables: { id: fx.ownSupplier.id },
    }),
  },
  {
    operation: "addCertificate (another supplier's)",
    kind: "mutation",
    allowed: without(SUPPLIER_PERMISSIONS.addCertificate, Role.SUPPLIER),
    prepare: async (fx) => ({
      query: `mutation($id: ID!) { addCertificate(supplierId: $id, input: { kind: SA8000, issuer: "SAAS", validUntil: "2029-01-01T00:00:00Z" }) { id } }`,
      variables: { id: fx.otherSupplier.id },
    }),
    note: "a supplier user gets NOT_FOUND",
  },
  {
    operation: "verifyCertificate",
    kind: "mutation",
    allowed: SUPPLIER_PERMISSIONS.verifyCertificate,
    prepare: async (fx) => ({
      query: `mutation($id: ID!) { verifyCertificate(id: $id) { id } }`,
      variables: { id: await unverifiedCertificate(fx, fx.ownSupplier.id) },
    }),
    note: "the supplier judged never verifies its own certificates",
  },
  {
    operation: "archiveSupplier",
    kind: "mutation",
    allowed: SUPPLIER_PERMISSIONS.archiveSupplier,
    prepare: async (fx) => ({
      query: `mutation($id: ID!) { archiveSupplier(id: $id) { id } }`,
      variables: { id: (await makeSupplier(fx.app)).id },
    }),
  },
  {
    operation: "blockSupplier",
    kind: "mutation",
    allowed: SUPPLIER_PERMISSIONS.blockSupplier,
    prepare: async (fx) => ({
      query: `mutation($id: ID!) { blockSupplier(id: $id, reason: "Sanctions list match under review") { id } }`,
      variables: { id: (await makeSupplier(fx.app)).id },
    }),
  },
  {
    operation: "unblockSupplier",
    kind: "mutation",
    allowed: SUPPLIER_PERMISSIONS.unblockSupplier,
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
    allowed: AUDIT_TRAIL_PERMISSIONS.auditTrail,
    prepare: async (fx) => ({
      query: `query($id: ID!) { auditTrail(entityType: "Supplier", entityId: $id) { totalCount } }`,
      variables: { id: fx.ownSupplier.id },
    }),
  },
];
