import { CorrectiveActionTransition } from "../src/modules/audit/corrective-action-transition.entity";
import { CorrectiveAction } from "../src/modules/audit/corrective-action.entity";
import { AuditEvent } from "../src/modules/audit-trail/audit-event.entity";
import { Role } from "../src/shared/domain/role.enum";
import type { Supplier } from "../src/modules/supplier/supplier.entity";
import {
  EVIDENCE,
  OPS,
  PLAN_INPUT,
  completedAudit,
  defaultChecklist,
  fieldPaths,
  ok,
  recordFinding,
  startedAudit,
  type ChecklistFixture,
} from "./support/audit-fixtures";
import { makeRoles, makeSupplier, makeUser, type TestUser } from "./support/factories";
import { storeDocument } from "./support/documents";
import { createTestApp, errorCodes, type TestApp } from "./support/test-app";

const T0 = new Date("2026-06-01T09:00:00.000Z");
const HISTORY = `query($id: ID!) { finding(id: $id) { id status closedAt overdue
  correctiveAction { id status implementationEvidence { title }
    history { fromStatus toStatus actorRole comment at actor { id } } } } }`;

describe("corrective actions", () => {
  let app: TestApp;
  let home: Supplier;
  let users: Awaited<ReturnType<typeof makeRoles>>;
  let secondAuditor: TestUser;
  let otherSupplierUser: TestUser;
  let checklist: ChecklistFixture;

  beforeAll(async () => {
    app = await createTestApp({ now: T0 });
    home = await makeSupplier(app, { name: "CAP Home" });
    users = await makeRoles(app, home.id);
    secondAuditor = await makeUser(app, Role.AUDITOR);
    const other = await makeSupplier(app, { name: "CAP Other" });
    otherSupplierUser = await makeUser(app, Role.SUPPLIER, { supplierId: other.id });
    checklist = await defaultChecklist(app);
  });
  afterAll(() => app.close());
  beforeEach(() => app.clock.set(T0));

  /** A completed audit of `home` with one MAJOR and one OBSERVATION finding. */
  const findings = async () => {
    const { findingIds } = await completedAudit(app, {
      supplierId: home.id,
      checklist,
      schedulerToken: users.admin.token,
      leadAuditorId: users.auditor.user.id,
      leadToken: users.auditor.token,
      findings: [
        { area: "HEALTH_AND_SAFETY", itemCode: "HS-03", severity: "MAJOR" },
        { area: "ENVIRONMENT", severity: "OBSERVATION" },
      ],
    });
    return { major: findingIds[0], observation: findingIds[1] };
  };
  const propose = (findingId: string, token = users.supplier.token, input = PLAN_INPUT(app)) =>
    app.exec(token, OPS.propose, { findingId, input });
  const later = (minutes: number) =>
    app.clock.set(new Date(app.clock.now().getTime() + minutes * 60_000));

  it("runs propose -> accept -> implement -> not effective -> implement -> verified, closing the finding", async () => {
    const { major } = await findings();
    const plan = ok(await propose(major)).proposeCorrectiveAction;
    expect(plan).toMatchObject({
      status: "PROPOSED",
      owner: "Plant manager",
      version: 1,
      finding: { id: major },
    });
    later(60);
    expect(
      ok(await app.exec(users.auditor.token, OPS.review, { id: plan.id, accept: true }))
        .reviewCorrectiveAction,
    ).toMatchObject({ status: "ACCEPTED", version: 2 });
    later(60);
    const implemented = ok(
      await app.exec(users.supplier.token, OPS.implement, { id: plan.id, evidence: EVIDENCE }),
    ).markCorrectiveActionImplemented;
    expect(implemented).toMatchObject({
      status: "IMPLEMENTED",
      implementationEvidence: [
        { title: "Training records", url: "https://docs.example/training.pdf" },
      ],
    });
    later(60);
    const reopened = ok(
      await app.exec(users.auditor.token, OPS.verify, {
        id: plan.id,
        effective: false,
        comment: "Night shift still untrained",
      }),
    ).verifyCorrectiveAction;
    expect(reopened).toMatchObject({
      status: "ACCEPTED",
      finding: { status: "OPEN", closedAt: null },
    });
    later(60);
    const roster = await storeDocument(
      app,
      users.supplier.token,
      Buffer.from("shift,trained\nnight,yes\n"),
      "night-shift-roster.csv",
    );
    const reimplemented = ok(
      await app.exec(users.supplier.token, OPS.implement, {
        id: plan.id,
        evidence: [{ title: "Night shift roster", documentId: roster.id }],
      }),
    ).markCorrectiveActionImplemented;
    expect(reimplemented.implementationEvidence).toEqual([
      { title: "Night shift roster", url: null },
    ]);
    const [link] = await app.dataSource.query(
      `SELECT kind, subject_id FROM document_attachment WHERE document_id = $1`,
      [roster.id],
    );
    expect(link).toEqual({ kind: "CORRECTIVE_ACTION", subject_id: plan.id });
    later(60);
    const verified = ok(
      await app.exec(users.auditor.token, OPS.verify, { id: plan.id, effective: true }),
    ).verifyCorrectiveAction;
    expect(verified).toMatchObject({
      status: "VERIFIED",
      finding: {
        id: major,
        status: "CLOSED",
        closedAt: app.clock.now().toISOString(),
        overdue: false,
      },
    });

    // Closed findings are never overdue, however late it gets.
    app.clock.set(new Date("2027-06-01T00:00:00.000Z"));
    const read = ok(await app.exec(users.supplier.token, HISTORY, { id: major })).finding;
    expect(read).toMatchObject({ status: "CLOSED", overdue: false });
    expect(read.correctiveAction.implementationEvidence).toEqual([{ title: "Night shift roster" }]);
    expect(
      read.correctiveAction.history.map((h: any) => [
        h.fromStatus,
        h.toStatus,
        h.actorRole,
        h.comment,
      ]),
    ).toEqual([
      [null, "PROPOSED", "SUPPLIER", null],
      ["PROPOSED", "ACCEPTED", "AUDITOR", null],
      ["ACCEPTED", "IMPLEMENTED", "SUPPLIER", null],
      ["IMPLEMENTED", "ACCEPTED", "AUDITOR", "Night shift still untrained"],
      ["ACCEPTED", "IMPLEMENTED", "SUPPLIER", null],
      ["IMPLEMENTED", "VERIFIED", "AUDITOR", null],
    ]);
    expect(read.correctiveAction.history[0].actor).toEqual({ id: users.supplier.user.id });
    expect(read.correctiveAction.history[5]).toMatchObject({
      actor: { id: users.auditor.user.id },
      at: "2026-06-01T14:00:00.000Z",
    });

    const events = await app.dataSource.manager.findBy(AuditEvent, { entityId: plan.id });
    expect(events.map((e) => e.action).sort()).toEqual([
      "corrective_action.accept",
      "corrective_action.implement",
      "corrective_action.implement",
      "corrective_action.propose",
      "corrective_action.reopen",
      "corrective_action.verify",
    ]);
    const closed = await app.dataSource.manager.findBy(AuditEvent, { entityId: major });
    expect(closed.map((e) => e.action)).toContain("finding.closed");
  });

  it("proposes a rejected plan again on the same record, keeping the history", async () => {
    const { major } = await findings();
    const first = ok(await propose(major)).proposeCorrectiveAction;
    const noComment = await app.exec(users.auditor.token, OPS.review, {
      id: first.id,
      accept: false,
    });
    expect(errorCodes(noComment)).toEqual(["BAD_USER_INPUT"]);
    expect(fieldPaths(noComment)).toEqual(["comment"]);
    ok(
      await app.exec(users.auditor.token, OPS.review, {
        id: first.id,
        accept: false,
        comment: "Root cause is a symptom",
      }),
    );
    const again = ok(
      await propose(major, users.supplier.token, {
        ...PLAN_INPUT(app),
        rootCause: "No budget for shift training",
      }),
    ).proposeCorrectiveAction;
    expect(again).toMatchObject({
      id: first.id,
      status: "PROPOSED",
      rootCause: "No budget for shift training",
      version: 3,
    });
    expect(await app.dataSource.manager.countBy(CorrectiveAction, { findingId: major })).toBe(1);
    const steps = await app.dataSource.manager.findBy(CorrectiveActionTransition, {
      correctiveActionId: first.id,
    });
    expect(steps).toHaveLength(3);
    // Same timestamp for all three: the history still reads in lifecycle order.
    const read = ok(await app.exec(users.admin.token, HISTORY, { id: major })).finding;
    expect(read.correctiveAction.history.map((h: any) => h.toStatus)).toEqual([
      "PROPOSED",
      "REJECTED",
      "PROPOSED",
    ]);
  });

  describe("refusals", () => {
    it("refuses a second plan while one is proposed, naming its state", async () => {
      const { major } = await findings();
      ok(await propose(major));
      const second = await propose(major);
      expect(errorCodes(second)).toEqual(["CONFLICT"]);
      expect(second.errors![0].message).toMatch(/PROPOSED/);
    });

    it("refuses a plan for an observation", async () => {
      const { observation } = await findings();
      const result = await propose(observation);
      expect(errorCodes(result)).toEqual(["BAD_USER_INPUT"]);
      expect(fieldPaths(result)).toEqual(["findingId"]);
    });

    it("hides other suppliers' findings and unfinished audits from a supplier", async () => {
      const { major } = await findings();
      expect(errorCodes(await propose(major, otherSupplierUser.token))).toEqual(["NOT_FOUND"]);
      const running = await startedAudit(app, {
        supplierId: home.id,
        checklist,
        schedulerToken: users.admin.token,
        leadAuditorId: users.auditor.user.id,
        leadToken: users.auditor.token,
      });
      const draft = await recordFinding(app, users.auditor.token, running, checklist, {
        area: "ENVIRONMENT",
        severity: "MAJOR",
      });
      expect(errorCodes(await propose(draft))).toEqual(["NOT_FOUND"]);
      const byAdmin = await propose(draft, users.admin.token);
      expect(errorCodes(byAdmin)).toEqual(["CONFLICT"]);
      expect(byAdmin.errors![0].message).toMatch(/IN_PROGRESS/);
    });

    it("refuses staff other than admin proposing, and a target date in the past", async () => {
      const { major } = await findings();
      expect(errorCodes(await propose(major, users.auditor.token))).toEqual(["FORBIDDEN"]);
      expect(errorCodes(await propose(major, users.procurement.token))).toEqual(["FORBIDDEN"]);
      const past = await propose(major, users.supplier.token, {
        ...PLAN_INPUT(app),
        targetDate: "2026-05-31T23:59:59.000Z",
      });
      expect(errorCodes(past)).toEqual(["BAD_USER_INPUT"]);
      expect(fieldPaths(past)).toEqual(["input.targetDate"]);
      const blank = await propose(major, users.supplier.token, { ...PLAN_INPUT(app), owner: " " });
      expect(fieldPaths(blank)).toEqual(["input.owner"]);
      expect(await app.dataSource.manager.countBy(CorrectiveAction, { findingId: major })).toBe(0);
      const byAdmin = ok(await propose(major, users.admin.token)).proposeCorrectiveAction;
      expect(byAdmin.status).toBe("PROPOSED");
    });

    it("lets only the lead auditor (or an admin) review and verify", async () => {
      const { major } = await findings();
      const plan = ok(await propose(major)).proposeCorrectiveAction;
      for (const token of [secondAuditor.token, users.supplier.token, users.procurement.token]) {
        const result = await app.exec(token, OPS.review, { id: plan.id, accept: true });
        expect(errorCodes(result)).toEqual(["FORBIDDEN"]);
      }
      ok(await app.exec(users.admin.token, OPS.review, { id: plan.id, accept: true }));
      ok(await app.exec(users.supplier.token, OPS.implement, { id: plan.id, evidence: EVIDENCE }));
      const wrong = await app.exec(secondAuditor.token, OPS.verify, {
        id: plan.id,
        effective: true,
      });
      expect(errorCodes(wrong)).toEqual(["FORBIDDEN"]);
      const bySupplier = await app.exec(users.supplier.token, OPS.verify, {
        id: plan.id,
        effective: true,
      });
      expect(errorCodes(bySupplier)).toEqual(["FORBIDDEN"]);
      const stored = await app.dataSource.manager.findOneByOrFail(CorrectiveAction, {
        id: plan.id,
      });
      expect(stored.status).toBe("IMPLEMENTED");
    });

    it("refuses steps out of order with CONFLICT naming the state", async () => {
      const { major } = await findings();
      const plan = ok(await propose(major)).proposeCorrectiveAction;
      const early = await app.exec(users.supplier.token, OPS.implement, {
        id: plan.id,
        evidence: EVIDENCE,
      });
      expect(errorCodes(early)).toEqual(["CONFLICT"]);
      expect(early.errors![0].message).toMatch(/PROPOSED/);
      const verifyEarly = await app.exec(users.auditor.token, OPS.verify, {
        id: plan.id,
        effective: true,
      });
      expect(errorCodes(verifyEarly)).toEqual(["CONFLICT"]);
      ok(await app.exec(users.auditor.token, OPS.review, { id: plan.id, accept: true }));
      const reviewAgain = await app.exec(users.auditor.token, OPS.review, {
        id: plan.id,
        accept: true,
      });
      expect(errorCodes(reviewAgain)).toEqual(["CONFLICT"]);
      expect(reviewAgain.errors![0].message).toMatch(/ACCEPTED/);
    });

    it("needs evidence to mark implemented and a comment when not effective", async () => {
      const { major } = await findings();
      const plan = ok(await propose(major)).proposeCorrectiveAction;
      ok(await app.exec(users.auditor.token, OPS.review, { id: plan.id, accept: true }));
      const none = await app.exec(users.supplier.token, OPS.implement, {
        id: plan.id,
        evidence: [],
      });
      expect(errorCodes(none)).toEqual(["BAD_USER_INPUT"]);
      expect(fieldPaths(none)).toEqual(["evidence"]);
      const badUrl = await app.exec(users.supplier.token, OPS.implement, {
        id: plan.id,
        evidence: [{ title: "x", url: "not a url" }],
      });
      expect(errorCodes(badUrl)).toEqual(["BAD_USER_INPUT"]);
      expect(fieldPaths(badUrl)).toEqual(["evidence.0.url"]);
      ok(await app.exec(users.supplier.token, OPS.implement, { id: plan.id, evidence: EVIDENCE }));
      const silent = await app.exec(users.auditor.token, OPS.verify, {
        id: plan.id,
        effective: false,
        comment: "  ",
      });
      expect(errorCodes(silent)).toEqual(["BAD_USER_INPUT"]);
      expect(fieldPaths(silent)).toEqual(["comment"]);
    });

    it("refuses any plan change once verified", async () => {
      const { major } = await findings();
      const plan = ok(await propose(major)).proposeCorrectiveAction;
      ok(await app.exec(users.auditor.token, OPS.review, { id: plan.id, accept: true }));
      ok(await app.exec(users.supplier.token, OPS.implement, { id: plan.id, evidence: EVIDENCE }));
      ok(await app.exec(users.auditor.token, OPS.verify, { id: plan.id, effective: true }));
      for (const result of [
        await propose(major),
        await app.exec(users.auditor.token, OPS.verify, {
          id: plan.id,
          effective: false,
          comment: "x",
        }),
        await app.exec(users.supplier.token, OPS.implement, { id: plan.id, evidence: EVIDENCE }),
      ]) {
        expect(errorCodes(result)).toEqual(["CONFLICT"]);
        expect(result.errors![0].message).toMatch(/VERIFIED/);
      }
    });

    it("answers NOT_FOUND for another supplier's plan", async () => {
      const { major } = await findings();
      const plan = ok(await propose(major)).proposeCorrectiveAction;
      ok(await app.exec(users.auditor.token, OPS.review, { id: plan.id, accept: true }));
      const result = await app.exec(otherSupplierUser.token, OPS.implement, {
        id: plan.id,
        evidence: EVIDENCE,
      });
      expect(errorCodes(result)).toEqual(["NOT_FOUND"]);
    });
  });
});
