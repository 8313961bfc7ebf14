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

/** A fresh draft's id, revision and first item, for the draft-editing operations. */
async function draft(fx: MatrixFixture): Promise<{ id: string; revision: number; itemId: string }> {
  const result = await fx.app.exec(fx.users.ADMIN.token, CREATE_CHECKLIST, {
    input: smallChecklistInput(),
  });
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  const created = result.data!.createChecklist;
  const revision = await fx.app.exec(
    fx.users.ADMIN.token,
    `query($id: ID!) { checklist(id: $id) { revision } }`,
    { id: created.id },
  );
  return {
    id: created.id as string,
    revision: revision.data!.checklist.revision as number,
    itemId: created.items[0].id as string,
  };
}

const NEW_ITEM = {
  code: "FOA-01",
  area: "FREEDOM_OF_ASSOCIATION",
  question: "Are workers free to join a union?",
  guidance: "Collective agreements, interviews",
  answerType: "YES_NO",
  weight: 3,
};

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
  {
    operation: "setChecklistRequiredLocales",
    kind: "mutation",
    allowed: CHECKLIST_PERMISSIONS.setChecklistRequiredLocales,
    prepare: async (fx) => {
      const { id, revision } = await draft(fx);
      return {
        query: `mutation($id: ID!, $r: Int!) {
          setChecklistRequiredLocales(id: $id, expectedRevision: $r, requiredLocales: ["en", "zh-CN"]) { id revision } }`,
        variables: { id, r: revision },
      };
    },
  },
  {
    operation: "renameChecklist",
    kind: "mutation",
    allowed: CHECKLIST_PERMISSIONS.renameChecklist,
    prepare: async (fx) => {
      const { id, revision } = await draft(fx);
      return {
        query: `mutation($id: ID!, $r: Int!) {
          renameChecklist(id: $id, expectedRevision: $r, input: { nameTranslations: [{ locale: "zh-CN", name: "检查表" }] }) { id revision } }`,
        variables: { id, r: revision },
      };
    },
  },
  {
    operation: "addChecklistItem",
    kind: "mutation",
    allowed: CHECKLIST_PERMISSIONS.addChecklistItem,
    prepare: async (fx) => {
      const { id, revision } = await draft(fx);
      return {
        query: `mutation($id: ID!, $r: Int!, $input: ChecklistItemInput!) {
          addChecklistItem(checklistId: $id, expectedRevision: $r, input: $input) { id revision } }`,
        variables: { id, r: revision, input: NEW_ITEM },
      };
    },
  },
  {
    operation: "updateChecklistItem",
    kind: "mutation",
    allowed: CHECKLIST_PERMISSIONS.updateChecklistItem,
    prepare: async (fx) => {
      const { itemId, revision } = await draft(fx);
      return {
        query: `mutation($id: ID!, $r: Int!, $input: ChecklistItemInput!) {
          updateChecklistItem(id: $id, expectedRevision: $r, input: $input) { id revision } }`,
        variables: { id: itemId, r: revision, input: NEW_ITEM },
      };
    },
  },
  {
    operation: "removeChecklistItem",
    kind: "mutation",
    allowed: CHECKLIST_PERMISSIONS.removeChecklistItem,
    prepare: async (fx) => {
      const { itemId, revision } = await draft(fx);
      return {
        query: `mutation($id: ID!, $r: Int!) {
          removeChecklistItem(id: $id, expectedRevision: $r) { id revision } }`,
        variables: { id: itemId, r: revision },
      };
    },
  },
  {
    operation: "moveChecklistItem",
    kind: "mutation",
    allowed: CHECKLIST_PERMISSIONS.moveChecklistItem,
    prepare: async (fx) => {
      const { itemId, revision } = await draft(fx);
      return {
        query: `mutation($id: ID!, $r: Int!) {
          moveChecklistItem(id: $id, expectedRevision: $r, position: 2) { id revision } }`,
        variables: { id: itemId, r: revision },
      };
    },
  },
];
