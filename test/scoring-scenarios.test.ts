import { Role } from "../src/shared/domain/role.enum";
import { refreshDueStandings } from "../src/modules/procurement/standing.service";
import {
  completedAudit,
  defaultChecklist as auditChecklist,
  EVIDENCE,
  OPS,
  ok,
  PLAN_INPUT,
  type ChecklistFixture,
} from "./support/audit-fixtures";
import { makeSupplier, makeUser, type TestUser } from "./support/factories";
import {
  answeredSelfAssessment,
  defaultChecklist as saqChecklist,
  publishedChecklist,
} from "./support/self-assessments";
import { createTestApp, type TestApp } from "./support/test-app";
import { Checklist } from "../src/modules/checklist/checklist.entity";
import { ChecklistItem } from "../src/modules/checklist/checklist-item.entity";

const SUPPLIER = `query($id: ID!) { supplier(id: $id) {
  status statusReasons nextAuditDue
  score { overall grade expired areas { area score source } explanation { label points } }
  scoreHistory(first: 10) { totalCount edges { node { overall grade cause } } } } }`;
const RANKING = `query($f: RankingFilter) { supplierRankings(filter: $f, first: 100) { edges { node {
  rank priorityScore esgScore grade status supplier { id } explanation { label points } } } } }`;

const sum = (lines: { points: number }[]) => lines.reduce((total, line) => total + line.points, 0);

/**
 * Hand-computed SPEC 7 and 8 scenarios. Every supplier has the factory's sustainability
 * attributes: material score = 0.3*50 + 0.3*50 + 0.2*10 + 0.2*0 = 32 (no supply-chain map, so
 * the computed traceability is NONE, whatever was declared), so the material part of the
 * priority is 0.4 * 32 = 12.8.
 */
describe("scoring, status and priority scenarios (hand-computed)", () => {
  let app: TestApp;
  let admin: TestUser;
  let auditor: TestUser;
  let buyer: TestUser;
  let small: ChecklistFixture;
  let full: ChecklistFixture;

  beforeAll(async () => {
    app = await createTestApp();
    admin = await makeUser(app, Role.ADMIN);
    auditor = await makeUser(app, Role.AUDITOR);
    buyer = await makeUser(app, Role.PROCUREMENT);
    full = await auditChecklist(app);
    // Four areas, simple weights: HS 2+2, ENV 1, CFL 5 (zero tolerance), BE 3.
    const created = await publishedChecklist(app, admin.token, {
      name: "Scenario checklist",
      items: [
        ["HS-01", "HEALTH_AND_SAFETY", 2, false],
        ["HS-02", "HEALTH_AND_SAFETY", 2, false],
        ["ENV-01", "ENVIRONMENT", 1, false],
        ["CFL-01", "CHILD_AND_FORCED_LABOUR", 5, true],
        ["BE-01", "BUSINESS_ETHICS", 3, false],
      ].map(([code, area, weight, zeroTolerance]) => ({
        code,
        area,
        question: `Scenario question ${code}?`,
        guidance: "Scenario guidance",
        answerType: "YES_NO",
        weight,
        zeroTolerance,
        evidenceRequired: false,
      })) as never,
    });
    const checklist = await app.dataSource.manager.findOneByOrFail(Checklist, { id: created.id });
    const items = await app.dataSource.manager.findBy(ChecklistItem, { checklistId: created.id });
    small = {
      checklist,
      items,
      item: (code) => items.find((item) => item.code === code)!,
    };
  });
  afterAll(() => app.close());

  const read = async (id: string) => ok(await app.exec(buyer.token, SUPPLIER, { id })).supplier;
  const rankingRow = async (id: string, statuses = ["APPROVED", "CONDITIONAL", "SUSPENDED"]) =>
    ok(await app.exec(buyer.token, RANKING, { f: { statuses } }))
      .supplierRankings.edges.map((e: any) => e.node)
      .find((n: any) => n.supplier.id === id);
  const plan = (supplierId: string, checklist: ChecklistFixture) => ({
    supplierId,
    checklist,
    schedulerToken: admin.token,
    leadAuditorId: auditor.user.id,
    leadToken: auditor.token,
  });

  it("audit with open findings: deductions, NONE areas, grade D, CONDITIONAL; verifying the CAP moves the numbers", async () => {
    const supplier = await makeSupplier(app);
    const { findingIds } = await completedAudit(app, {
      ...plan(supplier.id, small),
      overrides: { "BE-01": "NONCONFORMS" },
      findings: [
        { area: "HEALTH_AND_SAFETY", severity: "MAJOR", itemCode: "HS-02" },
        { area: "BUSINESS_ETHICS", severity: "MINOR", itemCode: "BE-01" },
      ],
    });
    // HS 100 - 15 = 85; ENV 100; CFL 100; BE 0 (- 5, floor 0); five areas NONE (0).
    // Overall = (85*1.5 + 100*1 + 100*2 + 0*1) / 10.5 = 427.5 / 10.5 = 40.714 -> 40.71 -> D.
    let supplierView = await read(supplier.id);
    expect(supplierView.score.overall).toBe(40.71);
    expect(supplierView.score.grade).toBe("D");
    const areas = Object.fromEntries(
      supplierView.score.areas.map((a: any) => [a.area, [a.score, a.source]]),
    );
    expect(areas).toEqual({
      MANAGEMENT_SYSTEM: [0, "NONE"],
      CHILD_AND_FORCED_LABOUR: [100, "AUDIT"],
      NON_DISCRIMINATION: [0, "NONE"],
      WAGES_AND_BENEFITS: [0, "NONE"],
      WORKING_HOURS: [0, "NONE"],
      HEALTH_AND_SAFETY: [85, "AUDIT"],
      ENVIRONMENT: [100, "AUDIT"],
      BUSINESS_ETHICS: [0, "AUDIT"],
      FREEDOM_OF_ASSOCIATION: [0, "NONE"],
    });
    expect(Math.abs(sum(supplierView.score.explanation) - 40.71)).toBeLessThan(0.01);
    expect(supplierView.status).toBe("CONDITIONAL");
    expect(supplierView.statusReasons).toEqual(["Grade D"]);
    // Grade D: re-audit 6 months after completion.
    expect(supplierView.nextAuditDue).toBe("2026-12-01T09:00:00.000Z");
    // Priority = 0.6*40.71 + 12.8 - 10 (CONDITIONAL) = 27.226 -> 27.23.
    let row = await rankingRow(supplier.id);
    expect(row.priorityScore).toBe(27.23);
    expect(Math.abs(sum(row.explanation) - row.priorityScore)).toBeLessThan(0.01);

    // CAP for the MAJOR finding through to verification closes it and lifts HS back to 100.
    const cap = ok(
      await app.exec(admin.token, OPS.propose, {
        findingId: findingIds[0],
        input: PLAN_INPUT(app),
      }),
    );
    const capId = cap.proposeCorrectiveAction.id;
    ok(await app.exec(auditor.token, OPS.review, { id: capId, accept: true }));
    ok(await app.exec(admin.token, OPS.implement, { id: capId, evidence: EVIDENCE }));
    ok(await app.exec(auditor.token, OPS.verify, { id: capId, effective: true }));
    // Overall = (100*1.5 + 100 + 200 + 0) / 10.5 = 42.857 -> 42.86; priority = 25.716 + 2.8 = 28.516 -> 28.52.
    supplierView = await read(supplier.id);
    expect(supplierView.score.overall).toBe(42.86);
    expect(supplierView.scoreHistory.edges.map((e: any) => [e.node.overall, e.node.cause])).toEqual(
      [
        [42.86, "CORRECTIVE_ACTION_VERIFIED"],
        [40.71, "AUDIT_COMPLETED"],
      ],
    );
    row = await rankingRow(supplier.id);
    expect(row.priorityScore).toBe(28.52);

    // Time passes with no write: the MINOR finding (due completion + 180 days = 2026-11-28)
    // is overdue from 2026-11-29 and costs 5 priority points.
    app.clock.set(new Date("2026-11-28T23:59:00Z"));
    await refreshDueStandings(app.dataSource, app.clock);
    expect((await rankingRow(supplier.id)).priorityScore).toBe(28.52);
    app.clock.set(new Date("2026-11-29T00:00:00Z"));
    await refreshDueStandings(app.dataSource, app.clock);
    row = await rankingRow(supplier.id);
    expect(row.priorityScore).toBe(23.52);
    expect(row.explanation.some((line: any) => line.points === -5)).toBe(true);
    app.clock.set(new Date("2026-06-01T09:00:00Z"));
  });

  it("a zero-tolerance finding suspends, grade E, ranked only when asked", async () => {
    const supplier = await makeSupplier(app);
    await completedAudit(app, {
      ...plan(supplier.id, full),
      overrides: { "CFL-01": "NONCONFORMS" },
      findings: [
        {
          area: "CHILD_AND_FORCED_LABOUR",
          severity: "ZERO_TOLERANCE",
          itemCode: "CFL-01",
          likelihood: 4,
          impact: 5,
        },
      ],
    });
    // Every other area 100 (weight 8.5 of 10.5); CFL forced to 0: 850 / 10.5 = 80.95.
    const view = await read(supplier.id);
    expect(view.score.overall).toBe(80.95);
    expect(view.score.grade).toBe("E");
    expect(view.status).toBe("SUSPENDED");
    expect(view.statusReasons).toEqual(["1 open zero-tolerance finding", "Grade E"]);
    expect(await rankingRow(supplier.id, ["APPROVED", "CONDITIONAL"])).toBeUndefined();
    // SUSPENDED is not CONDITIONAL: no -10. Priority = 0.6*80.95 + 12.8 = 61.37.
    const row = await rankingRow(supplier.id);
    expect(row).toMatchObject({ status: "SUSPENDED", grade: "E", priorityScore: 61.37 });
  });

  it("an all-conformant audit is 100, A, APPROVED; a self-assessment alone is discounted to 70 and expires", async () => {
    const audited = await makeSupplier(app);
    await completedAudit(app, plan(audited.id, full));
    let view = await read(audited.id);
    expect(view.score).toMatchObject({ overall: 100, grade: "A", expired: false });
    expect(view.status).toBe("APPROVED");
    // Priority = 60 + 12.8 = 72.8; it outranks everything above.
    const top = ok(await app.exec(buyer.token, RANKING, { f: {} })).supplierRankings.edges[0].node;
    expect(top).toMatchObject({ rank: 1, priorityScore: 72.8, supplier: { id: audited.id } });

    const declared = await makeSupplier(app);
    const supplierUser = await makeUser(app, Role.SUPPLIER, { supplierId: declared.id });
    await answeredSelfAssessment(app, supplierUser.token, declared.id, await saqChecklist(app), {
      submit: true,
    });
    view = await read(declared.id);
    // Every area 100 x 0.7 = 70 -> overall 70 -> B; no audit: CONDITIONAL; 42 + 12.8 - 10 = 44.8.
    expect(view.score.overall).toBe(70);
    expect(view.score.grade).toBe("B");
    expect(
      view.score.areas.every((a: any) => a.source === "SELF_ASSESSMENT" && a.score === 70),
    ).toBe(true);
    expect(view.status).toBe("CONDITIONAL");
    expect((await rankingRow(declared.id)).priorityScore).toBe(44.8);

    // Twelve months later the SAQ lapses: reported expired until the refresher recomputes it.
    app.clock.set(new Date("2027-06-01T09:00:01Z"));
    view = await read(declared.id);
    expect(view.score.expired).toBe(true);
    await refreshDueStandings(app.dataSource, app.clock);
    view = await read(declared.id);
    expect(view.score).toMatchObject({ overall: 0, grade: "E", expired: false });
    expect(view.score.areas.every((a: any) => a.source === "NONE")).toBe(true);
    app.clock.set(new Date("2026-06-01T09:00:00Z"));
  });

  it("protected-area sourcing blocks and never ranks", async () => {
    const supplier = await makeSupplier(app);
    await completedAudit(app, plan(supplier.id, full));
    const edit = await app.exec(
      admin.token,
      `mutation($id: ID!, $v: Int!) { updateSupplier(id: $id, expectedVersion: $v,
      input: { sustainability: { sourcesFromProtectedArea: true } }) { status statusReasons } }`,
      { id: supplier.id, v: 1 },
    );
    expect(ok(edit).updateSupplier).toEqual({
      status: "BLOCKED",
      statusReasons: ["Sources raw materials from a protected biodiversity area"],
    });
    expect(await rankingRow(supplier.id)).toBeUndefined();
  });
});
