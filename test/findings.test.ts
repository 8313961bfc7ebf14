import { Finding } from "../src/modules/audit/finding.entity";
import { ChecklistStatus } from "../src/shared/domain/checklist.enums";
import { Role } from "../src/shared/domain/role.enum";
import type { Supplier } from "../src/modules/supplier/supplier.entity";
import {
  OPS,
  PLAN_INPUT,
  completedAudit,
  copyChecklist,
  defaultChecklist,
  fieldPaths,
  ok,
  recordFinding,
  startedAudit,
  type ChecklistFixture,
  type FindingSpec,
} from "./support/audit-fixtures";
import { makeRoles, makeSupplier, makeUser, type TestUser } from "./support/factories";
import { createTestApp, errorCodes, type TestApp } from "./support/test-app";

const T0 = new Date("2026-06-01T09:00:00.000Z");
const FINDING = `query($id: ID!) { finding(id: $id) { id severity riskScore riskLevel status
  capDueDate dueDate overdue repeat audit { id } item { code } } }`;
const QUEUE = `query($filter: FindingFilter, $first: Int, $after: String) {
  findings(filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { id riskScore dueDate overdue } } } }`;

describe("findings", () => {
  let app: TestApp;
  let home: Supplier;
  let users: Awaited<ReturnType<typeof makeRoles>>;
  let secondAuditor: TestUser;
  let v1: ChecklistFixture;
  let v2: ChecklistFixture;

  beforeAll(async () => {
    app = await createTestApp({ now: T0 });
    home = await makeSupplier(app, { name: "Findings Home" });
    users = await makeRoles(app, home.id);
    secondAuditor = await makeUser(app, Role.AUDITOR);
    v1 = await defaultChecklist(app);
    v2 = await copyChecklist(app, v1, { version: 2, status: ChecklistStatus.PUBLISHED });
  });
  afterAll(() => app.close());
  beforeEach(() => app.clock.set(T0));

  const plan = (supplierId: string, checklist = v1) => ({
    supplierId,
    checklist,
    schedulerToken: users.admin.token,
    leadAuditorId: users.auditor.user.id,
    leadToken: users.auditor.token,
  });
  const finding = (auditId: string, input: Record<string, unknown>, token = users.auditor.token) =>
    app.exec(token, OPS.finding, {
      auditId,
      input: {
        area: "ENVIRONMENT",
        severity: "MINOR",
        likelihood: 2,
        impact: 2,
        description: "x",
        ...input,
      },
    });

  describe("recording", () => {
    let auditId: string;
    beforeAll(async () => {
      app.clock.set(T0);
      auditId = await startedAudit(app, plan(home.id));
    });

    it.each([
      [1, 1, 1, "LOW"],
      [2, 2, 4, "LOW"],
      [1, 5, 5, "MEDIUM"],
      [3, 3, 9, "MEDIUM"],
      [2, 5, 10, "HIGH"],
      [4, 4, 16, "HIGH"],
      [4, 5, 20, "CRITICAL"],
      [5, 5, 25, "CRITICAL"],
    ])("likelihood %i x impact %i -> risk %i %s", async (likelihood, impact, score, level) => {
      const recorded = ok(await finding(auditId, { likelihood, impact })).recordFinding;
      expect(recorded).toMatchObject({
        likelihood,
        impact,
        riskScore: score,
        riskLevel: level,
        status: "OPEN",
        repeat: false,
        capDueDate: null,
        dueDate: null,
        overdue: false,
      });
    });

    it("refuses likelihood and impact outside 1-5 and saves nothing", async () => {
      const before = await app.dataSource.manager.countBy(Finding, { auditId });
      const result = await finding(auditId, { likelihood: 0, impact: 6 });
      expect(errorCodes(result)).toEqual(["BAD_USER_INPUT"]);
      expect(fieldPaths(result).sort()).toEqual(["input.impact", "input.likelihood"]);
      const fractional = await finding(auditId, { likelihood: 2.5 });
      expect(errorCodes(fractional)).toEqual(["BAD_USER_INPUT"]);
      expect(await app.dataSource.manager.countBy(Finding, { auditId })).toBe(before);
    });

    it("links an item of the audit's checklist whose area matches", async () => {
      const linked = ok(
        await finding(auditId, { area: "HEALTH_AND_SAFETY", itemId: v1.item("HS-03").id }),
      ).recordFinding;
      expect(linked.item).toEqual({ code: "HS-03" });

      const mismatch = await finding(auditId, { area: "ENVIRONMENT", itemId: v1.item("HS-03").id });
      expect(errorCodes(mismatch)).toEqual(["BAD_USER_INPUT"]);
      expect(fieldPaths(mismatch)).toEqual(["input.area"]);
      expect(mismatch.errors![0].message).toMatch(/HEALTH_AND_SAFETY/);

      const foreign = await finding(auditId, {
        area: "HEALTH_AND_SAFETY",
        itemId: v2.item("HS-03").id,
      });
      expect(errorCodes(foreign)).toEqual(["BAD_USER_INPUT"]);
      expect(fieldPaths(foreign)).toEqual(["input.itemId"]);
    });

    it("refuses a blank description", async () => {
      const result = await finding(auditId, { description: "   " });
      expect(errorCodes(result)).toEqual(["BAD_USER_INPUT"]);
      expect(fieldPaths(result)).toEqual(["input.description"]);
    });

    it("lets only the lead auditor record, and only while in progress", async () => {
      expect(errorCodes(await finding(auditId, {}, secondAuditor.token))).toEqual(["FORBIDDEN"]);
      expect(errorCodes(await finding(auditId, {}, users.admin.token))).toEqual(["FORBIDDEN"]);
      expect(errorCodes(await finding(auditId, {}, users.supplier.token))).toEqual(["FORBIDDEN"]);
      const planned = ok(
        await app.exec(users.admin.token, OPS.schedule, {
          input: {
            supplierId: home.id,
            checklistId: v1.checklist.id,
            type: "SPECIAL",
            leadAuditorId: users.auditor.user.id,
            plannedDate: T0.toISOString(),
          },
        }),
      ).scheduleAudit.id;
      const result = await finding(planned, {});
      expect(errorCodes(result)).toEqual(["CONFLICT"]);
      expect(result.errors![0].message).toMatch(/PLANNED/);
    });
  });

  describe("deadlines and overdue", () => {
    let ids: Record<string, string>;

    beforeAll(async () => {
      app.clock.set(T0);
      const supplier = await makeSupplier(app);
      const specs: FindingSpec[] = [
        { area: "CHILD_AND_FORCED_LABOUR", itemCode: "CFL-04", severity: "ZERO_TOLERANCE" },
        { area: "HEALTH_AND_SAFETY", severity: "MAJOR" },
        { area: "ENVIRONMENT", severity: "MINOR" },
        { area: "BUSINESS_ETHICS", severity: "OBSERVATION" },
      ];
      const { findingIds } = await completedAudit(app, {
        ...plan(supplier.id),
        overrides: { "CFL-04": "NONCONFORMS" },
        findings: specs,
      });
      ids = Object.fromEntries(specs.map((s, i) => [s.severity, findingIds[i]]));
    });

    it.each([
      ["ZERO_TOLERANCE", "2026-06-08T09:00:00.000Z", "2026-07-01T09:00:00.000Z"],
      ["MAJOR", "2026-06-15T09:00:00.000Z", "2026-08-30T09:00:00.000Z"],
      ["MINOR", "2026-06-15T09:00:00.000Z", "2026-11-28T09:00:00.000Z"],
      ["OBSERVATION", null, null],
    ])("%s: CAP due %s, closure due %s after completion", async (severity, cap, due) => {
      const read = ok(
        await app.exec(users.procurement.token, FINDING, { id: ids[severity] }),
      ).finding;
      expect(read).toMatchObject({ severity, capDueDate: cap, dueDate: due, overdue: false });
    });

    it("turns overdue the day after the due date, not on it", async () => {
      const read = async () =>
        ok(await app.exec(users.auditor.token, FINDING, { id: ids.MAJOR })).finding.overdue;
      app.clock.set(new Date("2026-08-30T23:59:59.999Z"));
      expect(await read()).toBe(false);
      app.clock.set(new Date("2026-08-31T00:00:00.000Z"));
      expect(await read()).toBe(true);
      app.clock.advanceDays(200);
      const observation = ok(await app.exec(users.auditor.token, FINDING, { id: ids.OBSERVATION }));
      expect(observation.finding.overdue).toBe(false);
    });
  });

  describe("repeat findings", () => {
    it("flags the same item code across checklist versions, and same area+severity without an item", async () => {
      const supplier = await makeSupplier(app);
      app.clock.set(new Date("2026-01-10T09:00:00.000Z"));
      await completedAudit(app, {
        ...plan(supplier.id, v1),
        findings: [
          { area: "HEALTH_AND_SAFETY", itemCode: "HS-03", severity: "MAJOR" },
          { area: "ENVIRONMENT", severity: "MINOR" },
          { area: "WORKING_HOURS", severity: "MAJOR" },
        ],
      });
      app.clock.set(new Date("2026-03-10T09:00:00.000Z"));
      const second = await completedAudit(app, {
        ...plan(supplier.id, v2),
        findings: [
          { area: "HEALTH_AND_SAFETY", itemCode: "HS-03", severity: "MINOR" },
          { area: "HEALTH_AND_SAFETY", itemCode: "HS-04", severity: "MAJOR" },
          { area: "ENVIRONMENT", severity: "MINOR" },
          { area: "WORKING_HOURS", severity: "MINOR" },
          { area: "ENVIRONMENT", itemCode: "ENV-02", severity: "MINOR" },
        ],
      });
      const flags = async (ids: string[]) =>
        Promise.all(
          ids.map(
            async (id) => ok(await app.exec(users.auditor.token, FINDING, { id })).finding.repeat,
          ),
        );
      expect(await flags(second.findingIds)).toEqual([true, false, true, false, false]);

      // Only the previous completed audit counts: WORKING_HOURS/MAJOR was two audits ago.
      app.clock.set(new Date("2026-05-10T09:00:00.000Z"));
      const third = await completedAudit(app, {
        ...plan(supplier.id, v1),
        findings: [
          { area: "WORKING_HOURS", severity: "MAJOR" },
          { area: "HEALTH_AND_SAFETY", itemCode: "HS-04", severity: "MINOR" },
        ],
      });
      expect(await flags(third.findingIds)).toEqual([false, true]);

      // Another supplier's history never makes a repeat.
      const newcomer = await makeSupplier(app);
      const first = await completedAudit(app, {
        ...plan(newcomer.id, v1),
        findings: [{ area: "HEALTH_AND_SAFETY", itemCode: "HS-04", severity: "MINOR" }],
      });
      expect(await flags(first.findingIds)).toEqual([false]);
    });
  });

  describe("finding(id) visibility", () => {
    it("shows a supplier its own findings of completed audits only", async () => {
      const done = await completedAudit(app, {
        ...plan(home.id),
        findings: [{ area: "ENVIRONMENT", severity: "MINOR" }],
      });
      const running = await startedAudit(app, plan(home.id));
      const draft = await recordFinding(app, users.auditor.token, running, v1, {
        area: "ENVIRONMENT",
        severity: "MAJOR",
      });
      const other = await makeSupplier(app);
      const foreign = await completedAudit(app, {
        ...plan(other.id),
        findings: [{ area: "ENVIRONMENT", severity: "MINOR" }],
      });

      const own = ok(await app.exec(users.supplier.token, FINDING, { id: done.findingIds[0] }));
      expect(own.finding.audit).toEqual({ id: done.auditId });
      for (const id of [draft, foreign.findingIds[0], "00000000-0000-4000-8000-000000000000"]) {
        const result = await app.exec(users.supplier.token, FINDING, { id });
        expect(errorCodes(result)).toEqual(["NOT_FOUND"]);
      }
      const staff = ok(await app.exec(users.procurement.token, FINDING, { id: draft }));
      expect(staff.finding.id).toBe(draft);
    });
  });

  describe("work queue", () => {
    let supplier: Supplier;
    let supplierUser: TestUser;
    const ids: Record<string, string> = {};

    beforeAll(async () => {
      app.clock.set(T0);
      supplier = await makeSupplier(app, { name: "Queue Co" });
      supplierUser = await makeUser(app, Role.SUPPLIER, { supplierId: supplier.id });
      const specs: [string, FindingSpec][] = [
        ["minorLow", { area: "ENVIRONMENT", severity: "MINOR", likelihood: 1, impact: 3 }],
        ["major16", { area: "HEALTH_AND_SAFETY", severity: "MAJOR", likelihood: 4, impact: 4 }],
        [
          "observation",
          { area: "BUSINESS_ETHICS", severity: "OBSERVATION", likelihood: 2, impact: 2 },
        ],
        ["minor16", { area: "WORKING_HOURS", severity: "MINOR", likelihood: 4, impact: 4 }],
        [
          "zeroTolerance",
          {
            area: "CHILD_AND_FORCED_LABOUR",
            itemCode: "CFL-04",
            severity: "ZERO_TOLERANCE",
            likelihood: 5,
            impact: 5,
          },
        ],
      ];
      const { findingIds } = await completedAudit(app, {
        ...plan(supplier.id),
        overrides: { "CFL-04": "NONCONFORMS" },
        findings: specs.map(([, spec]) => spec),
      });
      specs.forEach(([key], i) => (ids[key] = findingIds[i]));
      // A finding of an audit still in progress is a draft, not work yet.
      const running = await startedAudit(app, plan(supplier.id));
      ids.draft = await recordFinding(app, users.auditor.token, running, v1, {
        area: "ENVIRONMENT",
        severity: "MAJOR",
        likelihood: 5,
        impact: 5,
      });
    });

    const queue = async (filter: Record<string, unknown> = {}, first = 100, after?: string) =>
      ok(
        await app.exec(users.procurement.token, QUEUE, {
          filter: { supplierId: supplier.id, ...filter },
          first,
          after,
        }),
      ).findings;
    const keys = (page: any) =>
      page.edges.map((e: any) => Object.keys(ids).find((k) => ids[k] === e.node.id));

    it("sorts by risk score desc, then due date asc, and walks pages with cursors", async () => {
      const expected = ["zeroTolerance", "major16", "minor16", "observation", "minorLow"];
      expect(keys(await queue())).toEqual(expected);
      const seen: string[] = [];
      let after: string | undefined;
      for (;;) {
        const page = await queue({}, 2, after);
        expect(page.totalCount).toBe(5);
        seen.push(...keys(page));
        if (!page.pageInfo.hasNextPage) break;
        after = page.pageInfo.endCursor;
      }
      expect(seen).toEqual(expected);
    });

    it("filters by severity and status", async () => {
      expect(keys(await queue({ severity: "MINOR" }))).toEqual(["minor16", "minorLow"]);
      expect((await queue({ status: "OPEN" })).totalCount).toBe(5);
      expect((await queue({ status: "CLOSED" })).totalCount).toBe(0);
    });

    it("lists findings awaiting a corrective action: none yet, or rejected", async () => {
      const awaiting = ["zeroTolerance", "major16", "minor16", "minorLow"];
      expect(keys(await queue({ awaitingCorrectiveAction: true }))).toEqual(awaiting);
      const proposed = ok(
        await app.exec(supplierUser.token, OPS.propose, {
          findingId: ids.major16,
          input: PLAN_INPUT(app),
        }),
      ).proposeCorrectiveAction;
      expect(keys(await queue({ awaitingCorrectiveAction: true }))).toEqual(
        awaiting.filter((k) => k !== "major16"),
      );
      expect(keys(await queue({ awaitingCorrectiveAction: false }))).toEqual([
        "major16",
        "observation",
      ]);
      ok(
        await app.exec(users.auditor.token, OPS.review, {
          id: proposed.id,
          accept: false,
          comment: "Root cause too vague",
        }),
      );
      expect(keys(await queue({ awaitingCorrectiveAction: true }))).toEqual(awaiting);
    });

    it("lists overdue findings by the moved clock", async () => {
      expect((await queue({ overdue: true })).totalCount).toBe(0);
      app.clock.set(new Date("2026-07-02T00:00:00.000Z")); // zero tolerance was due 2026-07-01
      expect(keys(await queue({ overdue: true }))).toEqual(["zeroTolerance"]);
      // Later on its due day (past the due instant) a finding is not overdue yet.
      app.clock.set(new Date("2026-08-30T23:00:00.000Z"));
      expect(keys(await queue({ overdue: true }))).toEqual(["zeroTolerance"]);
      app.clock.set(new Date("2026-08-31T00:00:00.000Z")); // major due 2026-08-30
      const overdue = await queue({ overdue: true });
      expect(keys(overdue)).toEqual(["zeroTolerance", "major16"]);
      expect(overdue.edges.every((e: any) => e.node.overdue)).toBe(true);
      expect(keys(await queue({ overdue: false }))).toEqual(["minor16", "observation", "minorLow"]);
    });

    it("is for staff only", async () => {
      const result = await app.exec(supplierUser.token, QUEUE, {});
      expect(errorCodes(result)).toEqual(["FORBIDDEN"]);
    });
  });
});
