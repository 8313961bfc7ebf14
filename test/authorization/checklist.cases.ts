import {
  CREATE_CHECKLIST,
  defaultChecklist,
  publishedChecklist,
  smallChecklistInput,
} from "../support/self-assessments";
import type { MatrixCase, MatrixFixture } from "./matrix";
import { CHECKLIST_PERMISSIONS } from "../../src/modules/checklist/checklist.permissions";

async function draftId(fx: MatrixFixture): Promise<string> {
  const result = await fx.app.exec(fx.users.ADMIN.token, CREATE_CHECKLIST, {
    input: smallChecklistInput(),
  });
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data!.createChecklist.id as string;
}

async function publishedId(fx: MatrixFixture): Promise<string> {
  return (await publishedChecklist(fx.app, fx.users.ADMIN.token)).id;
}

export const CASES: MatrixCase[] = [
  {
    operation: "checklist",
    kind: "query",
    allowed: CHECKLIST_PERMISSIONS.checklist,
    prepare: async (fx) => ({
      query: `query($id: ID!) { checklist(id: $id) { id status items { code } } }`,
      variables: { id: (await defaultChecklist(fx.app)).id },
    }),
  },
  {
    operation: "checklists",
    kind: "query",
    allowed: CHECKLIST_PERMISSIONS.checklists,
    prepare: async () => ({
      query: `query { checklists(status: PUBLISHED) { id version items { code } } }`,
    }),
  },
  {
    operation: "createChecklist",
    kind: "mutation",
    allowed: CHECKLIST_PERMISSIONS.createChecklist,
    prepare: async () => ({
      query: `mutation($input: CreateChecklistInput!) { createChecklist(input: $input) { id } }`,
      variables: { input: smallChecklistInput() },
    }),
  },
  {
    operation: "publishChecklist",
    kind: "mutation",
    allowed: CHECKLIST_PERMISSIONS.publishChecklist,
    prepare: async (fx) => ({
      query: `mutation($id: ID!) { publishChecklist(id: $id) { id status } }`,
      variables: { id: await draftId(fx) },
    }),
  },
  {
    operation: "reviseChecklist",
    kind: "mutation",
    allowed: CHECKLIST_PERMISSIONS.reviseChecklist,
    prepare: async (fx) => ({
      query: `mutation($id: ID!) { reviseChecklist(id: $id) { id version } }`,
      variables: { id: await publishedId(fx) },
    }),
  },
  {
    operation: "retireChecklist",
    kind: "mutation",
    allowed: CHECKLIST_PERMISSIONS.retireChecklist,
    prepare: async (fx) => ({
      query: `mutation($id: ID!) { retireChecklist(id: $id) { id status } }`,
      variables: { id: await publishedId(fx) },
    }),
  },
];
