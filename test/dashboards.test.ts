import { randomUUID } from "node:crypto";
import { DEFAULT_CHECKLIST_NAMES } from "../src/modules/checklist/default-checklist";
import { Role } from "../src/shared/domain/role.enum";
import {
  OPS,
  auditTeam,
  completedAudit,
  futureDate,
  ok,
  PLAN_INPUT,
  startedAudit,
} from "./support/audit-fixtures";
import { categoryId, makeSupplier, makeUser, type TestUser } from "./support/factories";
import { post } from "./support/http-client";
import { countQueries } from "./support/query-counter";
import { createTestApp, type TestApp } from "./support/test-app";

const PROCUREMENT = `{ procurementDashboard {
  asOf supplierCount moverWindowDays
  suppliersByStatusAndGrade { status grade count }
  gradesByCategory { code name suppliers grades { grade count } }
  openFindings { area severity count }
  overdueCaps { total notProposed notImplemented
    oldest { findingId auditId supplierName area severity step deadline daysOverdue } }
  scoreTrend { month suppliers mean median }
  topMovers { supplierName scoreBefore gradeBefore scoreNow gradeNow change } } }`;
const AUDITOR = `{ auditorDashboard {
  asOf reauditWindowDays
  auditsByMonth { month planned completed }
  reauditsDue { supplierName grade status dueDate plannedAuditId plannedAuditDate }
  reauditsDueCount reauditsOverdue
  capBacklog { minDays maxDays awaitingSupplier awaitingAuditor total } } }`;
const ADMIN = `{ adminDashboard {
  usersByRole { role active inactive }
  checklistsInUse { name version selfAssessments audits }
  recentImports { kind actorName outcome }
  outbox { pending failed sent skipped }
  webhooks { pending failed sent failedLast7Days
    recentFailures { url event attempts lastStatusCode lastError } } } }`;

const NOW = new Date("2026-06-15T09:00:00Z");
const at = (iso: string) => new Date(iso);

/**
 * A small portfolio with every figure known by hand: five active suppliers (Alpha to Echo) and
 * an archived one (Foxtrot) whose data every figure must leave out.
 */
describe("dashboards: exact aggregates over HTTP", () => {
  let app: TestApp;
  let url: string;
  let buyer: TestUser;
  let admin: TestUser;
  let lead: TestUser;
  const ids: Record<string, string> = {};
  let inProgressAuditId: string;
  let majorFindingId: string;

  beforeAll(async () => {
    app = await createTestApp({ now: at("2026-01-01T09:00:00Z") });
    url = `http://127.0.0.1:${await app.server.listen(0, "127.0.0.1")}`;
    const team = await auditTeam(app);
    admin = team.admin;
    lead = team.lead;
    buyer = await makeUser(app, Role.PROCUREMENT);
    await makeUser(app, Role.PROCUREMENT, { active: false });
    for (const name of ["Alpha", "Bravo", "Charlie", "Delta", "Echo", "Foxtrot"])
      ids[name] = (await makeSupplier(app, { name })).id;
    const lithium = await categoryId(app, "LITHIUM");
    const cells = await categoryId(app, "BATTERY_CELL");
    const categories: [string, string][] = [
      ["Alpha", lithium],
      ["Bravo", lithium],
      ["Bravo", cells],
      ["Charlie", cells],
      ["Delta", cells],
      ["Foxtrot", lithium],
    ];
    for (const [name, category] of categories)
      await app.dataSource.query(
        `INSERT INTO supplier_category (supplier_id, category_id) VALUES ($1, $2)`,
        [ids[name], category],
      );
    const charlieUser = await makeUser(app, Role.SUPPLIER, { supplierId: ids.Charlie });
    const echoUser = await makeUser(app, Role.SUPPLIER, { supplierId: ids.Echo });

    // Charlie, completed 2026-03-01 (106 days before NOW): a MAJOR finding without a plan
    // (proposal due 03-15), a MINOR one whose accepted plan was due 04-30, an observation.
    app.clock.set(at("2026-03-01T09:00:00Z"));
    const charlie = await completedAudit(app, {
      ...team.plan(ids.Charlie),
      plannedDate: futureDate(app, 1),
      findings: [
        { area: "HEALTH_AND_SAFETY", severity: "MAJOR" },
        { area: "ENVIRONMENT", severity: "MINOR" },
        { area: "ENVIRONMENT", severity: "OBSERVATION" },
      ],
    });
    majorFindingId = charlie.findingIds[0];
    app.clock.set(at("2026-03-05T09:00:00Z"));
    const plan = ok(
      await app.exec(charlieUser.token, OPS.propose, {
        findingId: charlie.findingIds[1],
        input: { ...PLAN_INPUT(app), targetDate: "2026-04-30T12:00:00.000Z" },
      }),
    ).proposeCorrectiveAction;
    ok(await app.exec(lead.token, OPS.review, { id: plan.id, accept: true }));

    // Foxtrot (archived below), completed 2026-04-10 with a MAJOR finding: left out everywhere
    // but the audits by month.
    app.clock.set(at("2026-04-10T09:00:00Z"));
    await completedAudit(app, {
      ...team.plan(ids.Foxtrot),
      plannedDate: futureDate(app, 1),
      findings: [{ area: "WAGES_AND_BENEFITS", severity: "MAJOR" }],
    });

    // Bravo, completed 2026-05-01 (45 days): a MINOR finding, proposal due 05-15, none made.
    app.clock.set(at("2026-05-01T09:00:00Z"));
    await completedAudit(app, {
      ...team.plan(ids.Bravo),
      plannedDate: futureDate(app, 1),
      findings: [{ area: "WORKING_HOURS", severity: "MINOR" }],
    });

    // Echo, completed 2026-06-10 (5 days): a zero-tolerance finding with a proposed plan
    // (the auditor's turn), not yet due.
    app.clock.set(at("2026-06-10T09:00:00Z"));
    const echo = await completedAudit(app, {
      ...team.plan(ids.Echo),
      plannedDate: futureDate(app, 1),
      findings: [{ area: "CHILD_AND_FORCED_LABOUR", severity: "ZERO_TOLERANCE" }],
    });
    ok(
      await app.exec(echoUser.token, OPS.propose, {
        findingId: echo.findingIds[0],
        input: PLAN_INPUT(app),
      }),
    );

    // Alpha: an audit running (planned 2026-07-20) whose finding is not counted until completion;
    // Delta: one planned for 2026-08-05.
    app.clock.set(NOW);
    inProgressAuditId = await startedAudit(app, {
      ...team.plan(ids.Alpha),
      plannedDate: "2026-07-20T09:00:00.000Z",
    });
    ok(
      await app.exec(lead.token, OPS.finding, {
        auditId: inProgressAuditId,
        input: {
          area: "ENVIRONMENT",
          severity: "MAJOR",
          likelihood: 2,
          impact: 2,
          description: "Drums",
        },
      }),
    );
    await app.exec(admin.token, OPS.schedule, {
      input: {
        supplierId: ids.Delta,
        checklistId: team.checklist.checklist.id,
        type: "PERIODIC",
        leadAuditorId: lead.user.id,
        plannedDate: "2026-08-05T09:00:00.000Z",
      },
    });

    // The standings and score history the figures read, set by hand (the completions above
    // computed their own): status, grade, score, next audit date.
    const standings: [string, string, string | null, number | null, string][] = [
      ["Alpha", "APPROVED", "A", 90, "2026-06-20T00:00:00Z"],
      ["Bravo", "APPROVED", "B", 75, "2026-09-12T00:00:00Z"],
      ["Charlie", "CONDITIONAL", "C", 60, "2026-09-13T00:00:00Z"],
      ["Delta", "BLOCKED", null, null, "2026-06-01T00:00:00Z"],
      ["Echo", "SUSPENDED", "E", 30, "2026-06-15T00:00:00Z"],
      ["Foxtrot", "APPROVED", "A", 20, "2026-06-16T00:00:00Z"],
    ];
    for (const [name, status, grade, score, due] of standings)
      await app.dataSource.query(
        `UPDATE supplier_standing SET status = $2, grade = $3, score_overall = $4,
                next_audit_due = $5, next_change_at = NULL WHERE supplier_id = $1`,
        [ids[name], status, grade, score, due],
      );
    await app.dataSource.query(`DELETE FROM score_snapshot`);
    const snapshots: [string, string, number, string][] = [
      ["Bravo", "2025-12-01T12:00:00Z", 75, "B"],
      ["Alpha", "2026-01-10T12:00:00Z", 80, "B"],
      ["Alpha", "2026-05-20T12:00:00Z", 90, "A"],
      ["Charlie", "2026-02-01T12:00:00Z", 70, "B"],
      ["Charlie", "2026-03-20T12:00:00Z", 60, "C"],
      ["Echo", "2026-02-15T12:00:00Z", 55, "D"],
      ["Foxtrot", "2026-01-01T12:00:00Z", 90, "A"],
    ];
    for (const [name, computedAt, overall, grade] of snapshots)
      await app.dataSource.query(
        `INSERT INTO score_snapshot (supplier_id, overall, grade, areas, explanation, cause,
           computed_at, formula_version)
         VALUES ($1, $2, $3, '[]', '[]', 'RECOMPUTE_ALL', $4, 'test')`,
        [ids[name], overall, grade, computedAt],
      );
    await app.dataSource.query(
      `UPDATE supplier SET archived = true, archived_at = $2 WHERE id = $1`,
      [ids.Foxtrot, NOW],
    );
  });

  afterAll(() => app.close());

  it("counts suppliers by status and grade, and grades per category, over active suppliers", async () => {
    const { body } = await post(url, PROCUREMENT, {}, { token: buyer.token });
    expect(body.errors).toBeUndefined();
    const dashboard = body.data.procurementDashboard;
    expect(dashboard.supplierCount).toBe(5);
    expect(dashboard.suppliersByStatusAndGrade).toHaveLength(24);
    const nonZero = dashboard.suppliersByStatusAndGrade.filter((cell: any) => cell.count > 0);
    expect(nonZero).toEqual([
      { status: "APPROVED", grade: "A", count: 1 },
      { status: "APPROVED", grade: "B", count: 1 },
      { status: "CONDITIONAL", grade: "C", count: 1 },
      { status: "SUSPENDED", grade: "E", count: 1 },
      { status: "BLOCKED", grade: null, count: 1 },
    ]);
    const grades = (counts: number[]) =>
      ["A", "B", "C", "D", "E", null].map((grade, i) => ({ grade, count: counts[i] }));
    expect(dashboard.gradesByCategory).toEqual([
      {
        code: "BATTERY_CELL",
        name: "Battery cells and materials",
        suppliers: 3,
        grades: grades([0, 1, 1, 0, 0, 1]),
      },
      {
        code: "LITHIUM",
        name: "Lithium compounds",
        suppliers: 2,
        grades: grades([1, 1, 0, 0, 0, 0]),
      },
    ]);
  });

  it("counts open findings of completed audits per area and severity", async () => {
    const { body } = await post(url, PROCUREMENT, {}, { token: buyer.token });
    const cells = body.data.procurementDashboard.openFindings;
    expect(cells).toHaveLength(36);
    expect(cells.filter((cell: any) => cell.count > 0)).toEqual([
      { area: "CHILD_AND_FORCED_LABOUR", severity: "ZERO_TOLERANCE", count: 1 },
      { area: "WORKING_HOURS", severity: "MINOR", count: 1 },
      { area: "HEALTH_AND_SAFETY", severity: "MAJOR", count: 1 },
      { area: "ENVIRONMENT", severity: "MINOR", count: 1 },
      { area: "ENVIRONMENT", severity: "OBSERVATION", count: 1 },
    ]);
  });

  it("lists overdue corrective actions by the missed step, longest overdue first", async () => {
    const { body } = await post(url, PROCUREMENT, {}, { token: buyer.token });
    const caps = body.data.procurementDashboard.overdueCaps;
    expect({
      total: caps.total,
      notProposed: caps.notProposed,
      notImplemented: caps.notImplemented,
    }).toEqual({ total: 3, notProposed: 2, notImplemented: 1 });
    expect(
      caps.oldest.map((c: any) => [
        c.supplierName,
        c.severity,
        c.step,
        c.deadline.slice(0, 10),
        c.daysOverdue,
      ]),
    ).toEqual([
      ["Charlie", "MAJOR", "PROPOSE", "2026-03-15", 92],
      ["Charlie", "MINOR", "IMPLEMENT", "2026-04-30", 46],
      ["Bravo", "MINOR", "PROPOSE", "2026-05-15", 31],
    ]);
    expect(caps.oldest[0].findingId).toBe(majorFindingId);
  });

  it("gives the monthly mean and median of the scores in force at each month's end", async () => {
    const { body } = await post(url, PROCUREMENT, {}, { token: buyer.token });
    const trend = body.data.procurementDashboard.scoreTrend;
    expect(trend.map((p: any) => [p.month, p.suppliers, p.mean, p.median])).toEqual([
      ["2025-07", 0, null, null],
      ["2025-08", 0, null, null],
      ["2025-09", 0, null, null],
      ["2025-10", 0, null, null],
      ["2025-11", 0, null, null],
      ["2025-12", 1, 75, 75],
      ["2026-01", 2, 77.5, 77.5],
      ["2026-02", 4, 70, 72.5],
      ["2026-03", 4, 67.5, 67.5],
      ["2026-04", 4, 67.5, 67.5],
      ["2026-05", 4, 70, 67.5],
      ["2026-06", 4, 70, 67.5],
    ]);
  });

  it("ranks the largest score changes over 90 days, leaving out unchanged and archived suppliers", async () => {
    const { body } = await post(url, PROCUREMENT, {}, { token: buyer.token });
    const dashboard = body.data.procurementDashboard;
    expect(dashboard.moverWindowDays).toBe(90);
    expect(dashboard.topMovers).toEqual([
      {
        supplierName: "Echo",
        scoreBefore: 55,
        gradeBefore: "D",
        scoreNow: 30,
        gradeNow: "E",
        change: -25,
      },
      {
        supplierName: "Alpha",
        scoreBefore: 80,
        gradeBefore: "B",
        scoreNow: 90,
        gradeNow: "A",
        change: 10,
      },
      {
        supplierName: "Charlie",
        scoreBefore: 70,
        gradeBefore: "B",
        scoreNow: 60,
        gradeNow: "C",
        change: -10,
      },
    ]);
  });

  it("counts audits planned and completed per month", async () => {
    const { body } = await post(url, AUDITOR, {}, { token: lead.token });
    expect(body.errors).toBeUndefined();
    const months = body.data.auditorDashboard.auditsByMonth;
    expect(months).toHaveLength(15);
    expect(months[0].month).toBe("2025-07");
    expect(months[14].month).toBe("2026-09");
    expect(months.filter((m: any) => m.planned + m.completed > 0)).toEqual([
      { month: "2026-03", planned: 1, completed: 1 },
      { month: "2026-04", planned: 1, completed: 1 },
      { month: "2026-05", planned: 1, completed: 1 },
      { month: "2026-06", planned: 1, completed: 1 },
      { month: "2026-07", planned: 1, completed: 0 },
      { month: "2026-08", planned: 1, completed: 0 },
    ]);
  });

  it("lists re-audits due in the next 90 days with the planned audit, and counts overdue ones", async () => {
    const { body } = await post(url, AUDITOR, {}, { token: lead.token });
    const dashboard = body.data.auditorDashboard;
    expect(dashboard.reauditWindowDays).toBe(90);
    expect(
      dashboard.reauditsDue.map((r: any) => [
        r.supplierName,
        r.dueDate.slice(0, 10),
        r.plannedAuditId,
      ]),
    ).toEqual([
      ["Echo", "2026-06-15", null],
      ["Alpha", "2026-06-20", inProgressAuditId],
      ["Bravo", "2026-09-12", null],
    ]);
    expect(dashboard.reauditsDue[1].plannedAuditDate).toBe("2026-07-20T09:00:00.000Z");
    expect(dashboard.reauditsDueCount).toBe(3);
    expect(dashboard.reauditsOverdue).toBe(1);
  });

  it("buckets the corrective-action backlog by age and by whose turn it is", async () => {
    const { body } = await post(url, AUDITOR, {}, { token: lead.token });
    expect(body.data.auditorDashboard.capBacklog).toEqual([
      { minDays: 0, maxDays: 30, awaitingSupplier: 0, awaitingAuditor: 1, total: 1 },
      { minDays: 31, maxDays: 60, awaitingSupplier: 1, awaitingAuditor: 0, total: 1 },
      { minDays: 61, maxDays: 90, awaitingSupplier: 0, awaitingAuditor: 0, total: 0 },
      { minDays: 91, maxDays: null, awaitingSupplier: 2, awaitingAuditor: 0, total: 2 },
    ]);
  });

  it("shows the admin users by role, checklists in use, imports and delivery health", async () => {
    await app.dataSource.query(
      `INSERT INTO audit_event (action, entity_type, entity_id, actor_id, role, at, changes)
       VALUES ('suppliers.imported', 'Document', $1, $2, 'ADMIN', $3, $4),
              ('supplier.updated', 'Supplier', $5, $2, 'ADMIN', $3, '{}')`,
      [
        randomUUID(),
        admin.user.id,
        NOW,
        JSON.stringify({
          rows: { before: null, after: 3 },
          inserted: { before: null, after: 2 },
          updated: { before: null, after: 1 },
          skipped: { before: null, after: 0 },
        }),
        ids.Alpha,
      ],
    );
    for (const [status, day] of [
      ["PENDING", "2026-06-11"],
      ["PENDING", "2026-06-12"],
      ["FAILED", "2026-06-13"],
      ["SENT", "2026-06-14"],
    ])
      await app.dataSource.query(
        `INSERT INTO notification_delivery (recipient_id, digest_day, status, created_at)
         VALUES ($1, $2, $3, $4)`,
        [buyer.user.id, day, status, NOW],
      );
    const [hook] = (await app.dataSource.query(
      `INSERT INTO webhook (url, events, secret, created_at)
       VALUES ('https://hooks.example/esg', '{AUDIT_COMPLETED}', 'secret', $1) RETURNING id`,
      [NOW],
    )) as { id: string }[];
    for (const [status, created, code] of [
      ["FAILED", "2026-06-01T00:00:00Z", 500],
      ["FAILED", "2026-06-14T00:00:00Z", 410],
      ["SENT", "2026-06-14T00:00:00Z", 200],
    ] as const)
      await app.dataSource.query(
        `INSERT INTO webhook_delivery (webhook_id, event_key, event, body, status, attempts,
           last_status_code, last_error, created_at)
         VALUES ($1, $2, 'AUDIT_COMPLETED', '{}', $3, 5, $4, $5, $6)`,
        [hook.id, randomUUID(), status, code, status === "FAILED" ? `HTTP ${code}` : null, created],
      );

    const { body } = await post(url, ADMIN, {}, { token: admin.token });
    expect(body.errors).toBeUndefined();
    const dashboard = body.data.adminDashboard;
    // auditTeam's admin and lead, the factory's verifier, the two buyers, the two supplier users.
    expect(dashboard.usersByRole).toEqual([
      { role: "ADMIN", active: 1, inactive: 0 },
      { role: "PROCUREMENT", active: 1, inactive: 1 },
      { role: "AUDITOR", active: 2, inactive: 0 },
      { role: "SUPPLIER", active: 2, inactive: 0 },
    ]);
    // Six audits on the default checklist (none cancelled), no self-assessment.
    expect(dashboard.checklistsInUse).toEqual([
      expect.objectContaining({ version: 1, selfAssessments: 0, audits: 6 }),
    ]);
    expect(dashboard.recentImports).toEqual([
      {
        kind: "Suppliers",
        actorName: admin.user.name,
        outcome: "3 rows: 2 new, 1 updated, 0 skipped",
      },
    ]);
    expect(dashboard.outbox).toEqual({ pending: 2, failed: 1, sent: 1, skipped: 0 });
    expect(dashboard.webhooks).toMatchObject({
      pending: 0,
      failed: 2,
      sent: 1,
      failedLast7Days: 1,
    });
    expect(
      dashboard.webhooks.recentFailures.map((f: any) => [f.lastStatusCode, f.lastError]),
    ).toEqual([
      [410, "HTTP 410"],
      [500, "HTTP 500"],
    ]);
  });

  it("answers the recent imports in a Chinese reader's language, from the same records", async () => {
    const query = `{ adminDashboard { recentImports { kind actorName outcome } } }`;
    const zh = await post(
      url,
      query,
      {},
      { token: admin.token, headers: { "accept-language": "zh-CN" } },
    );
    expect(zh.body.errors).toBeUndefined();
    expect(zh.body.data.adminDashboard.recentImports).toEqual([
      { kind: "供应商", actorName: admin.user.name, outcome: "3 行：新增 2，更新 1，跳过 0" },
    ]);
    const en = await post(
      url,
      query,
      {},
      { token: admin.token, headers: { "accept-language": "en" } },
    );
    expect(en.body.data.adminDashboard.recentImports).toEqual([
      {
        kind: "Suppliers",
        actorName: admin.user.name,
        outcome: "3 rows: 2 new, 1 updated, 0 skipped",
      },
    ]);
  });

  it("names the checklists in use in the reader's language", async () => {
    const query = `{ adminDashboard { checklistsInUse { name version } } }`;
    const names = async (locale: string) =>
      (await post(url, query, {}, { token: admin.token, headers: { "accept-language": locale } }))
        .body.data.adminDashboard.checklistsInUse;
    expect(await names("zh-CN")).toEqual([{ name: DEFAULT_CHECKLIST_NAMES["zh-CN"], version: 1 }]);
    expect(await names("en")).toEqual([{ name: DEFAULT_CHECKLIST_NAMES.en, version: 1 }]);
  });

  it("refuses a supplier, and procurement the admin's dashboard, with FORBIDDEN", async () => {
    const supplierUser = await makeUser(app, Role.SUPPLIER, { supplierId: ids.Alpha });
    for (const query of [PROCUREMENT, AUDITOR, ADMIN]) {
      const { body } = await post(url, query, {}, { token: supplierUser.token });
      expect(body.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
      expect(body.data).toBeNull();
    }
    const { body } = await post(url, ADMIN, {}, { token: buyer.token });
    expect(body.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });

  it("costs a fixed number of statements per dashboard, whatever the number of suppliers", async () => {
    const count = async (token: string, query: string) =>
      (await countQueries(() => app.exec(token, query))).statements.filter(
        (sql) => !/FROM "?app_user"?|revoked_token/i.test(sql) || /GROUP BY role/.test(sql),
      ).length;
    const before = [
      await count(buyer.token, PROCUREMENT),
      await count(lead.token, AUDITOR),
      await count(admin.token, ADMIN),
    ];
    // Procurement: 7 figures, the overdue CAPs in two (counts, list). Auditor: 3 figures, the
    // re-audits in two. Admin: 5 figures, the webhooks in two.
    expect(before).toEqual([8, 4, 6]);
    for (let i = 0; i < 20; i++) await makeSupplier(app, { name: `More ${i}` });
    expect([
      await count(buyer.token, PROCUREMENT),
      await count(lead.token, AUDITOR),
      await count(admin.token, ADMIN),
    ]).toEqual(before);
  });
});
