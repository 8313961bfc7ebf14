import { AuditItemResult } from "../src/modules/audit/audit-item-result.entity";
import { Audit } from "../src/modules/audit/audit.entity";
import { AuditEvent } from "../src/modules/audit-trail/audit-event.entity";
import { ChecklistStatus } from "../src/shared/domain/checklist.enums";
import { Role } from "../src/shared/domain/role.enum";
import { SupplierSite } from "../src/modules/supplier/supplier-site.entity";
import type { Supplier } from "../src/modules/supplier/supplier.entity";
import {
  OPS,
  completedAudit,
  copyChecklist,
  defaultChecklist,
  fieldPaths,
  futureDate,
  ok,
  recordFinding,
  resultsFor,
  scheduleAudit,
  startedAudit,
  type ChecklistFixture,
} from "./support/audit-fixtures";
import { makeRoles, makeSupplier, makeUser, type TestUser } from "./support/factories";
import { countQueries } from "./support/query-counter";
import { createTestApp, errorCodes, type TestApp } from "./support/test-app";

const AUDIT = `query($id: ID!) { audit(id: $id) { id status type plannedDate completedAt
  supplier { id } leadAuditor { id } checklist { id }
  results { result item { code } } findings { id severity } } }`;
const AUDITS = `query($filter: AuditFilter, $first: Int, $after: String) {
  audits(filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id status plannedDate } } } }`;
const SUPPLIER_AUDITS = `query($id: ID!) { supplier(id: $id) { id audits { id status } } }`;

describe("audits", () => {
  let app: TestApp;
  let home: Supplier;
  let other: Supplier;
  let users: Awaited<ReturnType<typeof makeRoles>>;
  let secondAuditor: TestUser;
  let otherSupplierUser: TestUser;
  let checklist: ChecklistFixture;

  beforeAll(async () => {
    app = await createTestApp();
    home = await makeSupplier(app, { name: "Home Supplier" });
    other = await makeSupplier(app, { name: "Other Supplier" });
    users = await makeRoles(app, home.id);
    secondAuditor = await makeUser(app, Role.AUDITOR);
    otherSupplierUser = await makeUser(app, Role.SUPPLIER, { supplierId: other.id });
    checklist = await defaultChecklist(app);
  });
  afterAll(() => app.close());

  const plan = (overrides: Partial<Parameters<typeof scheduleAudit>[1]> = {}) => ({
    supplierId: home.id,
    checklist,
    schedulerToken: users.admin.token,
    leadAuditorId: users.auditor.user.id,
    leadToken: users.auditor.token,
    ...overrides,
  });

  describe("scheduling", () => {
    it("schedules a planned audit with site and audit firm, and records it", async () => {
      const site = app.dataSource.manager.create(SupplierSite, {
        supplierId: home.id,
        name: "Main plant",
        country: "DE",
        address: null,
      });
      await app.dataSource.manager.insert(SupplierSite, site);
      const result = await app.exec(users.auditor.token, OPS.schedule, {
        input: {
          supplierId: home.id,
          checklistId: checklist.checklist.id,
          type: "INITIAL",
          leadAuditorId: users.auditor.user.id,
          plannedDate: "2026-07-01T08:00:00.000Z",
          siteId: site.id,
          auditFirm: "  Example Assurance GmbH ",
        },
      });
      const audit = ok(result).scheduleAudit;
      expect(audit).toMatchObject({
        status: "PLANNED",
        type: "INITIAL",
        plannedDate: "2026-07-01T08:00:00.000Z",
        auditFirm: "Example Assurance GmbH",
        site: { id: site.id },
        supplier: { id: home.id },
        leadAuditor: { id: users.auditor.user.id },
        checklist: { id: checklist.checklist.id, version: 1 },
      });
      const events = await app.dataSource.manager.findBy(AuditEvent, { entityId: audit.id });
      expect(events.map((e) => e.action)).toEqual(["audit.scheduled"]);
      expect(events[0]).toMatchObject({ actorId: users.auditor.user.id, role: "AUDITOR" });
    });

    it("refuses every bad reference at once and saves nothing", async () => {
      const archived = await makeSupplier(app, { archived: true });
      const draft = await copyChecklist(app, checklist, {
        version: 90,
        status: ChecklistStatus.DRAFT,
      });
      const otherSite = app.dataSource.manager.create(SupplierSite, {
        supplierId: other.id,
        name: "Elsewhere",
        country: "FR",
        address: null,
      });
      await app.dataSource.manager.insert(SupplierSite, otherSite);
      const before = await app.dataSource.manager.count(Audit);
      const result = await app.exec(users.admin.token, OPS.schedule, {
        input: {
          supplierId: archived.id,
          checklistId: draft.checklist.id,
          type: "PERIODIC",
          leadAuditorId: users.procurement.user.id,
          plannedDate: futureDate(app),
          siteId: otherSite.id,
        },
      });
      expect(errorCodes(result)).toEqual(["BAD_USER_INPUT"]);
      expect(fieldPaths(result).sort()).toEqual([
        "input.checklistId",
        "input.leadAuditorId",
        "input.siteId",
        "input.supplierId",
      ]);
      expect(result.errors![0].message).toMatch(/archived/);
      expect(result.errors![0].message).toMatch(/DRAFT/);
      expect(await app.dataSource.manager.count(Audit)).toBe(before);
    });

    it("refuses unknown suppliers and inactive auditors", async () => {
      const inactive = await makeUser(app, Role.AUDITOR, { active: false });
      const result = await app.exec(users.admin.token, OPS.schedule, {
        input: {
          supplierId: "00000000-0000-4000-8000-000000000000",
          checklistId: checklist.checklist.id,
          type: "PERIODIC",
          leadAuditorId: inactive.user.id,
          plannedDate: futureDate(app),
        },
      });
      expect(errorCodes(result)).toEqual(["BAD_USER_INPUT"]);
      expect(fieldPaths(result).sort()).toEqual(["input.leadAuditorId", "input.supplierId"]);
    });

    it.each(["procurement", "supplier"] as const)("refuses %s with FORBIDDEN", async (who) => {
      const result = await app.exec(users[who].token, OPS.schedule, {
        input: {
          supplierId: home.id,
          checklistId: checklist.checklist.id,
          type: "PERIODIC",
          leadAuditorId: users.auditor.user.id,
          plannedDate: futureDate(app),
        },
      });
      expect(errorCodes(result)).toEqual(["FORBIDDEN"]);
    });
  });

  describe("lifecycle", () => {
    it("lets only the lead auditor start, and refuses a second start naming the state", async () => {
      const id = await scheduleAudit(app, plan());
      expect(errorCodes(await app.exec(secondAuditor.token, OPS.start, { id }))).toEqual([
        "FORBIDDEN",
      ]);
      expect(errorCodes(await app.exec(users.admin.token, OPS.start, { id }))).toEqual([
        "FORBIDDEN",
      ]);
      const started = ok(await app.exec(users.auditor.token, OPS.start, { id })).startAudit;
      expect(started).toMatchObject({
        status: "IN_PROGRESS",
        startedAt: app.clock.now().toISOString(),
      });
      const again = await app.exec(users.auditor.token, OPS.start, { id });
      expect(errorCodes(again)).toEqual(["CONFLICT"]);
      expect(again.errors![0].message).toMatch(/IN_PROGRESS/);
    });

    it("cancels before completion (lead auditor or admin) with a reason, then refuses to start", async () => {
      const planned = await scheduleAudit(app, plan());
      const blank = await app.exec(users.auditor.token, OPS.cancel, { id: planned, reason: "  " });
      expect(errorCodes(blank)).toEqual(["BAD_USER_INPUT"]);
      expect(fieldPaths(blank)).toEqual(["reason"]);
      expect(
        errorCodes(await app.exec(secondAuditor.token, OPS.cancel, { id: planned, reason: "No" })),
      ).toEqual(["FORBIDDEN"]);
      const cancelled = ok(
        await app.exec(users.auditor.token, OPS.cancel, { id: planned, reason: "Site closed" }),
      ).cancelAudit;
      expect(cancelled).toMatchObject({ status: "CANCELLED", cancelReason: "Site closed" });
      const start = await app.exec(users.auditor.token, OPS.start, { id: planned });
      expect(errorCodes(start)).toEqual(["CONFLICT"]);
      expect(start.errors![0].message).toMatch(/CANCELLED/);

      const running = await startedAudit(app, plan());
      const byAdmin = ok(
        await app.exec(users.admin.token, OPS.cancel, { id: running, reason: "Auditor ill" }),
      ).cancelAudit;
      expect(byAdmin.status).toBe("CANCELLED");
    });

    it("answers NOT_FOUND for unknown audits", async () => {
      const id = "00000000-0000-4000-8000-000000000000";
      expect(errorCodes(await app.exec(users.auditor.token, OPS.start, { id }))).toEqual([
        "NOT_FOUND",
      ]);
      expect(errorCodes(await app.exec(users.admin.token, AUDIT, { id }))).toEqual(["NOT_FOUND"]);
    });
  });

  describe("item results", () => {
    it("refuses results before the audit starts", async () => {
      const id = await scheduleAudit(app, plan());
      const result = await app.exec(users.auditor.token, OPS.results, {
        auditId: id,
        results: resultsFor(checklist).slice(0, 1),
      });
      expect(errorCodes(result)).toEqual(["CONFLICT"]);
      expect(result.errors![0].message).toMatch(/PLANNED/);
    });

    it("upserts a batch and records the changes by item code", async () => {
      const auditId = await startedAudit(app, plan());
      const ms1 = checklist.item("MS-01").id;
      const ms2 = checklist.item("MS-02").id;
      const ms3 = checklist.item("MS-03").id;
      ok(
        await app.exec(users.auditor.token, OPS.results, {
          auditId,
          results: [
            { itemId: ms1, result: "CONFORMS" },
            { itemId: ms2, result: "PARTIAL", note: "objectives not measurable" },
          ],
        }),
      );
      app.clock.set(new Date(app.clock.now().getTime() + 60_000));
      const second = ok(
        await app.exec(users.auditor.token, OPS.results, {
          auditId,
          results: [
            { itemId: ms2, result: "NONCONFORMS", note: " no internal audit " },
            { itemId: ms3, result: "NOT_APPLICABLE" },
          ],
        }),
      ).recordItemResults;
      expect(second.results).toEqual([
        { result: "CONFORMS", note: null, item: { id: ms1, code: "MS-01" } },
        { result: "NONCONFORMS", note: "no internal audit", item: { id: ms2, code: "MS-02" } },
        { result: "NOT_APPLICABLE", note: null, item: { id: ms3, code: "MS-03" } },
      ]);
      const events = await app.dataSource.manager.find(AuditEvent, {
        where: { entityId: auditId, action: "audit.results_recorded" },
        order: { at: "ASC" },
      });
      expect(events).toHaveLength(2);
      expect(events.map((e) => Object.keys(e.changes ?? {}).sort())).toEqual([
        ["MS-01", "MS-02"],
        ["MS-02", "MS-03"],
      ]);
      expect((events[1].changes as any)["MS-02"].before).toEqual({
        result: "PARTIAL",
        note: "objectives not measurable",
      });
    });

    it("saves nothing when any entry is invalid, naming each bad entry", async () => {
      const auditId = await startedAudit(app, plan());
      const ms1 = checklist.item("MS-01").id;
      ok(
        await app.exec(users.auditor.token, OPS.results, {
          auditId,
          results: [{ itemId: ms1, result: "CONFORMS" }],
        }),
      );
      const foreign = await copyChecklist(app, checklist, {
        version: 91,
        status: ChecklistStatus.PUBLISHED,
      });
      const result = await app.exec(users.auditor.token, OPS.results, {
        auditId,
        results: [
          { itemId: ms1, result: "NONCONFORMS" },
          { itemId: foreign.item("MS-02").id, result: "CONFORMS" },
          { itemId: checklist.item("MS-03").id, result: "CONFORMS" },
          { itemId: checklist.item("MS-03").id, result: "PARTIAL" },
        ],
      });
      expect(errorCodes(result)).toEqual(["BAD_USER_INPUT"]);
      expect(fieldPaths(result)).toEqual(["results.1.itemId", "results.3.itemId"]);
      const stored = await app.dataSource.manager.findBy(AuditItemResult, { auditId });
      expect(stored.map((r) => [r.itemId, r.result])).toEqual([[ms1, "CONFORMS"]]);
    });

    it("lets only the lead auditor record", async () => {
      const auditId = await startedAudit(app, plan());
      for (const token of [secondAuditor.token, users.admin.token]) {
        const result = await app.exec(token, OPS.results, {
          auditId,
          results: resultsFor(checklist).slice(0, 1),
        });
        expect(errorCodes(result)).toEqual(["FORBIDDEN"]);
      }
      expect(await app.dataSource.manager.countBy(AuditItemResult, { auditId })).toBe(0);
    });
  });

  describe("completion", () => {
    it("lists every item without a result as items.<CODE>", async () => {
      const auditId = await startedAudit(app, plan());
      ok(
        await app.exec(users.auditor.token, OPS.results, {
          auditId,
          results: resultsFor(checklist, {}, ["WH-02", "FOA-03", "MS-01"]),
        }),
      );
      const result = await app.exec(users.auditor.token, OPS.complete, { id: auditId });
      expect(errorCodes(result)).toEqual(["BAD_USER_INPUT"]);
      expect(fieldPaths(result)).toEqual(["items.MS-01", "items.WH-02", "items.FOA-03"]);
      const stored = await app.dataSource.manager.findOneByOrFail(Audit, { id: auditId });
      expect(stored).toMatchObject({ status: "IN_PROGRESS", completedAt: null });
    });

    it("needs a ZERO_TOLERANCE finding on a zero-tolerance item found NONCONFORMS", async () => {
      const auditId = await startedAudit(app, plan());
      ok(
        await app.exec(users.auditor.token, OPS.results, {
          auditId,
          results: resultsFor(checklist, { "CFL-04": "NONCONFORMS", "HS-01": "NONCONFORMS" }),
        }),
      );
      await recordFinding(app, users.auditor.token, auditId, checklist, {
        area: "CHILD_AND_FORCED_LABOUR",
        itemCode: "CFL-04",
        severity: "MAJOR",
      });
      const refused = await app.exec(users.auditor.token, OPS.complete, { id: auditId });
      expect(errorCodes(refused)).toEqual(["BAD_USER_INPUT"]);
      expect(fieldPaths(refused)).toEqual(["items.CFL-04"]);
      expect(refused.errors![0].message).toMatch(/CFL-04.*ZERO_TOLERANCE/);

      await recordFinding(app, users.auditor.token, auditId, checklist, {
        area: "CHILD_AND_FORCED_LABOUR",
        itemCode: "CFL-04",
        severity: "ZERO_TOLERANCE",
      });
      const completed = ok(await app.exec(users.auditor.token, OPS.complete, { id: auditId }));
      expect(completed.completeAudit).toMatchObject({
        status: "COMPLETED",
        completedAt: app.clock.now().toISOString(),
      });
    });

    it("lets only the lead auditor complete", async () => {
      const auditId = await startedAudit(app, plan());
      ok(
        await app.exec(users.auditor.token, OPS.results, {
          auditId,
          results: resultsFor(checklist),
        }),
      );
      for (const token of [secondAuditor.token, users.admin.token]) {
        expect(errorCodes(await app.exec(token, OPS.complete, { id: auditId }))).toEqual([
          "FORBIDDEN",
        ]);
      }
      ok(await app.exec(users.auditor.token, OPS.complete, { id: auditId }));
    });

    it("locks results and findings once completed (CONFLICT naming the state)", async () => {
      const { auditId } = await completedAudit(app, plan());
      const attempts = [
        app.exec(users.auditor.token, OPS.results, {
          auditId,
          results: resultsFor(checklist).slice(0, 1),
        }),
        app.exec(users.auditor.token, OPS.finding, {
          auditId,
          input: {
            area: "ENVIRONMENT",
            severity: "MINOR",
            likelihood: 1,
            impact: 1,
            description: "late",
          },
        }),
        app.exec(users.auditor.token, OPS.complete, { id: auditId }),
        app.exec(users.admin.token, OPS.cancel, { id: auditId, reason: "too late" }),
      ];
      for (const result of await Promise.all(attempts)) {
        expect(errorCodes(result)).toEqual(["CONFLICT"]);
        expect(result.errors![0].message).toMatch(/COMPLETED/);
      }
      const stored = await app.dataSource.manager.findOneByOrFail(Audit, { id: auditId });
      expect(stored.status).toBe("COMPLETED");
    });

    it("writes one audit-trail event per lifecycle step", async () => {
      const { auditId } = await completedAudit(app, plan());
      const events = await app.dataSource.manager.findBy(AuditEvent, { entityId: auditId });
      expect(events.map((e) => e.action).sort()).toEqual([
        "audit.completed",
        "audit.results_recorded",
        "audit.scheduled",
        "audit.started",
      ]);
      const completed = events.find((e) => e.action === "audit.completed")!;
      expect(completed.changes).toMatchObject({
        status: { before: "IN_PROGRESS", after: "COMPLETED" },
      });
    });
  });

  describe("visibility", () => {
    let planned: string;
    let running: string;
    let done: string;
    let othersDone: string;
    const visibility = { supplierId: "", token: "" };

    beforeAll(async () => {
      const isolated = await makeSupplier(app, { name: "Visibility Co" });
      const own = await makeUser(app, Role.SUPPLIER, { supplierId: isolated.id });
      const p = plan({ supplierId: isolated.id });
      planned = await scheduleAudit(app, p);
      running = await startedAudit(app, p);
      done = (
        await completedAudit(app, {
          ...p,
          findings: [{ area: "ENVIRONMENT", severity: "MINOR" }],
        })
      ).auditId;
      othersDone = (await completedAudit(app, plan({ supplierId: other.id }))).auditId;
      visibility.supplierId = isolated.id;
      visibility.token = own.token;
    });

    it("shows a supplier its completed audit with results and findings", async () => {
      const audit = ok(await app.exec(visibility.token, AUDIT, { id: done })).audit;
      expect(audit).toMatchObject({ id: done, status: "COMPLETED" });
      expect(audit.results).toHaveLength(40);
      expect(audit.findings).toHaveLength(1);
    });

    it("answers NOT_FOUND to a supplier for its planned and in-progress audits and other suppliers'", async () => {
      for (const id of [planned, running, othersDone]) {
        const result = await app.exec(visibility.token, AUDIT, { id });
        expect(errorCodes(result)).toEqual(["NOT_FOUND"]);
      }
    });

    it("lets staff read every audit", async () => {
      for (const token of [users.procurement.token, secondAuditor.token, users.admin.token]) {
        const audit = ok(await app.exec(token, AUDIT, { id: running })).audit;
        expect(audit.status).toBe("IN_PROGRESS");
      }
    });

    it("scopes lists and Supplier.audits the same way", async () => {
      const list = ok(await app.exec(visibility.token, AUDITS, { first: 100 })).audits;
      expect(list.edges.map((e: any) => e.node.id)).toEqual([done]);
      expect(list.totalCount).toBe(1);
      const filtered = ok(
        await app.exec(visibility.token, AUDITS, { filter: { supplierId: other.id } }),
      ).audits;
      expect(filtered.totalCount).toBe(0);

      const own = ok(
        await app.exec(visibility.token, SUPPLIER_AUDITS, { id: visibility.supplierId }),
      ).supplier;
      expect(own.audits.map((a: any) => a.id)).toEqual([done]);
      const staff = ok(
        await app.exec(users.procurement.token, SUPPLIER_AUDITS, { id: visibility.supplierId }),
      ).supplier;
      expect(staff.audits.map((a: any) => a.id).sort()).toEqual([planned, running, done].sort());
    });

    it("answers NOT_FOUND to another supplier's user", async () => {
      const result = await app.exec(otherSupplierUser.token, AUDIT, { id: done });
      expect(errorCodes(result)).toEqual(["NOT_FOUND"]);
    });
  });

  describe("listing", () => {
    let supplier: Supplier;
    const ids: Record<string, string> = {};

    beforeAll(async () => {
      supplier = await makeSupplier(app, { name: "Listing Co" });
      const base = plan({ supplierId: supplier.id });
      ids.jul = await scheduleAudit(app, { ...base, plannedDate: "2026-07-01T00:00:00.000Z" });
      ids.aug = await startedAudit(app, { ...base, plannedDate: "2026-08-01T00:00:00.000Z" });
      ids.sep = await scheduleAudit(app, {
        ...base,
        plannedDate: "2026-09-01T00:00:00.000Z",
        leadAuditorId: secondAuditor.user.id,
      });
      ids.oct = await scheduleAudit(app, { ...base, plannedDate: "2026-10-01T00:00:00.000Z" });
    });

    const list = async (filter: Record<string, unknown>, first = 100, after?: string) =>
      ok(
        await app.exec(users.auditor.token, AUDITS, {
          filter: { supplierId: supplier.id, ...filter },
          first,
          after,
        }),
      ).audits;

    it("orders by planned date, newest first, and walks pages with cursors", async () => {
      const seen: string[] = [];
      let after: string | undefined;
      for (;;) {
        const page = await list({}, 3, after);
        expect(page.totalCount).toBe(4);
        seen.push(...page.edges.map((e: any) => e.node.id));
        if (!page.pageInfo.hasNextPage) break;
        after = page.pageInfo.endCursor;
      }
      expect(seen).toEqual([ids.oct, ids.sep, ids.aug, ids.jul]);
    });

    it.each<[string, Record<string, unknown>, string[]]>([
      ["status", { status: "IN_PROGRESS" }, ["aug"]],
      ["statuses", { statuses: ["IN_PROGRESS", "PLANNED"] }, ["oct", "sep", "aug", "jul"]],
      ["lead auditor", { leadAuditorId: "second" }, ["sep"]],
      [
        "planned window (inclusive)",
        { plannedFrom: "2026-08-01T00:00:00.000Z", plannedTo: "2026-09-01T00:00:00.000Z" },
        ["sep", "aug"],
      ],
    ])("filters by %s", async (_name, filter, expected) => {
      const resolved =
        filter.leadAuditorId === "second" ? { leadAuditorId: secondAuditor.user.id } : filter;
      const page = await list(resolved);
      expect(page.edges.map((e: any) => e.node.id)).toEqual(expected.map((key) => ids[key]));
      expect(page.totalCount).toBe(expected.length);
    });

    it("loads nested relations in batches: the statement count does not grow with the rows", async () => {
      const DEEP = `query($filter: AuditFilter) { audits(filter: $filter, first: 10) { edges { node {
        id supplier { name } checklist { name } leadAuditor { name } site { name }
        results { result item { code } }
        findings { riskLevel overdue item { code } audit { id }
          correctiveAction { status history { toStatus actor { name } } } } } } } }`;
      const measure = async (supplierId: string) =>
        (
          await countQueries(async () =>
            ok(await app.exec(users.auditor.token, DEEP, { filter: { supplierId } })),
          )
        ).count;
      const small = await makeSupplier(app);
      const large = await makeSupplier(app);
      const findings = [
        { area: "HEALTH_AND_SAFETY", itemCode: "HS-03", severity: "MAJOR" },
        { area: "ENVIRONMENT", severity: "MINOR" },
      ];
      await completedAudit(app, { ...plan({ supplierId: small.id }), findings });
      for (let i = 0; i < 4; i++) {
        await completedAudit(app, { ...plan({ supplierId: large.id }), findings });
      }
      // DataLoader batches by tick, so two loads of one loader may or may not merge: allow one.
      const [few, many] = [await measure(small.id), await measure(large.id)];
      expect(many).toBeLessThanOrEqual(few + 1);
    });

    it("refuses a forged cursor", async () => {
      const result = await app.exec(users.auditor.token, AUDITS, { after: "bm9wZQ" });
      expect(errorCodes(result)).toEqual(["BAD_USER_INPUT"]);
    });
  });
});
