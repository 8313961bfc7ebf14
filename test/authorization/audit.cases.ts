import {
  EVIDENCE,
  OPS,
  PLAN_INPUT,
  completedAudit,
  defaultChecklist,
  futureDate,
  ok,
  resultsFor,
  scheduleAudit,
  startedAudit,
} from "../support/audit-fixtures";
import type { MatrixCase, MatrixFixture } from "./matrix";
import { AUDIT_PERMISSIONS } from "../../src/modules/audit/audit.permissions";

const OWNERSHIP = "SUPPLIER: another supplier's or an unfinished audit is NOT_FOUND";

/** An audit of `fx.ownSupplier` led by the fixture's auditor, scheduled by the admin. */
async function plan(fx: MatrixFixture) {
  return {
    supplierId: fx.ownSupplier.id,
    checklist: await defaultChecklist(fx.app),
    schedulerToken: fx.users.ADMIN.token,
    leadAuditorId: fx.users.AUDITOR.user.id,
    leadToken: fx.users.AUDITOR.token,
  };
}

/** A completed audit of the own supplier with one MAJOR finding (visible to its supplier user). */
async function ownFinding(fx: MatrixFixture): Promise<{ auditId: string; findingId: string }> {
  const { auditId, findingIds } = await completedAudit(fx.app, {
    ...(await plan(fx)),
    findings: [{ area: "HEALTH_AND_SAFETY", itemCode: "HS-03", severity: "MAJOR" }],
  });
  return { auditId, findingId: findingIds[0] };
}

/** A finding of an audit in progress, led by the fixture's auditor (a draft: staff only). */
async function draftFinding(fx: MatrixFixture): Promise<string> {
  const p = await plan(fx);
  const auditId = await startedAudit(fx.app, p);
  return ok(
    await fx.app.exec(p.leadToken, OPS.finding, {
      auditId,
      input: {
        area: "ENVIRONMENT",
        severity: "MINOR",
        likelihood: 2,
        impact: 3,
        description: "Waste storage unlabelled",
      },
    }),
  ).recordFinding.id as string;
}

/** A plan on a fresh finding, moved along by its rightful actors up to `state`. */
async function ownPlan(
  fx: MatrixFixture,
  state: "PROPOSED" | "ACCEPTED" | "IMPLEMENTED",
): Promise<string> {
  const { findingId } = await ownFinding(fx);
  const id = ok(
    await fx.app.exec(fx.users.SUPPLIER.token, OPS.propose, {
      findingId,
      input: PLAN_INPUT(fx.app),
    }),
  ).proposeCorrectiveAction.id as string;
  if (state === "PROPOSED") return id;
  ok(await fx.app.exec(fx.users.AUDITOR.token, OPS.review, { id, accept: true }));
  if (state === "ACCEPTED") return id;
  ok(await fx.app.exec(fx.users.SUPPLIER.token, OPS.implement, { id, evidence: EVIDENCE }));
  return id;
}

export const CASES: MatrixCase[] = [
  {
    operation: "audit",
    kind: "query",
    allowed: AUDIT_PERMISSIONS.audit,
    note: OWNERSHIP,
    prepare: async (fx) => ({
      query: `query($id: ID!) { audit(id: $id) { id status leadAuditor { id }
        findings { id correctiveAction { id } } results { result } } }`,
      variables: { id: (await ownFinding(fx)).auditId },
    }),
  },
  {
    operation: "audits",
    kind: "query",
    allowed: AUDIT_PERMISSIONS.audits,
    prepare: async () => ({
      query: `query { audits(first: 5) { totalCount edges { node { id status } } } }`,
    }),
  },
  {
    operation: "finding",
    kind: "query",
    allowed: AUDIT_PERMISSIONS.finding,
    note: OWNERSHIP,
    prepare: async (fx) => ({
      query: `query($id: ID!) { finding(id: $id) { id riskLevel overdue audit { id } } }`,
      variables: { id: (await ownFinding(fx)).findingId },
    }),
  },
  {
    operation: "findings",
    kind: "query",
    allowed: AUDIT_PERMISSIONS.findings,
    prepare: async () => ({
      query: `query { findings(first: 5, filter: { awaitingCorrectiveAction: true }) {
        totalCount edges { node { id riskScore } } } }`,
    }),
  },
  {
    operation: "scheduleAudit",
    kind: "mutation",
    allowed: AUDIT_PERMISSIONS.scheduleAudit,
    prepare: async (fx) => ({
      query: OPS.schedule,
      variables: {
        input: {
          supplierId: fx.ownSupplier.id,
          checklistId: (await defaultChecklist(fx.app)).checklist.id,
          type: "PERIODIC",
          leadAuditorId: fx.users.AUDITOR.user.id,
          plannedDate: futureDate(fx.app),
        },
      },
    }),
  },
  {
    operation: "startAudit",
    kind: "mutation",
    allowed: AUDIT_PERMISSIONS.startAudit,
    note: "ADMIN: only the lead auditor starts an audit",
    prepare: async (fx) => ({
      query: OPS.start,
      variables: { id: await scheduleAudit(fx.app, await plan(fx)) },
    }),
  },
  {
    operation: "recordItemResults",
    kind: "mutation",
    allowed: AUDIT_PERMISSIONS.recordItemResults,
    note: "ADMIN: only the lead auditor records",
    prepare: async (fx) => {
      const p = await plan(fx);
      return {
        query: OPS.results,
        variables: { auditId: await startedAudit(fx.app, p), results: resultsFor(p.checklist) },
      };
    },
  },
  {
    operation: "recordFinding",
    kind: "mutation",
    allowed: AUDIT_PERMISSIONS.recordFinding,
    note: "ADMIN: only the lead auditor records",
    prepare: async (fx) => ({
      query: OPS.finding,
      variables: {
        auditId: await startedAudit(fx.app, await plan(fx)),
        input: {
          area: "ENVIRONMENT",
          severity: "MINOR",
          likelihood: 2,
          impact: 3,
          description: "Waste storage unlabelled",
        },
      },
    }),
  },
  {
    operation: "editFinding",
    kind: "mutation",
    allowed: AUDIT_PERMISSIONS.editFinding,
    note: "ADMIN: only the lead auditor corrects a finding",
    prepare: async (fx) => ({
      query: `mutation($id: ID!, $input: FindingInput!) { editFinding(id: $id, input: $input) { id version } }`,
      variables: {
        id: await draftFinding(fx),
        input: {
          area: "ENVIRONMENT",
          severity: "MAJOR",
          likelihood: 3,
          impact: 3,
          description: "Waste storage unlabelled and leaking",
        },
      },
    }),
  },
  {
    operation: "withdrawFinding",
    kind: "mutation",
    allowed: AUDIT_PERMISSIONS.withdrawFinding,
    note: "ADMIN: only the lead auditor withdraws a finding",
    prepare: async (fx) => ({
      query: `mutation($id: ID!, $reason: String!) { withdrawFinding(id: $id, reason: $reason) { id status } }`,
      variables: { id: await draftFinding(fx), reason: "Recorded on the wrong audit" },
    }),
  },
  {
    operation: "completeAudit",
    kind: "mutation",
    allowed: AUDIT_PERMISSIONS.completeAudit,
    note: "ADMIN: only the lead auditor completes",
    prepare: async (fx) => {
      const p = await plan(fx);
      const auditId = await startedAudit(fx.app, p);
      ok(
        await fx.app.exec(p.leadToken, OPS.results, { auditId, results: resultsFor(p.checklist) }),
      );
      return { query: OPS.complete, variables: { id: auditId } };
    },
  },
  {
    operation: "cancelAudit",
    kind: "mutation",
    allowed: AUDIT_PERMISSIONS.cancelAudit,
    prepare: async (fx) => ({
      query: OPS.cancel,
      variables: { id: await scheduleAudit(fx.app, await plan(fx)), reason: "Plant shut down" },
    }),
  },
  {
    operation: "proposeCorrectiveAction",
    kind: "mutation",
    allowed: AUDIT_PERMISSIONS.proposeCorrectiveAction,
    note: OWNERSHIP,
    prepare: async (fx) => ({
      query: OPS.propose,
      variables: { findingId: (await ownFinding(fx)).findingId, input: PLAN_INPUT(fx.app) },
    }),
  },
  {
    operation: "reviewCorrectiveAction",
    kind: "mutation",
    allowed: AUDIT_PERMISSIONS.reviewCorrectiveAction,
    prepare: async (fx) => ({
      query: OPS.review,
      variables: { id: await ownPlan(fx, "PROPOSED"), accept: true },
    }),
  },
  {
    operation: "markCorrectiveActionImplemented",
    kind: "mutation",
    allowed: AUDIT_PERMISSIONS.markCorrectiveActionImplemented,
    note: OWNERSHIP,
    prepare: async (fx) => ({
      query: OPS.implement,
      variables: { id: await ownPlan(fx, "ACCEPTED"), evidence: EVIDENCE },
    }),
  },
  {
    operation: "verifyCorrectiveAction",
    kind: "mutation",
    allowed: AUDIT_PERMISSIONS.verifyCorrectiveAction,
    prepare: async (fx) => ({
      query: OPS.verify,
      variables: { id: await ownPlan(fx, "IMPLEMENTED"), effective: true },
    }),
  },
];
