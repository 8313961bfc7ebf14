import { randomUUID } from "node:crypto";
import { RECYCLED_CONTENT_PERMISSIONS as P } from "../../src/modules/recycled-content/recycled-content.permissions";
import { storeDocument } from "../support/documents";
import { categoryId } from "../support/factories";
import type { MatrixCase, MatrixFixture } from "./matrix";

const DECLARE = `mutation($input: DeclareRecycledContentInput!) { declareRecycledContent(input: $input) { id } }`;

const declaration = async (fx: MatrixFixture, supplierId = fx.ownSupplier.id) => ({
  supplierId,
  categoryId: await categoryId(fx.app, "LITHIUM"),
  element: "LI",
  validFrom: "2026-01",
  validTo: "2026-12",
  elementFraction: 0.1,
  recycledFraction: 0.2,
  preConsumerFraction: 0.1,
  postConsumerFraction: 0.1,
  method: "MASS_BALANCE",
});

async function declared(fx: MatrixFixture): Promise<string> {
  const result = await fx.app.exec(fx.users.ADMIN.token, DECLARE, { input: await declaration(fx) });
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data!.declareRecycledContent.id as string;
}

async function purchase(fx: MatrixFixture): Promise<string> {
  const result = await fx.app.exec(
    fx.users.ADMIN.token,
    `mutation($input: CreatePurchaseInput!) { createPurchase(input: $input) { id } }`,
    {
      input: {
        supplierId: fx.ownSupplier.id,
        categoryId: await categoryId(fx.app, "LITHIUM"),
        period: "2026-01",
        quantityKg: 100,
        reference: `matrix-${randomUUID()}`,
      },
    },
  );
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data!.createPurchase.id as string;
}

export const CASES: MatrixCase[] = [
  {
    operation: "purchases",
    kind: "query",
    allowed: P.purchases,
    prepare: async () => ({
      query: `{ purchases(first: 5) { totalCount edges { node { period quantityKg supplier { id } } } } }`,
    }),
  },
  {
    operation: "importPurchases",
    kind: "mutation",
    allowed: P.importPurchases,
    prepare: async (fx) => {
      const csv = `supplier,category,period,quantity_kg,reference\n${fx.ownSupplier.id},LITHIUM,2026-01,10,m-${randomUUID()}\n`;
      const document = await storeDocument(fx.app, fx.users.ADMIN.token, Buffer.from(csv), "p.csv");
      return {
        query: `mutation($id: ID!) { importPurchases(documentId: $id, dryRun: true) { rows applied errors { row } } }`,
        variables: { id: document.id },
      };
    },
  },
  {
    operation: "createPurchase",
    kind: "mutation",
    allowed: P.createPurchase,
    prepare: async (fx) => ({
      query: `mutation($input: CreatePurchaseInput!) { createPurchase(input: $input) { id } }`,
      variables: {
        input: {
          supplierId: fx.ownSupplier.id,
          categoryId: await categoryId(fx.app, "LITHIUM"),
          period: "2026-02",
          quantityKg: 5,
        },
      },
    }),
  },
  {
    operation: "voidPurchase",
    kind: "mutation",
    allowed: P.voidPurchase,
    prepare: async (fx) => ({
      query: `mutation($id: ID!) { voidPurchase(id: $id, reason: "entered twice") { voidedAt } }`,
      variables: { id: await purchase(fx) },
    }),
  },
  {
    operation: "recycledContentDeclarations",
    kind: "query",
    allowed: P.recycledContentDeclarations,
    prepare: async () => ({
      query: `{ recycledContentDeclarations(first: 5) { totalCount edges { node { element validFrom verified } } } }`,
    }),
  },
  {
    operation: "declareRecycledContent",
    kind: "mutation",
    allowed: P.declareRecycledContent,
    prepare: async (fx) => ({ query: DECLARE, variables: { input: await declaration(fx) } }),
  },
  {
    operation: "verifyRecycledContent",
    kind: "mutation",
    allowed: P.verifyRecycledContent,
    prepare: async (fx) => ({
      query: `mutation($id: ID!) { verifyRecycledContent(id: $id, note: "checked") { verified } }`,
      variables: { id: await declared(fx) },
    }),
  },
  {
    operation: "recycledContentShare",
    kind: "query",
    allowed: P.recycledContentShare,
    prepare: async () => ({
      query: `{ recycledContentShare(element: LI, year: 2026) { share coverage monthly { month } lines { basis supplier { id } } linesTotal } }`,
    }),
  },
  {
    operation: "recycledContentTargets",
    kind: "query",
    allowed: P.recycledContentTargets,
    prepare: async () => ({
      query: `{ recycledContentTargets(element: LI) { target { share dueDate source } current gap projection onTrack } }`,
    }),
  },
  {
    operation: "recycledContent",
    kind: "query",
    allowed: P.recycledContent,
    prepare: async () => ({
      query: `{ recycledContent(element: "Li", year: 2026) { share coverage lines { label value } targets { current } } }`,
    }),
  },
  {
    operation: "setRecycledContentTarget",
    kind: "mutation",
    allowed: P.setRecycledContentTarget,
    prepare: async () => ({
      query: `mutation { setRecycledContentTarget(input: { element: AL, source: POLICY, share: 0.3, dueDate: "2032-12-31T00:00:00Z", note: "matrix" }) { id } }`,
    }),
  },
];
