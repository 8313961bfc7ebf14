import { AuditEvent } from "../src/modules/audit-trail/audit-event.entity";
import { In } from "typeorm";
import { ChecklistItem } from "../src/modules/checklist/checklist-item.entity";
import { ChecklistItemText } from "../src/modules/checklist/checklist-item-text.entity";
import { Checklist } from "../src/modules/checklist/checklist.entity";
import { DEFAULT_CHECKLIST_FAMILY_ID } from "../src/modules/checklist/default-checklist";
import { ESG_AREAS } from "../src/shared/domain/esg-area.enum";
import { Answer } from "../src/modules/self-assessment/answer.entity";
import { makeRoles, makeSupplier, type TestUser } from "./support/factories";
import {
  CHECKLIST_FIELDS,
  CREATE_CHECKLIST,
  EVIDENCE,
  PUBLISH_CHECKLIST,
  publishedChecklist,
  SAVE,
  smallChecklistInput,
  START,
} from "./support/self-assessments";
import { createTestApp, errorCodes, type TestApp } from "./support/test-app";

const READ = `query($id: ID!) { checklist(id: $id) { ${CHECKLIST_FIELDS} } }`;
const LIST = `query($status: ChecklistStatus) { checklists(status: $status) { ${CHECKLIST_FIELDS} } }`;
const REVISE = `mutation($id: ID!) { reviseChecklist(id: $id) { ${CHECKLIST_FIELDS} } }`;
const RETIRE = `mutation($id: ID!) { retireChecklist(id: $id) { ${CHECKLIST_FIELDS} retiredAt } }`;

interface ItemView {
  id: string;
  code: string;
  area: string;
  zeroTolerance: boolean;
  order: number;
}

describe("checklists", () => {
  let app: TestApp;
  let admin: TestUser;
  let auditor: TestUser;
  let procurement: TestUser;
  let supplier: TestUser;
  let supplierId: string;

  beforeAll(async () => {
    app = await createTestApp();
    supplierId = (await makeSupplier(app)).id;
    ({ admin, auditor, procurement, supplier } = await makeRoles(app, supplierId));
  });
  afterAll(() => app.close());

  describe("the default checklist of a fresh database", () => {
    it("is published as version 1 with at least 3 items in every area and zero-tolerance items", async () => {
      const result = await app.exec(supplier.token, LIST, { status: "PUBLISHED" });
      expect(result.errors).toBeUndefined();
      const defaults = result.data!.checklists.filter(
        (c: { familyId: string }) => c.familyId === DEFAULT_CHECKLIST_FAMILY_ID,
      );
      expect(defaults).toHaveLength(1);
      const [checklist] = defaults;
      expect(checklist).toMatchObject({ version: 1, status: "PUBLISHED" });
      expect(checklist.publishedAt).not.toBeNull();

      const items: ItemView[] = checklist.items;
      expect(items.length).toBeGreaterThanOrEqual(30);
      for (const area of ESG_AREAS) {
        const count = items.filter((item) => item.area === area).length;
        expect({ area, count: Math.min(count, 3) }).toEqual({ area, count: 3 });
      }
      const zeroToleranceAreas = new Set(
        items.filter((item) => item.zeroTolerance).map((item) => item.area),
      );
      expect(zeroToleranceAreas).toContain("CHILD_AND_FORCED_LABOUR");
      expect(zeroToleranceAreas).toContain("BUSINESS_ETHICS");
      expect(new Set(items.map((item) => item.code)).size).toBe(items.length);
      expect(items.map((item) => item.order)).toEqual(items.map((_, index) => index + 1));
    });
  });

  describe("createChecklist", () => {
    it("creates a DRAFT version 1 with its items in order, and records it", async () => {
      const input = smallChecklistInput("  Glass supplier checklist ");
      input.items[0].code = " env-01 ";
      const result = await app.exec(admin.token, CREATE_CHECKLIST, { input });
      expect(result.errors).toBeUndefined();
      const created = result.data!.createChecklist;
      expect(created).toMatchObject({
        name: "Glass supplier checklist",
        version: 1,
        status: "DRAFT",
        publishedAt: null,
      });
      expect(created.familyId).not.toBe(DEFAULT_CHECKLIST_FAMILY_ID);
      expect(created.items.map((item: ItemView) => [item.code, item.order])).toEqual([
        ["ENV-01", 1],
        ["ENV-02", 2],
        ["ENV-03", 3],
        ["BE-01", 4],
        ["BE-02", 5],
      ]);
      expect(created.items[3]).toMatchObject({ zeroTolerance: true, weight: 5 });

      const events = await app.dataSource.manager.findBy(AuditEvent, { entityId: created.id });
      expect(events.map((e) => e.action)).toEqual(["checklist.created"]);
      expect(events[0]).toMatchObject({ actorId: admin.user.id, role: "ADMIN" });
    });

    it("refuses duplicate codes naming the item path, and saves nothing", async () => {
      const before = await app.dataSource.manager.count(Checklist);
      const input = smallChecklistInput();
      input.items[3].code = "env-02";
      input.items[4].code = "ENV-01";
      const result = await app.exec(admin.token, CREATE_CHECKLIST, { input });
      expect(errorCodes(result)).toEqual(["BAD_USER_INPUT"]);
      expect(result.errors![0].extensions!.fields).toEqual([
        { path: "input.items.3.code", message: "ENV-02 is already used by input.items.1" },
        { path: "input.items.4.code", message: "ENV-01 is already used by input.items.0" },
      ]);
      expect(await app.dataSource.manager.count(Checklist)).toBe(before);
    });

    it("validates every item field with its path", async () => {
      const input = smallChecklistInput();
      input.items[1].weight = 6;
      input.items[2].question = "   ";
      input.items[4].code = "has spaces";
      const result = await app.exec(admin.token, CREATE_CHECKLIST, { input });
      expect(errorCodes(result)).toEqual(["BAD_USER_INPUT"]);
      const paths = result.errors![0].extensions!.fields.map((f: { path: string }) => f.path);
      expect([...new Set(paths)].sort()).toEqual([
        "input.items.1.weight",
        "input.items.2.question",
        "input.items.4.code",
      ]);
      const empty = await app.exec(admin.token, CREATE_CHECKLIST, {
        input: { name: "Empty", items: [] },
      });
      expect(errorCodes(empty)).toEqual(["BAD_USER_INPUT"]);
      expect(empty.errors![0].extensions!.fields[0].path).toBe("input.items");
    });

    it.each([
      ["AUDITOR", () => auditor],
      ["PROCUREMENT", () => procurement],
      ["SUPPLIER", () => supplier],
    ])("is refused to %s", async (_role, user) => {
      const result = await app.exec(user().token, CREATE_CHECKLIST, {
        input: smallChecklistInput(),
      });
      expect(errorCodes(result)).toEqual(["FORBIDDEN"]);
    });
  });

  describe("lifecycle", () => {
    it("publishes a draft once; a published checklist cannot be published again", async () => {
      const { data } = await app.exec(admin.token, CREATE_CHECKLIST, {
        input: smallChecklistInput(),
      });
      const id = data!.createChecklist.id;
      const published = await app.exec(admin.token, PUBLISH_CHECKLIST, { id });
      expect(published.errors).toBeUndefined();
      expect(published.data!.publishChecklist.status).toBe("PUBLISHED");
      expect(new Date(published.data!.publishChecklist.publishedAt)).toEqual(app.clock.now());

      const again = await app.exec(admin.token, PUBLISH_CHECKLIST, { id });
      expect(errorCodes(again)).toEqual(["CONFLICT"]);
      expect(again.errors![0].message).toMatch(/is PUBLISHED/);
      const byAuditor = await app.exec(auditor.token, PUBLISH_CHECKLIST, { id });
      expect(errorCodes(byAuditor)).toEqual(["FORBIDDEN"]);
    });

    it("retires a published checklist, after which no self-assessment can start on it", async () => {
      const checklist = await publishedChecklist(app, admin.token);
      const retired = await app.exec(admin.token, RETIRE, { id: checklist.id });
      expect(retired.errors).toBeUndefined();
      expect(retired.data!.retireChecklist).toMatchObject({ status: "RETIRED" });
      expect(retired.data!.retireChecklist.retiredAt).not.toBeNull();

      const start = await app.exec(supplier.token, START, {
        supplierId,
        checklistId: checklist.id,
      });
      expect(errorCodes(start)).toEqual(["CONFLICT"]);
      expect(start.errors![0].message).toMatch(
        /is retired: only a published checklist can be answered/,
      );

      const again = await app.exec(admin.token, RETIRE, { id: checklist.id });
      expect(errorCodes(again)).toEqual(["CONFLICT"]);
      const republish = await app.exec(admin.token, PUBLISH_CHECKLIST, { id: checklist.id });
      expect(errorCodes(republish)).toEqual(["CONFLICT"]);
    });

    it("refuses to retire a draft", async () => {
      const { data } = await app.exec(admin.token, CREATE_CHECKLIST, {
        input: smallChecklistInput(),
      });
      const result = await app.exec(admin.token, RETIRE, { id: data!.createChecklist.id });
      expect(errorCodes(result)).toEqual(["CONFLICT"]);
      expect(result.errors![0].message).toMatch(/is DRAFT/);
    });

    it("answers NOT_FOUND for unknown checklists", async () => {
      const missing = "5b0a6c1e-8d8e-4f57-9a54-3f1f1b9c0000";
      expect(errorCodes(await app.exec(supplier.token, READ, { id: missing }))).toEqual([
        "NOT_FOUND",
      ]);
      expect(errorCodes(await app.exec(admin.token, REVISE, { id: missing }))).toEqual([
        "NOT_FOUND",
      ]);
      expect(errorCodes(await app.exec(admin.token, PUBLISH_CHECKLIST, { id: missing }))).toEqual([
        "NOT_FOUND",
      ]);
    });

    it("filters the list by status", async () => {
      const drafts = await app.exec(procurement.token, LIST, { status: "DRAFT" });
      expect(drafts.data!.checklists.length).toBeGreaterThan(0);
      expect(drafts.data!.checklists.every((c: { status: string }) => c.status === "DRAFT")).toBe(
        true,
      );
      const all = await app.exec(procurement.token, LIST, {});
      const statuses = new Set(all.data!.checklists.map((c: { status: string }) => c.status));
      expect(statuses).toEqual(new Set(["DRAFT", "PUBLISHED", "RETIRED"]));
    });
  });

  describe("reviseChecklist", () => {
    it("copies a published checklist into a DRAFT version + 1; the published one and its answers stay unchanged", async () => {
      const original = await publishedChecklist(app, admin.token);
      const before = await app.exec(admin.token, READ, { id: original.id });

      const started = await app.exec(supplier.token, START, {
        supplierId,
        checklistId: original.id,
      });
      const saqId = started.data!.startSelfAssessment.id;
      const saved = await app.exec(supplier.token, SAVE, {
        id: saqId,
        answers: [{ itemId: original.items[0].id, choice: "NO", evidence: EVIDENCE }],
      });
      expect(saved.errors).toBeUndefined();

      const revised = await app.exec(admin.token, REVISE, { id: original.id });
      expect(revised.errors).toBeUndefined();
      const draft = revised.data!.reviseChecklist;
      expect(draft).toMatchObject({
        familyId: before.data!.checklist.familyId,
        name: before.data!.checklist.name,
        version: 2,
        status: "DRAFT",
        publishedAt: null,
      });
      const strip = (items: ItemView[]) => items.map(({ id: _id, ...rest }) => rest);
      expect(strip(draft.items)).toEqual(strip(before.data!.checklist.items));
      const oldIds = new Set(original.items.map((item) => item.id));
      expect(draft.items.some((item: ItemView) => oldIds.has(item.id))).toBe(false);

      const second = await app.exec(admin.token, REVISE, { id: original.id });
      expect(errorCodes(second)).toEqual(["CONFLICT"]);
      expect(second.errors![0].message).toMatch(/already has a draft \(version 2/);
      const ofDraft = await app.exec(admin.token, REVISE, { id: draft.id });
      expect(errorCodes(ofDraft)).toEqual(["CONFLICT"]);
      expect(ofDraft.errors![0].message).toMatch(/is DRAFT/);

      // Publishing the revision changes nothing of version 1 or of the answers given on it.
      expect((await app.exec(admin.token, PUBLISH_CHECKLIST, { id: draft.id })).errors).toBe(
        undefined,
      );
      const after = await app.exec(admin.token, READ, { id: original.id });
      expect(after.data).toEqual(before.data);
      const answers = await app.dataSource.manager.findBy(Answer, { selfAssessmentId: saqId });
      expect(answers).toHaveLength(1);
      expect(answers[0]).toMatchObject({ itemId: original.items[0].id, choice: "NO" });
      const saq = await app.exec(
        supplier.token,
        `{ selfAssessment(id: "${saqId}") { checklist { id version } } }`,
      );
      expect(saq.data!.selfAssessment.checklist).toEqual({ id: original.id, version: 1 });

      // Version 3 follows version 2, whichever published version it is revised from.
      const third = await app.exec(admin.token, REVISE, { id: original.id });
      expect(third.data!.reviseChecklist.version).toBe(3);
    });

    it("is refused to non-admins", async () => {
      const checklist = await publishedChecklist(app, admin.token);
      const result = await app.exec(auditor.token, REVISE, { id: checklist.id });
      expect(errorCodes(result)).toEqual(["FORBIDDEN"]);
    });
  });

  describe("database guard", () => {
    /** The triggers raise check_violation (SQLSTATE 23514) whatever the path. */
    const refused = async (sql: string, params: unknown[]) => {
      const error = await app.dataSource.query(sql, params).then(
        () => null,
        (e: { driverError?: { code?: string } }) => e,
      );
      expect({ sql, code: error?.driverError?.code }).toEqual({ sql, code: "23514" });
    };

    it("refuses UPDATE, INSERT and DELETE of a published checklist's items even via raw SQL", async () => {
      const checklist = await publishedChecklist(app, admin.token);
      await refused(`UPDATE checklist_item SET code = 'CHANGED' WHERE checklist_id = $1`, [
        checklist.id,
      ]);
      await refused(
        `UPDATE checklist_item_text SET audit_question = 'Changed' WHERE item_id = $1`,
        [checklist.items[0].id],
      );
      await refused(`DELETE FROM checklist_item_text WHERE item_id = $1`, [checklist.items[0].id]);
      await refused(
        `INSERT INTO checklist_item_text (item_id, locale, saq_question, audit_question)
         VALUES ($1, 'zh-CN', '贵公司是否……？', '供应商是否……？')`,
        [checklist.items[0].id],
      );
      await refused(`UPDATE checklist SET required_locales = '{en,zh-CN}' WHERE id = $1`, [
        checklist.id,
      ]);
      await refused(`UPDATE checklist_item SET weight = 1 WHERE id = $1`, [checklist.items[0].id]);
      await refused(`DELETE FROM checklist_item WHERE id = $1`, [checklist.items[0].id]);
      await refused(
        `INSERT INTO checklist_item (checklist_id, code, area, answer_type, weight, sort_order)
         VALUES ($1, 'X-01', 'ENVIRONMENT', 'YES_NO', 1, 99)`,
        [checklist.id],
      );
      await refused(`UPDATE checklist SET name = 'Renamed' WHERE id = $1`, [checklist.id]);
      await refused(`UPDATE checklist SET status = 'DRAFT' WHERE id = $1`, [checklist.id]);
      await refused(`DELETE FROM checklist WHERE id = $1`, [checklist.id]);

      const items = await app.dataSource.manager.findBy(ChecklistItem, {
        checklistId: checklist.id,
      });
      expect(items).toHaveLength(5);
      expect(items.every((item) => item.code !== "CHANGED")).toBe(true);
      const texts = await app.dataSource.manager.findBy(ChecklistItemText, {
        itemId: In(items.map((item) => item.id)),
      });
      expect(texts.map((text) => text.locale)).toEqual(Array(5).fill("en"));
      expect(texts.every((text) => text.auditQuestion !== "Changed")).toBe(true);
    });

    it("still lets a draft's items change (the guard is about published versions)", async () => {
      const { data } = await app.exec(admin.token, CREATE_CHECKLIST, {
        input: smallChecklistInput(),
      });
      await app.dataSource.query(
        `UPDATE checklist_item_text SET audit_question = 'Reworded'
         WHERE item_id IN (SELECT id FROM checklist_item WHERE checklist_id = $1)`,
        [data!.createChecklist.id],
      );
      const texts = await app.dataSource.query(
        `SELECT t.audit_question FROM checklist_item_text t JOIN checklist_item i ON i.id = t.item_id
         WHERE i.checklist_id = $1`,
        [data!.createChecklist.id],
      );
      expect(texts.map((text: { audit_question: string }) => text.audit_question)).toEqual(
        Array(5).fill("Reworded"),
      );
    });
  });
});
