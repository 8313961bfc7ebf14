import { randomUUID } from "node:crypto";
import { SUBSTANCE_PERMISSIONS } from "../../src/modules/substance/substance.permissions";
import { storeDocument } from "../support/documents";
import { categoryId } from "../support/factories";
import type { MatrixCase, MatrixFixture } from "./matrix";

const ENTRY = {
  cas: "7440-02-0",
  name: "Nickel",
  thresholdPercent: 0.1,
  basis: "ARTICLE",
  scope: "per article",
};

const CREATE = `mutation($input: CreateListVersionInput!) { createListVersion(input: $input) { id status } }`;

async function draftVersion(fx: MatrixFixture): Promise<string> {
  const result = await fx.app.exec(fx.users.ADMIN.token, CREATE, {
    input: {
      listCode: "REACH_SVHC",
      label: `matrix ${randomUUID()}`,
      effectiveDate: "2026-01-01T00:00:00Z",
      entries: [ENTRY],
    },
  });
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data!.createListVersion.id as string;
}

export const CASES: MatrixCase[] = [
  {
    operation: "substances",
    kind: "query",
    allowed: SUBSTANCE_PERMISSIONS.substances,
    prepare: async () => ({ query: `{ substances(search: "lead", first: 5) { totalCount } }` }),
  },
  {
    operation: "substance",
    kind: "query",
    allowed: SUBSTANCE_PERMISSIONS.substance,
    prepare: async () => ({
      query: `{ substance(cas: "7439-92-1") { name groups { code } target { kind } } }`,
    }),
  },
  {
    operation: "regulatoryLists",
    kind: "query",
    allowed: SUBSTANCE_PERMISSIONS.regulatoryLists,
    prepare: async () => ({
      query: `{ regulatoryLists { code currentVersion { label entries(first: 2) { totalCount } } } }`,
    }),
  },
  {
    operation: "regulatoryList",
    kind: "query",
    allowed: SUBSTANCE_PERMISSIONS.regulatoryList,
    prepare: async () => ({
      query: `{ regulatoryList(code: "ROHS") { exemptions { code expired } applicability { applies } } }`,
    }),
  },
  {
    operation: "substanceTargets",
    kind: "query",
    allowed: SUBSTANCE_PERMISSIONS.substanceTargets,
    prepare: async () => ({ query: `{ substanceTargets { kind substance { cas } } }` }),
  },
  {
    operation: "createListVersion",
    kind: "mutation",
    allowed: SUBSTANCE_PERMISSIONS.createListVersion,
    prepare: async () => ({
      query: CREATE,
      variables: {
        input: {
          listCode: "REACH_SVHC",
          label: `matrix ${randomUUID()}`,
          effectiveDate: "2026-01-01T00:00:00Z",
          entries: [ENTRY],
        },
      },
    }),
  },
  {
    operation: "publishListVersion",
    kind: "mutation",
    allowed: SUBSTANCE_PERMISSIONS.publishListVersion,
    prepare: async (fx) => ({
      query: `mutation($id: ID!) { publishListVersion(id: $id) { id status } }`,
      variables: { id: await draftVersion(fx) },
    }),
  },
  {
    operation: "importSvhcList",
    kind: "mutation",
    allowed: SUBSTANCE_PERMISSIONS.importSvhcList,
    prepare: async (fx) => {
      // Uploaded by the admin, whom the import allows; a dry run leaves nothing behind.
      const csv =
        "Substance name,EC No.,CAS No.,Date of inclusion,Reason for inclusion\nLead,231-100-4,7439-92-1,2018-06-27,r\n";
      const document = await storeDocument(
        fx.app,
        fx.users.ADMIN.token,
        Buffer.from(csv),
        "svhc.csv",
      );
      return {
        query: `mutation($id: ID!) { importSvhcList(documentId: $id, versionLabel: "matrix", effectiveDate: "2026-01-01T00:00:00Z", dryRun: true) { rows applied } }`,
        variables: { id: document.id },
      };
    },
  },
  {
    operation: "setListApplicability",
    kind: "mutation",
    allowed: SUBSTANCE_PERMISSIONS.setListApplicability,
    prepare: async (fx) => ({
      query: `mutation($id: ID!) { setListApplicability(listCode: "ROHS", categoryId: $id, applies: true) { code } }`,
      variables: { id: await categoryId(fx.app, "JUNCTION_BOX") },
    }),
  },
  {
    operation: "setSubstanceTarget",
    kind: "mutation",
    allowed: SUBSTANCE_PERMISSIONS.setSubstanceTarget,
    prepare: async () => ({
      query: `mutation { setSubstanceTarget(input: { cas: "7439-92-1", kind: REDUCE, note: "matrix" }) { kind } }`,
    }),
  },
  {
    operation: "addListExemption",
    kind: "mutation",
    allowed: SUBSTANCE_PERMISSIONS.addListExemption,
    prepare: async () => ({
      query: `mutation($input: AddListExemptionInput!) { addListExemption(input: $input) { id } }`,
      // A code of its own per run: an overlap would refuse the second.
      variables: {
        input: {
          listCode: "ROHS",
          code: `M-${randomUUID().slice(0, 8)}`,
          text: "Matrix exemption",
          validFrom: "2026-01-01T00:00:00Z",
        },
      },
    }),
  },
  {
    operation: "expireListExemption",
    kind: "mutation",
    allowed: SUBSTANCE_PERMISSIONS.expireListExemption,
    prepare: async (fx) => {
      const created = await fx.app.exec(
        fx.users.ADMIN.token,
        `mutation($code: String!) { addListExemption(input: { listCode: "ROHS", code: $code,
          text: "Matrix exemption", validFrom: "2026-01-01T00:00:00Z" }) { id } }`,
        { code: `X-${randomUUID().slice(0, 8)}` },
      );
      if (created.errors) throw new Error(JSON.stringify(created.errors));
      return {
        query: `mutation($id: ID!) { expireListExemption(id: $id, lastDay: "2026-03-31T00:00:00Z", reason: "matrix") { id expiresAt } }`,
        variables: { id: created.data!.addListExemption.id },
      };
    },
  },
];
