import {
  answeredSelfAssessment,
  publishedChecklist,
  START,
  type ItemRow,
} from "../support/self-assessments";
import type { MatrixCase, MatrixFixture } from "./matrix";
import { SELF_ASSESSMENT_PERMISSIONS } from "../../src/modules/self-assessment/self-assessment.permissions";

const OWNERSHIP = "SUPPLIER: another supplier's self-assessment is NOT_FOUND";

/**
 * A fresh published checklist per call: one open SAQ per supplier and checklist, and every
 * role's case needs its own SAQ on `fx.ownSupplier`. Set up by the admin.
 */
async function ownSelfAssessment(
  fx: MatrixFixture,
  state: "started" | "answered" | "submitted",
): Promise<{ id: string; items: ItemRow[] }> {
  const token = fx.users.ADMIN.token;
  const checklist = await publishedChecklist(fx.app, token);
  if (state === "started") {
    const result = await fx.app.exec(token, START, {
      supplierId: fx.ownSupplier.id,
      checklistId: checklist.id,
    });
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    return { id: result.data!.startSelfAssessment.id as string, items: checklist.items };
  }
  const id = await answeredSelfAssessment(fx.app, token, fx.ownSupplier.id, checklist, {
    submit: state === "submitted",
  });
  return { id, items: checklist.items };
}

export const CASES: MatrixCase[] = [
  {
    operation: "selfAssessment",
    kind: "query",
    allowed: SELF_ASSESSMENT_PERMISSIONS.selfAssessment,
    note: OWNERSHIP,
    prepare: async (fx) => ({
      query: `query($id: ID!) { selfAssessment(id: $id) {
        id status completion answers { item { code } } areaScores { area score } } }`,
      variables: { id: (await ownSelfAssessment(fx, "answered")).id },
    }),
  },
  {
    operation: "startSelfAssessment",
    kind: "mutation",
    allowed: SELF_ASSESSMENT_PERMISSIONS.startSelfAssessment,
    note: OWNERSHIP,
    prepare: async (fx) => ({
      query: `mutation($supplierId: ID!, $checklistId: ID!) {
        startSelfAssessment(supplierId: $supplierId, checklistId: $checklistId) { id status } }`,
      variables: {
        supplierId: fx.ownSupplier.id,
        checklistId: (await publishedChecklist(fx.app, fx.users.ADMIN.token)).id,
      },
    }),
  },
  {
    operation: "saveAnswers",
    kind: "mutation",
    allowed: SELF_ASSESSMENT_PERMISSIONS.saveAnswers,
    note: OWNERSHIP,
    prepare: async (fx) => {
      const saq = await ownSelfAssessment(fx, "started");
      const item = saq.items.find((i) => i.answerType === "SCALE_0_4")!;
      return {
        query: `mutation($id: ID!, $answers: [AnswerInput!]!) {
          saveAnswers(selfAssessmentId: $id, answers: $answers, expectedVersion: 1) { id version } }`,
        variables: { id: saq.id, answers: [{ itemId: item.id, scale: 3 }] },
      };
    },
  },
  {
    operation: "submitSelfAssessment",
    kind: "mutation",
    allowed: SELF_ASSESSMENT_PERMISSIONS.submitSelfAssessment,
    note: OWNERSHIP,
    prepare: async (fx) => ({
      query: `mutation($id: ID!) { submitSelfAssessment(id: $id) { id status } }`,
      variables: { id: (await ownSelfAssessment(fx, "answered")).id },
    }),
  },
  {
    operation: "returnSelfAssessment",
    kind: "mutation",
    allowed: SELF_ASSESSMENT_PERMISSIONS.returnSelfAssessment,
    prepare: async (fx) => ({
      query: `mutation($id: ID!, $reason: String!) {
        returnSelfAssessment(id: $id, reason: $reason) { id status returnReason } }`,
      variables: {
        id: (await ownSelfAssessment(fx, "submitted")).id,
        reason: "Attach the environmental permit",
      },
    }),
  },
  {
    operation: "reviewSelfAssessment",
    kind: "mutation",
    allowed: SELF_ASSESSMENT_PERMISSIONS.reviewSelfAssessment,
    prepare: async (fx) => ({
      query: `mutation($id: ID!) { reviewSelfAssessment(id: $id) { id status } }`,
      variables: { id: (await ownSelfAssessment(fx, "submitted")).id },
    }),
  },
];
