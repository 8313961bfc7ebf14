import { Role } from "../src/shared/domain/role.enum";
import {
  completedAudit,
  EVIDENCE,
  ok,
  OPS,
  PLAN_INPUT,
  resultsFor,
  scheduleAudit,
  startedAudit,
  auditTeam,
  type AuditPlan,
  type ChecklistFixture,
} from "./support/audit-fixtures";
import { makeSupplier, makeUser, type TestUser } from "./support/factories";
import {
  answeredSelfAssessment,
  compliantAnswer,
  CREATE_CHECKLIST,
  defaultChecklist as saqChecklist,
  PUBLISH_CHECKLIST,
  RETURN,
  REVIEW,
  SAVE,
  smallChecklistInput,
  START,
  SUBMIT,
} from "./support/self-assessments";
import { createTestApp, type GraphQLResult, type TestApp } from "./support/test-app";

const PARALLEL = 10;

const ARCHIVE = `mutation($id: ID!) { archiveSupplier(id: $id) { id archived version } }`;
const BLOCK = `mutation($id: ID!, $reason: String!) { blockSupplier(id: $id, reason: $reason) { id version } }`;
const UNBLOCK = `mutation($id: ID!) { unblockSupplier(id: $id) { id version } }`;
const ADJUST = `mutation($input: PriorityAdjustmentInput!) { adjustPriority(input: $input) { id } }`;
const REVOKE = `mutation($id: ID!, $reason: String!) {
  revokePriorityAdjustment(id: $id, reason: $reason) { id active } }`;
const UPDATE = `mutation($id: ID!, $v: Int!, $input: UpdateSupplierInput!) {
  updateSupplier(id: $id, expectedVersion: $v, input: $input) { id version } }`;
const RETIRE = `mutation($id: ID!) { retireChecklist(id: $id) { id status } }`;
const REVISE = `mutation($id: ID!) { reviseChecklist(id: $id) { id status version } }`;

/** Fires the same call PARALLEL times at once and sorts the answers. */
async function race(call: () => Promise<GraphQLResult>) {
  const results = await Promise.all(Array.from({ length: PARALLEL }, call));
  const successes = results.filter((r) => !r.errors?.length && r.data);
  const failures = results.filter((r) => r.errors?.length);
  return {
    successes: successes.length,
    failures: failures.map((r) => ({
      code: r.errors![0].extensions?.code as string,
      reason: r.errors![0].extensions?.reason as string | undefined,
      message: r.errors![0].message,
    })),
  };
}

function expectOneWinner(outcome: Awaited<ReturnType<typeof race>>, reason = "INVALID_TRANSITION") {
  expect(outcome.failures).toEqual(
    Array.from({ length: PARALLEL - 1 }, () =>
      expect.objectContaining({ code: "CONFLICT", reason }),
    ),
  );
  expect(outcome.successes).toBe(1);
}

// SPEC 10: a state change locks its row before checking the state, so of ten concurrent callers
// exactly one moves it and nine get CONFLICT (never a double transition, a deadlock or a 500).
describe("concurrent state changes", () => {
  let app: TestApp;
  let admin: TestUser;
  let lead: TestUser;
  let checklist: ChecklistFixture;
  let plan: (supplierId: string) => AuditPlan & { leadToken: string };

  beforeAll(async () => {
    app = await createTestApp();
    ({ admin, lead, checklist, plan } = await auditTeam(app));
  });
  afterAll(() => app.close());

  it("audits: start, complete, cancel", async () => {
    const planned = await scheduleAudit(app, plan((await makeSupplier(app)).id));
    expectOneWinner(await race(() => app.exec(lead.token, OPS.start, { id: planned })));

    const running = await startedAudit(app, plan((await makeSupplier(app)).id));
    ok(
      await app.exec(lead.token, OPS.results, {
        auditId: running,
        results: resultsFor(checklist),
      }),
    );
    expectOneWinner(await race(() => app.exec(lead.token, OPS.complete, { id: running })));
    const completions = await app.dataSource.query(
      "SELECT count(*)::int AS n FROM audit_event WHERE entity_id = $1 AND action = 'audit.completed'",
      [running],
    );
    expect(completions[0].n).toBe(1);

    const toCancel = await scheduleAudit(app, plan((await makeSupplier(app)).id));
    expectOneWinner(
      await race(() =>
        app.exec(admin.token, OPS.cancel, { id: toCancel, reason: "Supplier site closed" }),
      ),
    );
  });

  it("self-assessments: start, submit, review, return", async () => {
    const saq = await saqChecklist(app);
    const fresh = await makeSupplier(app);
    expectOneWinner(
      await race(() => app.exec(admin.token, START, { supplierId: fresh.id, checklistId: saq.id })),
    );

    const draft = await answeredSelfAssessment(app, admin.token, (await makeSupplier(app)).id, saq);
    expectOneWinner(await race(() => app.exec(admin.token, SUBMIT, { id: draft })));

    const toReview = await answeredSelfAssessment(
      app,
      admin.token,
      (await makeSupplier(app)).id,
      saq,
      { submit: true },
    );
    expectOneWinner(await race(() => app.exec(lead.token, REVIEW, { id: toReview })));

    const toReturn = await answeredSelfAssessment(
      app,
      admin.token,
      (await makeSupplier(app)).id,
      saq,
      { submit: true },
    );
    expectOneWinner(
      await race(() =>
        app.exec(lead.token, RETURN, { id: toReturn, reason: "Evidence for ENV-01 missing" }),
      ),
    );
  });

  it("corrective actions: propose, review, mark implemented, verify", async () => {
    const supplier = await makeSupplier(app);
    const supplierUser = await makeUser(app, Role.SUPPLIER, { supplierId: supplier.id });
    const major = { area: "HEALTH_AND_SAFETY", severity: "MAJOR" };
    const { findingIds } = await completedAudit(app, {
      ...plan(supplier.id),
      findings: [major, major, major, major],
    });
    const [toPropose, toReview, toImplement, toVerify] = findingIds;
    const propose = (findingId: string) =>
      app.exec(supplierUser.token, OPS.propose, { findingId, input: PLAN_INPUT(app) });
    const planOf = async (findingId: string) =>
      ok(await propose(findingId)).proposeCorrectiveAction.id as string;
    const accept = (id: string) => app.exec(lead.token, OPS.review, { id, accept: true });
    const implement = (id: string) =>
      app.exec(supplierUser.token, OPS.implement, { id, evidence: EVIDENCE });

    expectOneWinner(await race(() => propose(toPropose)));

    const proposed = await planOf(toReview);
    expectOneWinner(await race(() => accept(proposed)));

    const accepted = await planOf(toImplement);
    ok(await accept(accepted));
    expectOneWinner(await race(() => implement(accepted)));

    const implemented = await planOf(toVerify);
    ok(await accept(implemented));
    ok(await implement(implemented));
    expectOneWinner(
      await race(() => app.exec(lead.token, OPS.verify, { id: implemented, effective: true })),
    );
  });

  it("versioned edits: updateSupplier, saveAnswers (STALE_VERSION)", async () => {
    const supplier = await makeSupplier(app);
    let call = 0;
    expectOneWinner(
      await race(() =>
        app.exec(admin.token, UPDATE, {
          id: supplier.id,
          v: supplier.version,
          input: { contactEmail: `esg${++call}@supplier.example` },
        }),
      ),
      "STALE_VERSION",
    );

    const saq = await saqChecklist(app);
    const draft = await answeredSelfAssessment(app, admin.token, (await makeSupplier(app)).id, saq);
    const [{ version }] = await app.dataSource.query(
      "SELECT version FROM self_assessment WHERE id = $1",
      [draft],
    );
    expectOneWinner(
      await race(() =>
        app.exec(admin.token, SAVE, {
          id: draft,
          v: version,
          answers: [compliantAnswer(saq.items[0])],
        }),
      ),
      "STALE_VERSION",
    );
  });

  it("suppliers: archive, block, unblock", async () => {
    const toArchive = await makeSupplier(app);
    expectOneWinner(await race(() => app.exec(admin.token, ARCHIVE, { id: toArchive.id })));

    const toBlock = await makeSupplier(app);
    const reason = "Sanctions screening hit, under review";
    expectOneWinner(await race(() => app.exec(admin.token, BLOCK, { id: toBlock.id, reason })));
    expectOneWinner(await race(() => app.exec(admin.token, UNBLOCK, { id: toBlock.id })));
  });

  it("priority adjustments: revoke", async () => {
    const buyer = await makeUser(app, Role.PROCUREMENT);
    const supplier = await makeSupplier(app);
    const adjustment = ok(
      await app.exec(buyer.token, ADJUST, {
        input: { supplierId: supplier.id, delta: 5, reason: "Sole qualified supplier in region" },
      }),
    ).adjustPriority.id as string;
    expectOneWinner(
      await race(() =>
        app.exec(buyer.token, REVOKE, { id: adjustment, reason: "Second source qualified" }),
      ),
    );
  });

  it("checklists: publish, retire, revise", async () => {
    const created = ok(
      await app.exec(admin.token, CREATE_CHECKLIST, { input: smallChecklistInput() }),
    ).createChecklist.id as string;
    expectOneWinner(await race(() => app.exec(admin.token, PUBLISH_CHECKLIST, { id: created })));
    expectOneWinner(await race(() => app.exec(admin.token, REVISE, { id: created })));
    expectOneWinner(await race(() => app.exec(admin.token, RETIRE, { id: created })));
  });
});
