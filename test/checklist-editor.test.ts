import { AuditEvent } from "../src/modules/audit-trail/audit-event.entity";
import { ChecklistItem } from "../src/modules/checklist/checklist-item.entity";
import { ChecklistItemText } from "../src/modules/checklist/checklist-item-text.entity";
import { Checklist } from "../src/modules/checklist/checklist.entity";
import { makeRoles, makeSupplier, type TestUser } from "./support/factories";
import { codesOf, post } from "./support/graphql-client";
import {
  CREATE_CHECKLIST,
  publishedChecklist,
  smallChecklistInput,
} from "./support/self-assessments";
import { createTestApp, type TestApp } from "./support/test-app";

const FIELDS = `id name version status revision
  items { id code area question guidance answerType weight zeroTolerance evidenceRequired order }`;
const READ = `query($id: ID!) { checklist(id: $id) { ${FIELDS} } }`;
const ADD = `mutation($id: ID!, $r: Int!, $input: ChecklistItemInput!, $position: Int) {
  addChecklistItem(checklistId: $id, expectedRevision: $r, input: $input, position: $position) { ${FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $r: Int!, $input: ChecklistItemInput!) {
  updateChecklistItem(id: $id, expectedRevision: $r, input: $input) { ${FIELDS} } }`;
const REMOVE = `mutation($id: ID!, $r: Int!) {
  removeChecklistItem(id: $id, expectedRevision: $r) { ${FIELDS} } }`;
const MOVE = `mutation($id: ID!, $r: Int!, $position: Int!) {
  moveChecklistItem(id: $id, expectedRevision: $r, position: $position) { ${FIELDS} } }`;
const PUBLISH = `mutation($id: ID!) { publishChecklist(id: $id) { ${FIELDS} } }`;
const REVISE = `mutation($id: ID!) { reviseChecklist(id: $id) { ${FIELDS} } }`;
const START = `mutation($supplierId: ID!, $checklistId: ID!) {
  startSelfAssessment(supplierId: $supplierId, checklistId: $checklistId) { id reference createdAt status } }`;
const SAQS = `query($id: ID!) { supplier(id: $id) { selfAssessments { id reference status createdAt submittedAt checklist { version } } } }`;

interface ItemView {
  id: string;
  code: string;
  area: string;
  question: string;
  guidance: string;
  answerType: string;
  weight: number;
  zeroTolerance: boolean;
  evidenceRequired: boolean;
  order: number;
}
interface ChecklistView {
  id: string;
  status: string;
  version: number;
  revision: number;
  items: ItemView[];
}

const WAGES_ITEM = {
  code: " wb-07 ",
  area: "WAGES_AND_BENEFITS",
  question: "  Are wages paid on time, in full, with a payslip?  ",
  guidance: "Payroll records for 3 months; payslips in the workers' language",
  answerType: "YES_NO",
  weight: 4,
  zeroTolerance: false,
  evidenceRequired: true,
};

describe("the checklist draft editor (over HTTP)", () => {
  let app: TestApp;
  let url: string;
  let admin: TestUser;
  let auditor: TestUser;
  let supplier: TestUser;
  let supplierId: string;

  const gql = (token: string, query: string, variables: Record<string, unknown> = {}) =>
    post(url, query, variables, { token });
  const read = async (id: string): Promise<ChecklistView> =>
    (await gql(admin.token, READ, { id })).body.data.checklist as ChecklistView;
  const codes = (checklist: ChecklistView) => checklist.items.map((item) => item.code);
  const eventsOf = (id: string) =>
    app.dataSource.manager.find(AuditEvent, {
      where: { entityType: "Checklist", entityId: id },
      order: { seq: "ASC" },
    });

  /** A published checklist revised into a new draft, as the portal's "Revise" makes one. */
  async function revisedDraft(): Promise<ChecklistView> {
    const published = await publishedChecklist(app, admin.token);
    const revised = await gql(admin.token, REVISE, { id: published.id });
    expect(revised.body.errors).toBeUndefined();
    return revised.body.data.reviseChecklist as ChecklistView;
  }

  beforeAll(async () => {
    app = await createTestApp();
    url = `http://127.0.0.1:${await app.server.listen(0, "127.0.0.1")}`;
    supplierId = (await makeSupplier(app)).id;
    ({ admin, auditor, supplier } = await makeRoles(app, supplierId));
  });
  afterAll(() => app.close());

  it("adds a question with its guidance at a chosen place, renumbering the rest, audit-trailed", async () => {
    const draft = await revisedDraft();
    expect(draft).toMatchObject({ status: "DRAFT", version: 2, revision: 1 });
    const result = await gql(admin.token, ADD, {
      id: draft.id,
      r: 1,
      input: WAGES_ITEM,
      position: 2,
    });
    expect(result.body.errors).toBeUndefined();
    const after = result.body.data.addChecklistItem as ChecklistView;
    expect(after.revision).toBe(2);
    expect(codes(after)).toEqual(["ENV-01", "WB-07", "ENV-02", "ENV-03", "BE-01", "BE-02"]);
    expect(after.items.map((item) => item.order)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(after.items[1]).toMatchObject({
      code: "WB-07",
      question: "Are wages paid on time, in full, with a payslip?",
      guidance: "Payroll records for 3 months; payslips in the workers' language",
      answerType: "YES_NO",
      weight: 4,
      zeroTolerance: false,
      evidenceRequired: true,
    });
    const events = await eventsOf(draft.id);
    expect(events.map((event) => event.action)).toEqual([
      "checklist.revised",
      "checklist.item_added",
    ]);
    expect(events[1]).toMatchObject({
      actorId: admin.user.id,
      changes: {
        revision: { before: 1, after: 2 },
        item: { before: null, after: { code: "WB-07", position: 2, weight: 4 } },
      },
    });
  });

  it("edits every value of a question, keeps its place, and records before and after", async () => {
    const draft = await revisedDraft();
    const target = draft.items[2];
    const result = await gql(admin.token, UPDATE, {
      id: target.id,
      r: draft.revision,
      input: {
        code: "env-09",
        area: "HEALTH_AND_SAFETY",
        question: "Are emergency exits unlocked and marked?",
        guidance: "Walk every floor during the shift",
        answerType: "SCALE_0_4",
        weight: 5,
        zeroTolerance: true,
        evidenceRequired: true,
      },
    });
    expect(result.body.errors).toBeUndefined();
    const after = result.body.data.updateChecklistItem as ChecklistView;
    expect(after.revision).toBe(draft.revision + 1);
    expect(after.items[2]).toEqual({
      id: target.id,
      code: "ENV-09",
      area: "HEALTH_AND_SAFETY",
      question: "Are emergency exits unlocked and marked?",
      guidance: "Walk every floor during the shift",
      answerType: "SCALE_0_4",
      weight: 5,
      zeroTolerance: true,
      evidenceRequired: true,
      order: 3,
    });
    const [, changed] = await eventsOf(draft.id);
    expect(changed).toMatchObject({
      action: "checklist.item_changed",
      changes: {
        item: {
          before: { code: "ENV-03", answerType: "NUMBER", weight: 2, zeroTolerance: false },
          after: { code: "ENV-09", answerType: "SCALE_0_4", weight: 5, zeroTolerance: true },
        },
      },
    });
  });

  it("refuses bad values at their fields and a code another question has, changing nothing", async () => {
    const draft = await revisedDraft();
    const target = draft.items[0];
    const invalid = await gql(admin.token, UPDATE, {
      id: target.id,
      r: draft.revision,
      input: { ...WAGES_ITEM, code: "no spaces!", question: "   ", weight: 9 },
    });
    expect(codesOf(invalid)).toEqual(["BAD_USER_INPUT"]);
    const paths = (invalid.body.errors![0].extensions!.fields as { path: string }[]).map(
      (field) => field.path,
    );
    expect(paths).toEqual(expect.arrayContaining(["input.code", "input.question", "input.weight"]));

    const duplicate = await gql(admin.token, UPDATE, {
      id: target.id,
      r: draft.revision,
      input: { ...WAGES_ITEM, code: "be-01" },
    });
    expect(codesOf(duplicate)).toEqual(["BAD_USER_INPUT"]);
    expect(duplicate.body.errors![0].extensions!.fields).toEqual([
      { path: "input.code", message: "is already used by another question (BE-01)" },
    ]);
    const addDuplicate = await gql(admin.token, ADD, {
      id: draft.id,
      r: draft.revision,
      input: { ...WAGES_ITEM, code: "ENV-02" },
    });
    expect(addDuplicate.body.errors![0].extensions!.fields).toEqual([
      { path: "input.code", message: "is already used by another question (ENV-02)" },
    ]);
    const badPlace = await gql(admin.token, MOVE, {
      id: target.id,
      r: draft.revision,
      position: 9,
    });
    expect(badPlace.body.errors![0].extensions!.fields).toEqual([
      { path: "position", message: "must be from 1 to 5" },
    ]);

    expect(await read(draft.id)).toEqual(draft);
    expect((await eventsOf(draft.id)).map((event) => event.action)).toEqual(["checklist.revised"]);
  });

  it("moves a question up and down", async () => {
    const draft = await revisedDraft();
    const last = draft.items[4];
    const up = await gql(admin.token, MOVE, { id: last.id, r: draft.revision, position: 1 });
    expect(up.body.errors).toBeUndefined();
    const moved = up.body.data.moveChecklistItem as ChecklistView;
    expect(codes(moved)).toEqual(["BE-02", "ENV-01", "ENV-02", "ENV-03", "BE-01"]);
    expect(moved.items.map((item) => item.order)).toEqual([1, 2, 3, 4, 5]);
    const down = await gql(admin.token, MOVE, { id: last.id, r: moved.revision, position: 3 });
    expect(codes(down.body.data.moveChecklistItem)).toEqual([
      "ENV-01",
      "ENV-02",
      "BE-02",
      "ENV-03",
      "BE-01",
    ]);
    const events = await eventsOf(draft.id);
    expect(events.slice(1)).toMatchObject([
      {
        action: "checklist.item_moved",
        changes: { item: { before: { code: "BE-02", position: 5 }, after: { position: 1 } } },
      },
      {
        action: "checklist.item_moved",
        changes: { item: { before: { position: 1 }, after: { code: "BE-02", position: 3 } } },
      },
    ]);
  });

  it("deletes a removed question of a draft for good, but never the last one", async () => {
    const draft = await revisedDraft();
    const removed = draft.items[1];
    const result = await gql(admin.token, REMOVE, { id: removed.id, r: draft.revision });
    expect(result.body.errors).toBeUndefined();
    const after = result.body.data.removeChecklistItem as ChecklistView;
    expect(codes(after)).toEqual(["ENV-01", "ENV-03", "BE-01", "BE-02"]);
    expect(after.items.map((item) => item.order)).toEqual([1, 2, 3, 4]);
    expect(await app.dataSource.manager.findOneBy(ChecklistItem, { id: removed.id })).toBeNull();
    const [, event] = await eventsOf(draft.id);
    expect(event).toMatchObject({
      action: "checklist.item_removed",
      changes: { item: { before: { id: removed.id, code: "ENV-02", position: 2 }, after: null } },
    });

    // Down to one question: that one stays.
    let current = after;
    for (const item of current.items.slice(1)) {
      const next = await gql(admin.token, REMOVE, { id: item.id, r: current.revision });
      current = next.body.data.removeChecklistItem as ChecklistView;
    }
    expect(codes(current)).toEqual(["ENV-01"]);
    const lastOne = await gql(admin.token, REMOVE, {
      id: current.items[0].id,
      r: current.revision,
    });
    expect(codesOf(lastOne)).toEqual(["BAD_USER_INPUT"]);
    expect(lastOne.body.errors![0].extensions!.fields).toEqual([
      { path: "id", message: "is the only question of this checklist: add another first" },
    ]);
    expect(codes(await read(draft.id))).toEqual(["ENV-01"]);
  });

  it("refuses an edit made on a stale revision with CONFLICT, keeping the other admin's change", async () => {
    const draft = await revisedDraft();
    const first = await gql(admin.token, MOVE, {
      id: draft.items[0].id,
      r: draft.revision,
      position: 5,
    });
    expect(first.body.errors).toBeUndefined();
    const stale = await gql(admin.token, UPDATE, {
      id: draft.items[1].id,
      r: draft.revision,
      input: WAGES_ITEM,
    });
    expect(codesOf(stale)).toEqual(["CONFLICT"]);
    expect(stale.body.errors![0].extensions!.reason).toBe("STALE_VERSION");
    expect(stale.body.errors![0].message).toMatch(/Someone else changed this draft/);
    const now = await read(draft.id);
    expect(now).toEqual(first.body.data.moveChecklistItem);
    expect(codes(now)).not.toContain("WB-07");
  });

  it("refuses every edit of a published or retired version; the database holds it too", async () => {
    const published = await publishedChecklist(app, admin.token);
    const before = await read(published.id);
    const item = before.items[0];
    const attempts = [
      gql(admin.token, ADD, { id: published.id, r: before.revision, input: WAGES_ITEM }),
      gql(admin.token, UPDATE, { id: item.id, r: before.revision, input: WAGES_ITEM }),
      gql(admin.token, REMOVE, { id: item.id, r: before.revision }),
      gql(admin.token, MOVE, { id: item.id, r: before.revision, position: 2 }),
    ];
    for (const result of await Promise.all(attempts)) {
      expect(codesOf(result)).toEqual(["CONFLICT"]);
      expect(result.body.errors![0].extensions!.reason).toBe("INVALID_TRANSITION");
      expect(result.body.errors![0].message).toMatch(
        /is published, so its items cannot change; revise it/,
      );
    }
    expect(await read(published.id)).toEqual(before);

    const retired = await publishedChecklist(app, admin.token);
    const retire = await gql(
      admin.token,
      `mutation($id: ID!) { retireChecklist(id: $id) { id } }`,
      {
        id: retired.id,
      },
    );
    expect(retire.body.errors).toBeUndefined();
    const onRetired = await gql(admin.token, UPDATE, {
      id: retired.items[0].id,
      r: 1,
      input: WAGES_ITEM,
    });
    expect(codesOf(onRetired)).toEqual(["CONFLICT"]);
    expect(onRetired.body.errors![0].message).toMatch(/is retired, so its items cannot change/);
    await expect(
      app.dataSource.manager.update(
        ChecklistItemText,
        { itemId: item.id, locale: "en" },
        { auditQuestion: "Changed" },
      ),
    ).rejects.toThrow(/cannot change/);
  });

  it("lets only admins edit a draft", async () => {
    const draft = await revisedDraft();
    for (const user of [auditor, supplier]) {
      const result = await gql(user.token, ADD, { id: draft.id, r: 1, input: WAGES_ITEM });
      expect(codesOf(result)).toEqual(["FORBIDDEN"]);
    }
    expect(await read(draft.id)).toEqual(draft);
  });

  it("answers NOT_FOUND for an unknown checklist or question", async () => {
    const missing = "00000000-0000-4000-8000-000000000000";
    expect(codesOf(await gql(admin.token, ADD, { id: missing, r: 1, input: WAGES_ITEM }))).toEqual([
      "NOT_FOUND",
    ]);
    expect(codesOf(await gql(admin.token, REMOVE, { id: missing, r: 1 }))).toEqual(["NOT_FOUND"]);
  });

  it("publishes a draft only when every area it asks about can be scored", async () => {
    const input = smallChecklistInput();
    input.items.push({
      code: "WH-01",
      area: "WORKING_HOURS",
      question: "Average weekly hours in the last quarter",
      guidance: "Time records",
      answerType: "NUMBER",
      weight: 2,
      zeroTolerance: false,
      evidenceRequired: false,
    });
    const created = await gql(admin.token, CREATE_CHECKLIST, { input });
    const id = created.body.data.createChecklist.id as string;
    const refused = await gql(admin.token, PUBLISH, { id });
    expect(codesOf(refused)).toEqual(["BAD_USER_INPUT"]);
    expect(refused.body.errors![0].extensions!.fields).toEqual([
      {
        path: "items.WORKING_HOURS",
        message:
          "Working hours has only number or text questions, which are not scored: add a yes/no or 0-4 scale question",
      },
    ]);
    expect((await read(id)).status).toBe("DRAFT");

    const draft = await read(id);
    const added = await gql(admin.token, ADD, {
      id,
      r: draft.revision,
      input: {
        code: "WH-02",
        area: "WORKING_HOURS",
        question: "Is overtime voluntary and paid at a premium?",
        answerType: "YES_NO",
        weight: 3,
      },
    });
    expect(added.body.errors).toBeUndefined();
    expect(added.body.data.addChecklistItem.items.at(-1)).toMatchObject({
      code: "WH-02",
      guidance: "",
      zeroTolerance: false,
      evidenceRequired: false,
    });
    const published = await gql(admin.token, PUBLISH, { id });
    expect(published.body.errors).toBeUndefined();
    expect(published.body.data.publishChecklist.status).toBe("PUBLISHED");
  });

  it("names the existing draft when a version is revised twice", async () => {
    const published = await publishedChecklist(app, admin.token);
    const first = await gql(admin.token, REVISE, { id: published.id });
    const second = await gql(admin.token, REVISE, { id: published.id });
    expect(codesOf(second)).toEqual(["CONFLICT"]);
    expect(second.body.errors![0].message).toMatch(
      /already has a draft \(version 2\): edit or publish that one$/,
    );
    expect(second.body.errors![0].extensions!.draftChecklistId).toBe(
      first.body.data.reviseChecklist.id,
    );
    const drafts = await app.dataSource.manager.countBy(Checklist, {
      familyId: (await app.dataSource.manager.findOneByOrFail(Checklist, { id: published.id }))
        .familyId,
    });
    expect(drafts).toBe(2);
  });

  describe("a second self-assessment on the same checklist", () => {
    it("is a CONFLICT in plain words naming the open one, and each SAQ has its own reference", async () => {
      const checklist = await publishedChecklist(app, admin.token);
      const first = await gql(supplier.token, START, { supplierId, checklistId: checklist.id });
      expect(first.body.errors).toBeUndefined();
      const open = first.body.data.startSelfAssessment;

      const second = await gql(supplier.token, START, { supplierId, checklistId: checklist.id });
      expect(codesOf(second)).toEqual(["CONFLICT"]);
      const [error] = second.body.errors!;
      expect(error.message).toBe(
        "You already have a self-assessment in progress for this checklist",
      );
      expect(error.message).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}/);
      expect(error.extensions).toMatchObject({ openSelfAssessmentId: open.id });

      // Another checklist's SAQ of the same supplier gets the next reference.
      const other = await publishedChecklist(app, admin.token);
      const next = await gql(supplier.token, START, { supplierId, checklistId: other.id });
      const list = (await gql(supplier.token, SAQS, { id: supplierId })).body.data.supplier
        .selfAssessments as { id: string; reference: string }[];
      const references = new Map(list.map((saq) => [saq.id, saq.reference]));
      expect(new Set(references.values()).size).toBe(list.length);
      expect(Number(references.get(next.body.data.startSelfAssessment.id)!.slice(4))).toBe(
        Number(open.reference.slice(4)) + 1,
      );
    });
  });
});
