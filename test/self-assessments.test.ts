import { PostgresQueryRunner } from "typeorm/driver/postgres/PostgresQueryRunner";
import { Tx } from "../src/database/transaction";
import { seedSelfAssessmentDemo } from "../src/demo/demo-self-assessments";
import { AuditEvent } from "../src/modules/audit-trail/audit-event.entity";
import { ESG_AREAS } from "../src/shared/domain/esg-area.enum";
import { Role } from "../src/shared/domain/role.enum";
import * as standingHook from "../src/modules/procurement/standing.hook";
import { Answer } from "../src/modules/self-assessment/answer.entity";
import { SelfAssessment } from "../src/modules/self-assessment/self-assessment.entity";
import { makeRoles, makeSupplier, makeUser, type TestUser } from "./support/factories";
import {
  answeredSelfAssessment,
  compliantAnswer,
  CREATE_CHECKLIST,
  defaultChecklist,
  EVIDENCE,
  publishedChecklist,
  READ,
  RETURN,
  REVIEW,
  SAVE,
  smallChecklistInput,
  START,
  SUBMIT,
  type ItemRow,
} from "./support/self-assessments";
import { createTestApp, errorCodes, type GraphQLResult, type TestApp } from "./support/test-app";

type Checklist = { id: string; items: ItemRow[] };

const fieldsOf = (result: GraphQLResult) =>
  (result.errors?.[0]?.extensions?.fields ?? []) as { path: string; message: string }[];

describe("self-assessments", () => {
  let app: TestApp;
  let admin: TestUser;
  let auditor: TestUser;
  let procurement: TestUser;
  let supplier: TestUser;
  let otherSupplierUser: TestUser;
  let supplierId: string;
  let otherSupplierId: string;
  let defaults: Checklist;

  beforeAll(async () => {
    app = await createTestApp();
    supplierId = (await makeSupplier(app, { name: "SAQ Home Supplier" })).id;
    otherSupplierId = (await makeSupplier(app, { name: "SAQ Other Supplier" })).id;
    ({ admin, auditor, procurement, supplier } = await makeRoles(app, supplierId));
    otherSupplierUser = await makeUser(app, Role.SUPPLIER, { supplierId: otherSupplierId });
    defaults = await defaultChecklist(app);
  });
  afterAll(() => app.close());

  /** A fresh published checklist, so each test may hold its own open SAQ. */
  const small = () => publishedChecklist(app, admin.token);
  const start = async (checklist: Checklist, token = supplier.token) => {
    const result = await app.exec(token, START, { supplierId, checklistId: checklist.id });
    expect(result.errors).toBeUndefined();
    return result.data!.startSelfAssessment as { id: string; version: number };
  };
  const item = (checklist: Checklist, code: string) =>
    checklist.items.find((i) => i.code === code)!;

  describe("startSelfAssessment", () => {
    it("starts an empty DRAFT on a published checklist, and records it", async () => {
      const checklist = await small();
      const result = await app.exec(supplier.token, START, {
        supplierId,
        checklistId: checklist.id,
      });
      expect(result.errors).toBeUndefined();
      const saq = result.data!.startSelfAssessment;
      expect(saq).toMatchObject({
        status: "DRAFT",
        version: 1,
        completion: 0,
        submittedAt: null,
        supplier: { id: supplierId },
        checklist: { id: checklist.id, version: 1 },
        answers: [],
        areaScores: [],
      });
      const events = await app.dataSource.manager.findBy(AuditEvent, { entityId: saq.id });
      expect(events).toMatchObject([
        { action: "self_assessment.started", actorId: supplier.user.id, role: "SUPPLIER" },
      ]);
    });

    it("allows one open self-assessment per supplier and checklist", async () => {
      const checklist = await small();
      const first = await start(checklist);
      const second = await app.exec(supplier.token, START, {
        supplierId,
        checklistId: checklist.id,
      });
      expect(errorCodes(second)).toEqual(["CONFLICT"]);
      // Plain words, and the open draft's id for the portal's link (no ids in the message).
      expect(second.errors![0].message).toBe(
        "You already have a self-assessment in progress for this checklist",
      );
      expect(second.errors![0].extensions).toMatchObject({
        code: "CONFLICT",
        reason: "INVALID_TRANSITION",
        openSelfAssessmentId: first.id,
      });
      // Another supplier is not affected by this supplier's open SAQ.
      const other = await app.exec(admin.token, START, {
        supplierId: otherSupplierId,
        checklistId: checklist.id,
      });
      expect(other.errors).toBeUndefined();
    });

    it("lets only one of several concurrent starts through", async () => {
      const checklist = await small();
      const results = await Promise.all(
        Array.from({ length: 5 }, () =>
          app.exec(supplier.token, START, { supplierId, checklistId: checklist.id }),
        ),
      );
      expect(results.filter((r) => !r.errors)).toHaveLength(1);
      expect(results.flatMap(errorCodes)).toEqual(Array(4).fill("CONFLICT"));
    });

    it("refuses a checklist that is not published", async () => {
      const { data } = await app.exec(admin.token, CREATE_CHECKLIST, {
        input: smallChecklistInput(),
      });
      const result = await app.exec(supplier.token, START, {
        supplierId,
        checklistId: data!.createChecklist.id,
      });
      expect(errorCodes(result)).toEqual(["CONFLICT"]);
      expect(result.errors![0].message).toMatch(
        /is a draft: only a published checklist can be answered/,
      );
      expect(
        await app.dataSource.manager.countBy(SelfAssessment, {
          supplierId,
          checklistId: data!.createChecklist.id,
        }),
      ).toBe(0);
    });

    it("answers NOT_FOUND for another supplier or an unknown checklist, FORBIDDEN for staff roles other than ADMIN", async () => {
      const checklist = await small();
      const foreign = await app.exec(supplier.token, START, {
        supplierId: otherSupplierId,
        checklistId: checklist.id,
      });
      expect(errorCodes(foreign)).toEqual(["NOT_FOUND"]);
      const unknown = await app.exec(supplier.token, START, {
        supplierId,
        checklistId: "5b0a6c1e-8d8e-4f57-9a54-3f1f1b9c0000",
      });
      expect(errorCodes(unknown)).toEqual(["NOT_FOUND"]);
      for (const user of [auditor, procurement]) {
        const result = await app.exec(user.token, START, { supplierId, checklistId: checklist.id });
        expect(errorCodes(result)).toEqual(["FORBIDDEN"]);
      }
      const byAdmin = await app.exec(admin.token, START, { supplierId, checklistId: checklist.id });
      expect(byAdmin.errors).toBeUndefined();
    });

    it("refuses an archived supplier", async () => {
      const archived = await makeSupplier(app, { archived: true });
      const checklist = await small();
      const result = await app.exec(admin.token, START, {
        supplierId: archived.id,
        checklistId: checklist.id,
      });
      expect(errorCodes(result)).toEqual(["CONFLICT"]);
      expect(result.errors![0].message).toMatch(/archived/);
    });
  });

  describe("saveAnswers", () => {
    it("upserts a subset, bumps the version and reports completion", async () => {
      const saq = await start(defaults);
      const first = await app.exec(supplier.token, SAVE, {
        id: saq.id,
        answers: [
          {
            itemId: item(defaults, "ND-03").id,
            text: "  Anonymous hotline  ",
            comment: "Since 2020",
          },
          { itemId: item(defaults, "MS-02").id, scale: 3 },
          { itemId: item(defaults, "MS-01").id, choice: "YES", evidence: EVIDENCE },
          { itemId: item(defaults, "WB-04").id, number: 97.5 },
        ],
      });
      expect(first.errors).toBeUndefined();
      const saved = first.data!.saveAnswers;
      expect(saved).toMatchObject({ version: 2, completion: 4 / defaults.items.length });
      // Answers come back in checklist order, with the value that fits the item only.
      expect(saved.answers.map((a: { item: { code: string } }) => a.item.code)).toEqual([
        "MS-01",
        "MS-02",
        "ND-03",
        "WB-04",
      ]);
      expect(saved.answers[2]).toMatchObject({
        text: "Anonymous hotline",
        choice: null,
        scale: null,
        number: null,
        comment: "Since 2020",
      });
      expect(saved.answers[0].evidence).toEqual([
        { ...EVIDENCE[0], documentId: null, sha256: null },
      ]);

      // Saving an item again replaces its value; omitted comment and evidence are kept,
      // an explicit null clears them.
      const second = await app.exec(supplier.token, SAVE, {
        id: saq.id,
        answers: [
          { itemId: item(defaults, "MS-01").id, choice: "NO" },
          { itemId: item(defaults, "ND-03").id, text: "Works council", comment: null },
        ],
      });
      expect(second.errors).toBeUndefined();
      const again = second.data!.saveAnswers;
      expect(again).toMatchObject({ version: 3, completion: 4 / defaults.items.length });
      expect(again.answers[0]).toMatchObject({
        choice: "NO",
        evidence: [EVIDENCE[0]].map((e) => ({ ...e, documentId: null, sha256: null })),
      });
      expect(again.answers[2]).toMatchObject({ text: "Works council", comment: null });
      expect(await app.dataSource.manager.countBy(Answer, { selfAssessmentId: saq.id })).toBe(4);

      const events = await app.dataSource.manager.findBy(AuditEvent, {
        entityId: saq.id,
        action: "self_assessment.answers_saved",
      });
      expect(events).toHaveLength(2);
      expect(events.find((e) => (e.changes as any).version.after === 3)!.changes).toMatchObject({
        version: { before: 2, after: 3 },
        "answer.MS-01": { before: { choice: "YES" }, after: { choice: "NO" } },
      });
    });

    it("refuses a batch with any invalid answer with every path, and saves nothing", async () => {
      const checklist = await small();
      const saq = await start(checklist);
      await app.exec(supplier.token, SAVE, {
        id: saq.id,
        answers: [{ itemId: item(checklist, "ENV-02").id, scale: 1 }],
      });
      const result = await app.exec(supplier.token, SAVE, {
        id: saq.id,
        answers: [
          { itemId: item(checklist, "ENV-02").id, scale: 4 },
          { itemId: item(checklist, "ENV-01").id, choice: "YES", scale: 2 },
          { itemId: item(checklist, "ENV-03").id, text: "forty" },
          { itemId: item(checklist, "BE-02").id, text: "   " },
          { itemId: item(defaults, "MS-01").id, choice: "YES" },
          { itemId: item(checklist, "BE-01").id },
        ],
      });
      expect(errorCodes(result)).toEqual(["BAD_USER_INPUT"]);
      expect(fieldsOf(result)).toEqual([
        { path: "answers.1.scale", message: "must be absent for a YES_NO item" },
        { path: "answers.2.text", message: "must be absent for a NUMBER item" },
        { path: "answers.2.number", message: "is required for a NUMBER item" },
        { path: "answers.3.text", message: "must not be empty" },
        { path: "answers.4.itemId", message: "is not an item of this checklist" },
        { path: "answers.5.choice", message: "is required for a YES_NO item" },
      ]);
      const stored = await app.dataSource.manager.findBy(Answer, { selfAssessmentId: saq.id });
      expect(stored.map((a) => a.scale)).toEqual([1]);
      const row = await app.dataSource.manager.findOneByOrFail(SelfAssessment, { id: saq.id });
      expect(row.version).toBe(2);
    });

    it.each([
      ["scale 5", "ENV-02", { scale: 5 }, "answers.0.scale"],
      ["scale -1", "ENV-02", { scale: -1 }, "answers.0.scale"],
      ["text over 10000 characters", "BE-02", { text: "x".repeat(10001) }, "answers.0.text"],
      [
        "evidence without URL or document",
        "ENV-01",
        { choice: "YES", evidence: [{ title: "Permit" }] },
        "answers.0.evidence.0.url",
      ],
      [
        "a malformed SHA-256",
        "ENV-01",
        { choice: "YES", evidence: [{ title: "Permit", documentId: "DMS-1", sha256: "abc" }] },
        "answers.0.evidence.0.sha256",
      ],
      [
        "a comment over 2000 characters",
        "ENV-01",
        { choice: "NO", comment: "c".repeat(2001) },
        "answers.0.comment",
      ],
    ])("refuses %s", async (_name, code, value, path) => {
      const checklist = await small();
      const saq = await start(checklist);
      const result = await app.exec(supplier.token, SAVE, {
        id: saq.id,
        answers: [{ itemId: item(checklist, code).id, ...value }],
      });
      expect(errorCodes(result)).toEqual(["BAD_USER_INPUT"]);
      expect(fieldsOf(result).map((f) => f.path)).toContain(path);
      expect(await app.dataSource.manager.countBy(Answer, { selfAssessmentId: saq.id })).toBe(0);
    });

    it("refuses a stale expectedVersion without changing anything", async () => {
      const checklist = await small();
      const saq = await start(checklist);
      const ok = await app.exec(supplier.token, SAVE, {
        id: saq.id,
        v: 1,
        answers: [{ itemId: item(checklist, "ENV-02").id, scale: 2 }],
      });
      expect(ok.data!.saveAnswers.version).toBe(2);
      // A second tab still holding version 1.
      const stale = await app.exec(supplier.token, SAVE, {
        id: saq.id,
        v: 1,
        answers: [{ itemId: item(checklist, "ENV-02").id, scale: 0 }],
      });
      expect(errorCodes(stale)).toEqual(["CONFLICT"]);
      expect(stale.errors![0].message).toMatch(/version 1.*now 2/);
      const stored = await app.dataSource.manager.findBy(Answer, { selfAssessmentId: saq.id });
      expect(stored.map((a) => a.scale)).toEqual([2]);
    });

    it("lets exactly one of several concurrent saves of the same version win", async () => {
      const checklist = await small();
      const saq = await start(checklist);
      const results = await Promise.all(
        [0, 1, 2, 3, 4].map((scale) =>
          app.exec(supplier.token, SAVE, {
            id: saq.id,
            v: 1,
            answers: [{ itemId: item(checklist, "ENV-02").id, scale }],
          }),
        ),
      );
      const winners = results.filter((r) => !r.errors);
      expect(winners).toHaveLength(1);
      expect(results.flatMap(errorCodes)).toEqual(Array(4).fill("CONFLICT"));
      const stored = await app.dataSource.manager.findBy(Answer, { selfAssessmentId: saq.id });
      expect(stored[0].scale).toBe(winners[0].data!.saveAnswers.answers[0].scale);
    });

    it("serialises concurrent saves without expectedVersion: every save bumps the version", async () => {
      const checklist = await small();
      const saq = await start(checklist);
      const results = await Promise.all(
        checklist.items.map((i) =>
          app.exec(supplier.token, SAVE, { id: saq.id, answers: [compliantAnswer(i)] }),
        ),
      );
      expect(results.flatMap(errorCodes)).toEqual([]);
      const row = await app.dataSource.manager.findOneByOrFail(SelfAssessment, { id: saq.id });
      expect(row.version).toBe(1 + checklist.items.length);
      expect(await app.dataSource.manager.countBy(Answer, { selfAssessmentId: saq.id })).toBe(5);
    });

    it("refuses an empty batch", async () => {
      const saq = await start(await small());
      const result = await app.exec(supplier.token, SAVE, { id: saq.id, answers: [] });
      expect(errorCodes(result)).toEqual(["BAD_USER_INPUT"]);
      expect(fieldsOf(result)[0].path).toBe("answers");
    });
  });

  describe("submit, return and review", () => {
    it("refuses an incomplete submission listing every unanswered item and every missing evidence", async () => {
      // A supplier of its own: the default checklist allows one open SAQ per supplier.
      const own = await makeSupplier(app);
      const user = await makeUser(app, Role.SUPPLIER, { supplierId: own.id });
      const started = await app.exec(user.token, START, {
        supplierId: own.id,
        checklistId: defaults.id,
      });
      const saq = started.data!.startSelfAssessment;
      const answered = ["MS-01", "MS-02", "CFL-01", "WB-01", "HS-06"];
      await app.exec(user.token, SAVE, {
        id: saq.id,
        answers: answered.map((code) => {
          const { evidence: _none, ...answer } = compliantAnswer(item(defaults, code));
          return answer;
        }),
      });
      const result = await app.exec(user.token, SUBMIT, { id: saq.id });
      expect(errorCodes(result)).toEqual(["BAD_USER_INPUT"]);
      const expected = defaults.items.flatMap((i) =>
        !answered.includes(i.code)
          ? [{ path: `items.${i.code}`, message: "is not answered" }]
          : i.evidenceRequired
            ? [{ path: `items.${i.code}`, message: "needs evidence" }]
            : [],
      );
      expect(fieldsOf(result)).toEqual(expected);
      expect(expected).toContainEqual({ path: "items.MS-01", message: "needs evidence" });
      expect(expected).toContainEqual({ path: "items.WB-01", message: "needs evidence" });
      expect(expected.filter((f) => f.message === "is not answered")).toHaveLength(
        defaults.items.length - answered.length,
      );
      const row = await app.dataSource.manager.findOneByOrFail(SelfAssessment, { id: saq.id });
      expect(row).toMatchObject({ status: "DRAFT", submittedAt: null, version: 2 });
    });

    it("runs the whole lifecycle: submit, return with a reason, edit, resubmit, review", async () => {
      const checklist = await small();
      const id = await answeredSelfAssessment(app, supplier.token, supplierId, checklist);

      const submitted = await app.exec(supplier.token, SUBMIT, { id });
      expect(submitted.errors).toBeUndefined();
      expect(submitted.data!.submitSelfAssessment).toMatchObject({
        status: "SUBMITTED",
        completion: 1,
      });
      expect(new Date(submitted.data!.submitSelfAssessment.submittedAt)).toEqual(app.clock.now());

      // After submission the supplier cannot change it.
      const edit = await app.exec(supplier.token, SAVE, {
        id,
        answers: [{ itemId: item(checklist, "ENV-02").id, scale: 0 }],
      });
      expect(errorCodes(edit)).toEqual(["CONFLICT"]);
      expect(edit.errors![0].message).toMatch(/is SUBMITTED/);
      expect(errorCodes(await app.exec(supplier.token, SUBMIT, { id }))).toEqual(["CONFLICT"]);
      expect(errorCodes(await app.exec(supplier.token, RETURN, { id, reason: "x" }))).toEqual([
        "FORBIDDEN",
      ]);
      expect(errorCodes(await app.exec(procurement.token, REVIEW, { id }))).toEqual(["FORBIDDEN"]);

      const blank = await app.exec(auditor.token, RETURN, { id, reason: "   " });
      expect(errorCodes(blank)).toEqual(["BAD_USER_INPUT"]);
      expect(fieldsOf(blank)[0].path).toBe("reason");
      const long = await app.exec(auditor.token, RETURN, { id, reason: "r".repeat(2001) });
      expect(errorCodes(long)).toEqual(["BAD_USER_INPUT"]);

      const returned = await app.exec(auditor.token, RETURN, {
        id,
        reason: " Please attach the permit itself ",
      });
      expect(returned.errors).toBeUndefined();
      expect(returned.data!.returnSelfAssessment).toMatchObject({
        status: "RETURNED",
        returnReason: "Please attach the permit itself",
      });
      // A returned SAQ is open again: no second one on the same checklist.
      const another = await app.exec(supplier.token, START, {
        supplierId,
        checklistId: checklist.id,
      });
      expect(errorCodes(another)).toEqual(["CONFLICT"]);

      const fixed = await app.exec(supplier.token, SAVE, {
        id,
        answers: [{ itemId: item(checklist, "ENV-02").id, scale: 2 }],
      });
      expect(fixed.errors).toBeUndefined();
      expect(fixed.data!.saveAnswers.status).toBe("RETURNED");
      const resubmitted = await app.exec(supplier.token, SUBMIT, { id });
      expect(resubmitted.data!.submitSelfAssessment.status).toBe("SUBMITTED");

      const reviewed = await app.exec(auditor.token, REVIEW, { id });
      expect(reviewed.errors).toBeUndefined();
      expect(reviewed.data!.reviewSelfAssessment.status).toBe("REVIEWED");
      const late = await app.exec(admin.token, RETURN, { id, reason: "Too late" });
      expect(errorCodes(late)).toEqual(["CONFLICT"]);
      expect(late.errors![0].message).toMatch(/is REVIEWED/);
      expect(
        errorCodes(
          await app.exec(supplier.token, SAVE, {
            id,
            answers: [{ itemId: item(checklist, "ENV-02").id, scale: 4 }],
          }),
        ),
      ).toEqual(["CONFLICT"]);

      const events = await app.dataSource.manager.find(AuditEvent, {
        where: { entityId: id },
        order: { seq: "ASC" },
      });
      expect(events.map((e) => [e.action, e.role])).toEqual([
        ["self_assessment.started", "SUPPLIER"],
        ["self_assessment.answers_saved", "SUPPLIER"],
        ["self_assessment.submitted", "SUPPLIER"],
        ["self_assessment.returned", "AUDITOR"],
        ["self_assessment.answers_saved", "SUPPLIER"],
        ["self_assessment.submitted", "SUPPLIER"],
        ["self_assessment.reviewed", "AUDITOR"],
      ]);
      expect(events[3].changes).toMatchObject({
        status: { before: "SUBMITTED", after: "RETURNED" },
        returnReason: { before: null, after: "Please attach the permit itself" },
      });
      // Once submitted, the supplier may start the next one.
      expect(
        (await app.exec(supplier.token, START, { supplierId, checklistId: checklist.id })).errors,
      ).toBeUndefined();
    });

    it("refuses to return or review a draft", async () => {
      const saq = await start(await small());
      const review = await app.exec(auditor.token, REVIEW, { id: saq.id });
      expect(errorCodes(review)).toEqual(["CONFLICT"]);
      expect(review.errors![0].message).toMatch(/is DRAFT/);
      const ret = await app.exec(admin.token, RETURN, { id: saq.id, reason: "Not yet" });
      expect(errorCodes(ret)).toEqual(["CONFLICT"]);
    });

    it("calls the scoring hook in the transaction of submit and review, and not on saves", async () => {
      const calls: { cause: string; supplierId: string; inTransaction: boolean }[] = [];
      const spy = jest
        .spyOn(standingHook, "supplierEvidenceChanged")
        .mockImplementation(async (tx: Tx, id, cause) => {
          expect(tx).toBeInstanceOf(Tx);
          calls.push({
            cause,
            supplierId: id,
            inTransaction: tx.manager.queryRunner?.isTransactionActive === true,
          });
        });
      try {
        const checklist = await small();
        const id = await answeredSelfAssessment(app, supplier.token, supplierId, checklist, {
          submit: true,
        });
        await app.exec(auditor.token, REVIEW, { id });
        expect(calls).toEqual([
          { cause: "SELF_ASSESSMENT_SUBMITTED", supplierId, inTransaction: true },
          { cause: "SELF_ASSESSMENT_REVIEWED", supplierId, inTransaction: true },
        ]);
      } finally {
        spy.mockRestore();
      }
    });

    it("rolls the submission back when the scoring hook fails", async () => {
      const spy = jest
        .spyOn(standingHook, "supplierEvidenceChanged")
        .mockRejectedValue(new Error("scoring failed"));
      try {
        const checklist = await small();
        const id = await answeredSelfAssessment(app, supplier.token, supplierId, checklist);
        const result = await app.exec(supplier.token, SUBMIT, { id });
        expect(errorCodes(result)).toEqual(["INTERNAL_SERVER_ERROR"]);
        const row = await app.dataSource.manager.findOneByOrFail(SelfAssessment, { id });
        expect(row).toMatchObject({ status: "DRAFT", submittedAt: null, version: 2 });
        const submittedEvents = await app.dataSource.manager.countBy(AuditEvent, {
          entityId: id,
          action: "self_assessment.submitted",
        });
        expect(submittedEvents).toBe(0);
      } finally {
        spy.mockRestore();
      }
    });
  });

  describe("area scores", () => {
    it("scores an all-compliant SAQ 100 in every area of the default checklist", async () => {
      const id = await answeredSelfAssessment(app, admin.token, otherSupplierId, defaults);
      const result = await app.exec(auditor.token, READ, { id });
      expect(result.data!.selfAssessment.completion).toBe(1);
      expect(result.data!.selfAssessment.areaScores).toEqual(
        ESG_AREAS.map((area) => ({ area, score: 100, source: "SELF_ASSESSMENT" })),
      );
    });

    it("weights answers, counts SCALE as partial and leaves N/A and unscored areas out", async () => {
      const checklist = await small();
      const saq = await start(checklist);
      const save = (answers: object[]) => app.exec(supplier.token, SAVE, { id: saq.id, answers });
      const first = await save([
        { itemId: item(checklist, "ENV-01").id, choice: "YES" },
        { itemId: item(checklist, "ENV-02").id, scale: 2 },
        { itemId: item(checklist, "ENV-03").id, number: 10 },
        { itemId: item(checklist, "BE-01").id, choice: "NOT_APPLICABLE" },
        { itemId: item(checklist, "BE-02").id, text: "Hotline" },
      ]);
      // ENV: (3 x 1 + 1 x 0.5) / 4 = 87.5; BE has only N/A and TEXT: no score.
      expect(first.data!.saveAnswers.areaScores).toEqual([
        { area: "ENVIRONMENT", score: 87.5, source: "SELF_ASSESSMENT" },
      ]);
      const second = await save([
        { itemId: item(checklist, "ENV-01").id, choice: "NO" },
        { itemId: item(checklist, "BE-01").id, choice: "YES" },
      ]);
      // ENV: (3 x 0 + 1 x 0.5) / 4 = 12.5
      expect(second.data!.saveAnswers.areaScores).toEqual([
        { area: "ENVIRONMENT", score: 12.5, source: "SELF_ASSESSMENT" },
        { area: "BUSINESS_ETHICS", score: 100, source: "SELF_ASSESSMENT" },
      ]);
    });
  });

  describe("access", () => {
    let foreignId: string;
    let ownId: string;

    beforeAll(async () => {
      const checklist = await small();
      foreignId = await answeredSelfAssessment(app, admin.token, otherSupplierId, checklist);
      ownId = await answeredSelfAssessment(app, supplier.token, supplierId, checklist);
    });

    it("answers NOT_FOUND for another supplier's self-assessment, never FORBIDDEN", async () => {
      const read = await app.exec(supplier.token, READ, { id: foreignId });
      expect(errorCodes(read)).toEqual(["NOT_FOUND"]);
      const save = await app.exec(supplier.token, SAVE, {
        id: foreignId,
        answers: [{ itemId: "5b0a6c1e-8d8e-4f57-9a54-3f1f1b9c0000", choice: "YES" }],
      });
      expect(errorCodes(save)).toEqual(["NOT_FOUND"]);
      expect(errorCodes(await app.exec(supplier.token, SUBMIT, { id: foreignId }))).toEqual([
        "NOT_FOUND",
      ]);
      expect(errorCodes(await app.exec(otherSupplierUser.token, READ, { id: ownId }))).toEqual([
        "NOT_FOUND",
      ]);
      const missing = await app.exec(admin.token, READ, {
        id: "5b0a6c1e-8d8e-4f57-9a54-3f1f1b9c0000",
      });
      expect(errorCodes(missing)).toEqual(["NOT_FOUND"]);
    });

    it.each([
      ["AUDITOR", () => auditor],
      ["PROCUREMENT", () => procurement],
      ["ADMIN", () => admin],
    ])("lets %s read any supplier's self-assessments", async (_role, user) => {
      const read = await app.exec(user().token, READ, { id: foreignId });
      expect(read.errors).toBeUndefined();
      expect(read.data!.selfAssessment.supplier.id).toBe(otherSupplierId);
    });

    it("refuses AUDITOR and PROCUREMENT edits with FORBIDDEN", async () => {
      for (const user of [auditor, procurement]) {
        const save = await app.exec(user.token, SAVE, {
          id: ownId,
          answers: [{ itemId: "5b0a6c1e-8d8e-4f57-9a54-3f1f1b9c0000", choice: "YES" }],
        });
        expect(errorCodes(save)).toEqual(["FORBIDDEN"]);
        expect(errorCodes(await app.exec(user.token, SUBMIT, { id: ownId }))).toEqual([
          "FORBIDDEN",
        ]);
      }
    });

    it("lists a supplier's self-assessments on Supplier, scoped to the viewer's supplier", async () => {
      const query = `query($id: ID!) { supplier(id: $id) { selfAssessments { id supplier { id } } } }`;
      const own = await app.exec(supplier.token, query, { id: supplierId });
      const ids = own.data!.supplier.selfAssessments.map((s: { id: string }) => s.id);
      expect(ids).toContain(ownId);
      expect(ids).not.toContain(foreignId);
      expect(
        own.data!.supplier.selfAssessments.every(
          (s: { supplier: { id: string } }) => s.supplier.id === supplierId,
        ),
      ).toBe(true);
      expect(errorCodes(await app.exec(supplier.token, query, { id: otherSupplierId }))).toEqual([
        "NOT_FOUND",
      ]);
      const staff = await app.exec(procurement.token, query, { id: otherSupplierId });
      expect(staff.data!.supplier.selfAssessments.map((s: { id: string }) => s.id)).toContain(
        foreignId,
      );
    });
  });

  describe("batching", () => {
    const LIST = `query($search: String) { suppliers(first: 10, filter: { search: $search }) {
      edges { node { id selfAssessments { id completion areaScores { area score }
        supplier { id } checklist { id items { code } }
        answers { choice item { code } } } } } } }`;

    /** SQL statements run by one request. */
    async function statements(run: () => Promise<GraphQLResult>): Promise<number> {
      const spy = jest.spyOn(PostgresQueryRunner.prototype, "query");
      try {
        const result = await run();
        expect(result.errors).toBeUndefined();
        return spy.mock.calls.length;
      } finally {
        spy.mockRestore();
      }
    }

    it("loads nested self-assessments with a constant number of queries", async () => {
      const checklist = await small();
      const seed = async (prefix: string, count: number) => {
        for (let i = 0; i < count; i++) {
          const s = await makeSupplier(app, { name: `${prefix} ${i}` });
          await answeredSelfAssessment(app, admin.token, s.id, checklist);
        }
      };
      await seed("Batch Few", 2);
      await seed("Batch Many", 6);
      const few = await statements(() => app.exec(admin.token, LIST, { search: "Batch Few" }));
      const many = await statements(() => app.exec(admin.token, LIST, { search: "Batch Many" }));
      expect(many).toBe(few);
      expect(many).toBeLessThanOrEqual(10);
    });
  });

  describe("demo data", () => {
    it("seeds a submitted, mostly compliant SAQ for sunrise and a draft for nordglass", async () => {
      const sunrise = await makeSupplier(app, { name: "Demo Sunrise" });
      const nordglass = await makeSupplier(app, { name: "Demo NordGlass" });
      const sunriseUser = await makeUser(app, Role.SUPPLIER, { supplierId: sunrise.id });
      await seedSelfAssessmentDemo(
        await app.server.contextFor(admin.token),
        await app.server.contextFor(sunriseUser.token),
        { sunrise: sunrise.id, nordglass: nordglass.id },
      );
      const query = `query($id: ID!) { supplier(id: $id) { selfAssessments {
        status completion areaScores { area score } answers { evidence { title } } } } }`;
      const sun = await app.exec(auditor.token, query, { id: sunrise.id });
      const [submitted] = sun.data!.supplier.selfAssessments;
      expect(sun.data!.supplier.selfAssessments).toHaveLength(1);
      expect(submitted).toMatchObject({ status: "SUBMITTED", completion: 1 });
      expect(submitted.areaScores).toHaveLength(ESG_AREAS.length);
      const scores = submitted.areaScores.map((a: { score: number }) => a.score);
      expect(Math.min(...scores)).toBeGreaterThanOrEqual(50);
      expect(scores.filter((score: number) => score < 100).length).toBeGreaterThan(0);

      const nord = await app.exec(auditor.token, query, { id: nordglass.id });
      const [draft] = nord.data!.supplier.selfAssessments;
      expect(draft.status).toBe("DRAFT");
      expect(draft.completion).toBeGreaterThan(0);
      expect(draft.completion).toBeLessThan(1);

      const events = await app.dataSource.manager.findBy(AuditEvent, {
        action: "self_assessment.submitted",
        actorId: sunriseUser.user.id,
      });
      expect(events).toHaveLength(1);
    });
  });
});
