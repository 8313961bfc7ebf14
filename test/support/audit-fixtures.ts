import { randomUUID } from "node:crypto";
import { In } from "typeorm";
import { ChecklistItem } from "../../src/modules/checklist/checklist-item.entity";
import { ChecklistItemText } from "../../src/modules/checklist/checklist-item-text.entity";
import { Checklist } from "../../src/modules/checklist/checklist.entity";
import { ChecklistStatus } from "../../src/shared/domain/checklist.enums";
import { DEFAULT_CHECKLIST_FAMILY_ID } from "../../src/modules/checklist/default-checklist";
import type { GraphQLResult, TestApp } from "./test-app";
import { Role } from "../../src/shared/domain/role.enum";
import { makeUser } from "./factories";

/** GraphQL operations of the audit module, as clients write them. */
export const OPS = {
  schedule: `mutation($input: ScheduleAuditInput!) { scheduleAudit(input: $input) {
    id status type plannedDate auditFirm site { id } supplier { id } leadAuditor { id } checklist { id version } } }`,
  start: `mutation($id: ID!) { startAudit(id: $id) { id status startedAt } }`,
  results: `mutation($auditId: ID!, $results: [ItemResultInput!]!) {
    recordItemResults(auditId: $auditId, results: $results) { id results { result note item { id code } } } }`,
  finding: `mutation($auditId: ID!, $input: FindingInput!) { recordFinding(auditId: $auditId, input: $input) {
    id area severity likelihood impact riskScore riskLevel status repeat capDueDate dueDate overdue item { code } } }`,
  complete: `mutation($id: ID!) { completeAudit(id: $id) { id status completedAt
    findings { id severity capDueDate dueDate repeat overdue item { code } } } }`,
  cancel: `mutation($id: ID!, $reason: String!) { cancelAudit(id: $id, reason: $reason) {
    id status cancelReason } }`,
  propose: `mutation($findingId: ID!, $input: CorrectiveActionInput!) {
    proposeCorrectiveAction(findingId: $findingId, input: $input) {
      id status rootCause actions owner targetDate version finding { id } } }`,
  review: `mutation($id: ID!, $accept: Boolean!, $comment: String) {
    reviewCorrectiveAction(id: $id, accept: $accept, comment: $comment) { id status version } }`,
  implement: `mutation($id: ID!, $evidence: [EvidenceInput!]!) {
    markCorrectiveActionImplemented(id: $id, evidence: $evidence) {
      id status implementationEvidence { title url } } }`,
  verify: `mutation($id: ID!, $effective: Boolean!, $comment: String) {
    verifyCorrectiveAction(id: $id, effective: $effective, comment: $comment) {
      id status finding { id status closedAt overdue } } }`,
} as const;

/**
 * The data of a result that must have succeeded (otherwise the test fails with the errors),
 * serialised as a client over HTTP would see it (timestamps as ISO strings).
 */
export function ok<T = Record<string, any>>(result: GraphQLResult<T>): T {
  if (result.errors?.length || !result.data) {
    throw new Error(`unexpected GraphQL errors: ${JSON.stringify(result.errors)}`);
  }
  return JSON.parse(JSON.stringify(result.data)) as T;
}

export function fieldPaths(result: GraphQLResult): string[] {
  return (result.errors?.[0]?.extensions?.fields ?? []).map((f: { path: string }) => f.path);
}

export interface ChecklistFixture {
  checklist: Checklist;
  items: ChecklistItem[];
  item(code: string): ChecklistItem;
}

function fixture(checklist: Checklist, items: ChecklistItem[]): ChecklistFixture {
  return {
    checklist,
    items,
    item(code) {
      const found = items.find((item) => item.code === code);
      if (!found) throw new Error(`no item ${code}`);
      return found;
    },
  };
}

/** The seeded default checklist (version 1, PUBLISHED, 40 items). */
export async function defaultChecklist(app: TestApp): Promise<ChecklistFixture> {
  const manager = app.dataSource.manager;
  const checklist = await manager.findOneByOrFail(Checklist, {
    familyId: DEFAULT_CHECKLIST_FAMILY_ID,
    version: 1,
  });
  const items = await manager.find(ChecklistItem, {
    where: { checklistId: checklist.id },
    order: { order: "ASC" },
  });
  return fixture(checklist, items);
}

/**
 * A new checklist version with copies of `source`'s items (new ids, same codes), inserted as a
 * draft and then published or left as is, as the database's checklist guards require.
 */
export async function copyChecklist(
  app: TestApp,
  source: ChecklistFixture,
  options: { version: number; status: ChecklistStatus; familyId?: string },
): Promise<ChecklistFixture> {
  const manager = app.dataSource.manager;
  const checklist = manager.create(Checklist, {
    familyId: options.familyId ?? source.checklist.familyId,
    name: source.checklist.name,
    version: options.version,
    requiredLocales: source.checklist.requiredLocales,
    status: ChecklistStatus.DRAFT,
    publishedAt: null,
    retiredAt: null,
  });
  await manager.insert(Checklist, checklist);
  const items = source.items.map(({ id: _id, checklistId: _c, ...rest }) =>
    manager.create(ChecklistItem, { ...rest, checklistId: checklist.id }),
  );
  await manager.insert(ChecklistItem, items);
  const texts = await manager.findBy(ChecklistItemText, {
    itemId: In(source.items.map((item) => item.id)),
  });
  const copyOf = new Map(source.items.map((item, index) => [item.id, items[index].id]));
  if (texts.length > 0)
    await manager.insert(
      ChecklistItemText,
      texts.map(({ item: _item, ...text }) => ({ ...text, itemId: copyOf.get(text.itemId)! })),
    );
  if (options.status !== ChecklistStatus.DRAFT) {
    await manager.update(Checklist, { id: checklist.id }, { status: options.status });
    checklist.status = options.status;
  }
  return fixture(checklist, items);
}

export const futureDate = (app: TestApp, days = 10): string =>
  new Date(app.clock.now().getTime() + days * 86_400_000).toISOString();

export interface AuditPlan {
  supplierId: string;
  checklist: ChecklistFixture;
  /** Token of whoever schedules (an admin or auditor). */
  schedulerToken: string;
  leadAuditorId: string;
  type?: string;
  plannedDate?: string;
}

export async function scheduleAudit(app: TestApp, plan: AuditPlan): Promise<string> {
  const data = ok(
    await app.exec(plan.schedulerToken, OPS.schedule, {
      input: {
        supplierId: plan.supplierId,
        checklistId: plan.checklist.checklist.id,
        type: plan.type ?? "PERIODIC",
        leadAuditorId: plan.leadAuditorId,
        plannedDate: plan.plannedDate ?? futureDate(app),
      },
    }),
  );
  return data.scheduleAudit.id as string;
}

/** Scheduled and started by the lead auditor (whose token is `leadToken`). */
export async function startedAudit(
  app: TestApp,
  plan: AuditPlan & { leadToken: string },
): Promise<string> {
  const id = await scheduleAudit(app, plan);
  ok(await app.exec(plan.leadToken, OPS.start, { id }));
  return id;
}

/** One result per item: CONFORMS unless `overrides` says otherwise (by code). */
export function resultsFor(
  checklist: ChecklistFixture,
  overrides: Record<string, string> = {},
  skip: string[] = [],
) {
  return checklist.items
    .filter((item) => !skip.includes(item.code))
    .map((item) => ({ itemId: item.id, result: overrides[item.code] ?? "CONFORMS" }));
}

export interface FindingSpec {
  area: string;
  severity: string;
  likelihood?: number;
  impact?: number;
  itemCode?: string;
  description?: string;
}

export async function recordFinding(
  app: TestApp,
  leadToken: string,
  auditId: string,
  checklist: ChecklistFixture,
  spec: FindingSpec,
): Promise<string> {
  const data = ok(
    await app.exec(leadToken, OPS.finding, {
      auditId,
      input: {
        area: spec.area,
        severity: spec.severity,
        likelihood: spec.likelihood ?? 3,
        impact: spec.impact ?? 3,
        description: spec.description ?? `Finding ${randomUUID().slice(0, 6)}`,
        ...(spec.itemCode ? { itemId: checklist.item(spec.itemCode).id } : {}),
      },
    }),
  );
  return data.recordFinding.id as string;
}

/**
 * A started audit with all results (`overrides` by code), the given findings, completed.
 * Returns the audit id and the finding ids in the order given.
 */
export async function completedAudit(
  app: TestApp,
  plan: AuditPlan & {
    leadToken: string;
    overrides?: Record<string, string>;
    findings?: FindingSpec[];
  },
): Promise<{ auditId: string; findingIds: string[] }> {
  const auditId = await startedAudit(app, plan);
  ok(
    await app.exec(plan.leadToken, OPS.results, {
      auditId,
      results: resultsFor(plan.checklist, plan.overrides),
    }),
  );
  const findingIds: string[] = [];
  for (const spec of plan.findings ?? []) {
    findingIds.push(await recordFinding(app, plan.leadToken, auditId, plan.checklist, spec));
  }
  ok(await app.exec(plan.leadToken, OPS.complete, { id: auditId }));
  return { auditId, findingIds };
}

export const PLAN_INPUT = (app: TestApp, days = 30) => ({
  rootCause: "Lockout procedure not trained on the night shift",
  actions: "Train every shift; add lockout checks to the daily round",
  owner: "Plant manager",
  targetDate: futureDate(app, days),
});

export const EVIDENCE = [{ title: "Training records", url: "https://docs.example/training.pdf" }];

/** An admin who schedules, a lead auditor and the default checklist, with a plan per supplier. */
export async function auditTeam(app: TestApp) {
  const admin = await makeUser(app, Role.ADMIN);
  const lead = await makeUser(app, Role.AUDITOR);
  const checklist = await defaultChecklist(app);
  const plan = (supplierId: string) => ({
    supplierId,
    checklist,
    schedulerToken: admin.token,
    leadAuditorId: lead.user.id,
    leadToken: lead.token,
  });
  return { admin, lead, checklist, plan };
}
