import { DECLARATION_PERMISSIONS } from "../../src/modules/declaration/declaration.permissions";
import { Role } from "../../src/shared/domain/role.enum";
import { createDeclaration, fixture } from "../support/declarations";
import { storeDocument } from "../support/documents";
import { categoryId } from "../support/factories";
import type { MatrixCase, MatrixFixture } from "./matrix";

const OWNERSHIP = "SUPPLIER: another supplier's declaration is NOT_FOUND";
const not = (roles: readonly Role[], role: Role) => roles.filter((r) => r !== role);

/** A fresh class A draft (or submitted one) of `supplierId`, set up by the admin. */
async function declaration(
  fx: MatrixFixture,
  supplierId: string,
  state: "draft" | "submitted" = "draft",
): Promise<{ id: string; version: number }> {
  const created = await createDeclaration(
    fx.app,
    fx.users.ADMIN.token,
    supplierId,
    await categoryId(fx.app, "JUNCTION_BOX"),
  );
  if (state === "draft") return created;
  const result = await fx.app.exec(
    fx.users.ADMIN.token,
    `mutation($id: ID!) { submitMaterialDeclaration(id: $id) { id version } }`,
    { id: created.id },
  );
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data!.submitMaterialDeclaration;
}

const CREATE = `mutation($input: MaterialDeclarationInput!) { createMaterialDeclaration(input: $input) { id } }`;
const UPDATE = `mutation($id: ID!, $v: Int!) { updateMaterialDeclaration(id: $id, input: { partName: "matrix" }, expectedVersion: $v) { id } }`;
const SUBMIT = `mutation($id: ID!) { submitMaterialDeclaration(id: $id) { id } }`;
const REVIEW = `mutation($id: ID!) { reviewMaterialDeclaration(id: $id, accept: true) { id } }`;
const IMPORT = `mutation($s: ID!, $c: ID!, $d: ID!) { importIpc1752a(supplierId: $s, categoryId: $c, documentId: $d) { id } }`;

async function createVariables(fx: MatrixFixture, supplierId: string) {
  return {
    input: {
      supplierId,
      categoryId: await categoryId(fx.app, "JUNCTION_BOX"),
      declarationClass: "A",
      partNumber: "MX-1",
      statements: [{ list: "ROHS", compliant: true }],
      validUntil: "2099-01-01T00:00:00Z",
    },
  };
}

/** The compliant fixture, uploaded by the caller (a supplier may link only its own uploads). */
async function importVariables(fx: MatrixFixture, role: Role, supplierId: string) {
  const document = await storeDocument(
    fx.app,
    fx.users[role].token,
    fixture("class-c-compliant.xml"),
    "declaration.xml",
  );
  return { s: supplierId, c: await categoryId(fx.app, "JUNCTION_BOX"), d: document.id };
}

export const CASES: MatrixCase[] = [
  {
    operation: "materialDeclarations",
    kind: "query",
    allowed: DECLARATION_PERMISSIONS.materialDeclarations,
    prepare: async () => ({
      query: `{ materialDeclarations(first: 5) { totalCount edges { node { id compliance { compliant } } } } }`,
    }),
  },
  {
    operation: "materialDeclaration",
    kind: "query",
    allowed: DECLARATION_PERMISSIONS.materialDeclaration,
    note: OWNERSHIP,
    prepare: async (fx) => ({
      query: `query($id: ID!) { materialDeclaration(id: $id) { id compliance { compliant violations { message } } } }`,
      variables: { id: (await declaration(fx, fx.ownSupplier.id)).id },
    }),
  },
  {
    operation: "materialDeclaration (another supplier's)",
    kind: "query",
    allowed: not(DECLARATION_PERMISSIONS.materialDeclaration, Role.SUPPLIER),
    note: OWNERSHIP,
    prepare: async (fx) => ({
      query: `query($id: ID!) { materialDeclaration(id: $id) { id } }`,
      variables: { id: (await declaration(fx, fx.otherSupplier.id)).id },
    }),
  },
  {
    operation: "createMaterialDeclaration",
    kind: "mutation",
    allowed: DECLARATION_PERMISSIONS.createMaterialDeclaration,
    note: OWNERSHIP,
    prepare: async (fx) => ({
      query: CREATE,
      variables: await createVariables(fx, fx.ownSupplier.id),
    }),
  },
  {
    operation: "createMaterialDeclaration (another supplier's)",
    kind: "mutation",
    allowed: not(DECLARATION_PERMISSIONS.createMaterialDeclaration, Role.SUPPLIER),
    note: OWNERSHIP,
    prepare: async (fx) => ({
      query: CREATE,
      variables: await createVariables(fx, fx.otherSupplier.id),
    }),
  },
  {
    operation: "updateMaterialDeclaration",
    kind: "mutation",
    allowed: DECLARATION_PERMISSIONS.updateMaterialDeclaration,
    note: OWNERSHIP,
    prepare: async (fx) => {
      const { id, version } = await declaration(fx, fx.ownSupplier.id);
      return { query: UPDATE, variables: { id, v: version } };
    },
  },
  {
    operation: "updateMaterialDeclaration (another supplier's)",
    kind: "mutation",
    allowed: not(DECLARATION_PERMISSIONS.updateMaterialDeclaration, Role.SUPPLIER),
    note: OWNERSHIP,
    prepare: async (fx) => {
      const { id, version } = await declaration(fx, fx.otherSupplier.id);
      return { query: UPDATE, variables: { id, v: version } };
    },
  },
  {
    operation: "submitMaterialDeclaration",
    kind: "mutation",
    allowed: DECLARATION_PERMISSIONS.submitMaterialDeclaration,
    note: OWNERSHIP,
    prepare: async (fx) => ({
      query: SUBMIT,
      variables: { id: (await declaration(fx, fx.ownSupplier.id)).id },
    }),
  },
  {
    operation: "submitMaterialDeclaration (another supplier's)",
    kind: "mutation",
    allowed: not(DECLARATION_PERMISSIONS.submitMaterialDeclaration, Role.SUPPLIER),
    note: OWNERSHIP,
    prepare: async (fx) => ({
      query: SUBMIT,
      variables: { id: (await declaration(fx, fx.otherSupplier.id)).id },
    }),
  },
  {
    operation: "reviewMaterialDeclaration",
    kind: "mutation",
    allowed: DECLARATION_PERMISSIONS.reviewMaterialDeclaration,
    prepare: async (fx) => ({
      query: REVIEW,
      variables: { id: (await declaration(fx, fx.ownSupplier.id, "submitted")).id },
    }),
  },
  {
    operation: "importIpc1752a",
    kind: "mutation",
    allowed: DECLARATION_PERMISSIONS.importIpc1752a,
    note: OWNERSHIP,
    prepare: async (fx, role) => ({
      query: IMPORT,
      variables: await importVariables(fx, role, fx.ownSupplier.id),
    }),
  },
  {
    operation: "importIpc1752a (another supplier's)",
    kind: "mutation",
    allowed: not(DECLARATION_PERMISSIONS.importIpc1752a, Role.SUPPLIER),
    note: OWNERSHIP,
    prepare: async (fx, role) => ({
      query: IMPORT,
      variables: await importVariables(fx, role, fx.otherSupplier.id),
    }),
  },
];
