import { randomUUID } from "node:crypto";
import { ChecklistItem } from "../../src/modules/checklist/checklist-item.entity";
import { Checklist } from "../../src/modules/checklist/checklist.entity";
import { DEFAULT_CHECKLIST_FAMILY_ID } from "../../src/modules/checklist/default-checklist";
import type { TestApp } from "./test-app";

/** GraphQL selections the checklist and self-assessment tests share. */
export const CHECKLIST_FIELDS = `id familyId name version status publishedAt
  items { id code area question guidance answerType weight zeroTolerance evidenceRequired order }`;

export const SAQ_FIELDS = `id status version completion submittedAt returnReason
  supplier { id } checklist { id version }
  answers { id item { id code } choice scale number text comment evidence { title url documentId sha256 } }
  areaScores { area score source }`;

export const START = `mutation($supplierId: ID!, $checklistId: ID!) {
  startSelfAssessment(supplierId: $supplierId, checklistId: $checklistId) { ${SAQ_FIELDS} } }`;
export const SAVE = `mutation($id: ID!, $answers: [AnswerInput!]!, $v: Int) {
  saveAnswers(selfAssessmentId: $id, answers: $answers, expectedVersion: $v) { ${SAQ_FIELDS} } }`;
export const SUBMIT = `mutation($id: ID!) { submitSelfAssessment(id: $id) { ${SAQ_FIELDS} } }`;
export const RETURN = `mutation($id: ID!, $reason: String!) {
  returnSelfAssessment(id: $id, reason: $reason) { ${SAQ_FIELDS} } }`;
export const REVIEW = `mutation($id: ID!) { reviewSelfAssessment(id: $id) { ${SAQ_FIELDS} } }`;
export const READ = `query($id: ID!) { selfAssessment(id: $id) { ${SAQ_FIELDS} } }`;
export const CREATE_CHECKLIST = `mutation($input: CreateChecklistInput!) {
  createChecklist(input: $input) { ${CHECKLIST_FIELDS} } }`;
export const PUBLISH_CHECKLIST = `mutation($id: ID!) { publishChecklist(id: $id) { ${CHECKLIST_FIELDS} } }`;

export interface ItemRow {
  id: string;
  code: string;
  area: string;
  answerType: string;
  evidenceRequired: boolean;
}

export const EVIDENCE = [{ title: "Signed policy", url: "https://docs.example.com/policy.pdf" }];

/** A small checklist covering every answer type, two areas and one evidence requirement. */
export function smallChecklistInput(name = `Checklist ${randomUUID().slice(0, 8)}`) {
  return {
    name,
    items: [
      {
        code: "ENV-01",
        area: "ENVIRONMENT",
        question: "Is there a valid environmental permit?",
        guidance: "Check the permit",
        answerType: "YES_NO",
        weight: 3,
        zeroTolerance: false,
        evidenceRequired: true,
      },
      {
        code: "ENV-02",
        area: "ENVIRONMENT",
        question: "How mature is waste management?",
        guidance: "0 = absent, 4 = fully implemented and reviewed",
        answerType: "SCALE_0_4",
        weight: 1,
        zeroTolerance: false,
        evidenceRequired: false,
      },
      {
        code: "ENV-03",
        area: "ENVIRONMENT",
        question: "Share of renewable electricity (%)",
        guidance: "Last 12 months",
        answerType: "NUMBER",
        weight: 2,
        zeroTolerance: false,
        evidenceRequired: false,
      },
      {
        code: "BE-01",
        area: "BUSINESS_ETHICS",
        question: "Is bribery prohibited and enforced?",
        guidance: "Policy and cases",
        answerType: "YES_NO",
        weight: 5,
        zeroTolerance: true,
        evidenceRequired: false,
      },
      {
        code: "BE-02",
        area: "BUSINESS_ETHICS",
        question: "Describe the whistle-blowing channel",
        guidance: "Channels and anonymity",
        answerType: "TEXT",
        weight: 2,
        zeroTolerance: false,
        evidenceRequired: false,
      },
    ],
  };
}

/** Creates and publishes a checklist as an admin; returns its id and items. */
export async function publishedChecklist(
  app: TestApp,
  adminToken: string,
  input = smallChecklistInput(),
): Promise<{ id: string; items: ItemRow[] }> {
  const created = await app.exec(adminToken, CREATE_CHECKLIST, { input });
  if (created.errors) throw new Error(JSON.stringify(created.errors));
  const id = created.data!.createChecklist.id as string;
  const published = await app.exec(adminToken, PUBLISH_CHECKLIST, { id });
  if (published.errors) throw new Error(JSON.stringify(published.errors));
  return { id, items: published.data!.publishChecklist.items as ItemRow[] };
}

/** The seeded default checklist (SPEC 4), read straight from the database. */
export async function defaultChecklist(app: TestApp): Promise<{ id: string; items: ItemRow[] }> {
  const checklist = await app.dataSource.manager.findOneByOrFail(Checklist, {
    familyId: DEFAULT_CHECKLIST_FAMILY_ID,
    version: 1,
  });
  const items = await app.dataSource.manager.find(ChecklistItem, {
    where: { checklistId: checklist.id },
    order: { order: "ASC" },
  });
  return { id: checklist.id, items };
}

/** The fully compliant answer to an item, with evidence where it is required. */
export function compliantAnswer(item: ItemRow): Record<string, unknown> {
  const value =
    item.answerType === "YES_NO"
      ? { choice: "YES" }
      : item.answerType === "SCALE_0_4"
        ? { scale: 4 }
        : item.answerType === "NUMBER"
          ? { number: 42 }
          : { text: `Answer to ${item.code}` };
  return { itemId: item.id, ...value, ...(item.evidenceRequired ? { evidence: EVIDENCE } : {}) };
}

/** Starts a SAQ and saves compliant answers as `token`; optionally submits it. */
export async function answeredSelfAssessment(
  app: TestApp,
  token: string,
  supplierId: string,
  checklist: { id: string; items: ItemRow[] },
  options: { submit?: boolean } = {},
): Promise<string> {
  const started = await app.exec(token, START, { supplierId, checklistId: checklist.id });
  if (started.errors) throw new Error(JSON.stringify(started.errors));
  const id = started.data!.startSelfAssessment.id as string;
  const saved = await app.exec(token, SAVE, { id, answers: checklist.items.map(compliantAnswer) });
  if (saved.errors) throw new Error(JSON.stringify(saved.errors));
  if (options.submit) {
    const submitted = await app.exec(token, SUBMIT, { id });
    if (submitted.errors) throw new Error(JSON.stringify(submitted.errors));
  }
  return id;
}
