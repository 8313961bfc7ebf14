import { AuditEvent } from "../src/modules/audit-trail/audit-event.entity";
import { Checklist } from "../src/modules/checklist/checklist.entity";
import {
  DEFAULT_CHECKLIST_FAMILY_ID,
  DEFAULT_CHECKLIST_ITEMS,
  DEFAULT_CHECKLIST_NAMES,
} from "../src/modules/checklist/default-checklist";
import { Role } from "../src/shared/domain/role.enum";
import { makeRoles, makeSupplier, makeUser, type TestUser } from "./support/factories";
import { countQueries } from "./support/query-counter";
import {
  CREATE_CHECKLIST,
  defaultChecklist,
  publishedChecklist,
  smallChecklistInput,
  START,
} from "./support/self-assessments";
import { createTestApp, errorCodes, type GraphQLResult, type TestApp } from "./support/test-app";

const ITEM_FIELDS = `id code question guidance saqQuestion textLocale textFallback
  texts { locale saqQuestion auditQuestion guidance }`;
const FIELDS = `id status revision requiredLocales items { ${ITEM_FIELDS} }`;
const READ = `query($id: ID!) { checklist(id: $id) { ${FIELDS} } }`;
const CREATE = `mutation($input: CreateChecklistInput!) { createChecklist(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $r: Int!, $input: ChecklistItemInput!) {
  updateChecklistItem(id: $id, expectedRevision: $r, input: $input) { ${FIELDS} } }`;
const ADD = `mutation($id: ID!, $r: Int!, $input: ChecklistItemInput!) {
  addChecklistItem(checklistId: $id, expectedRevision: $r, input: $input) { ${FIELDS} } }`;
const PUBLISH = `mutation($id: ID!) { publishChecklist(id: $id) { ${FIELDS} } }`;
const REVISE = `mutation($id: ID!) { reviseChecklist(id: $id) { ${FIELDS} } }`;
const REQUIRE = `mutation($id: ID!, $r: Int!, $locales: [String!]!) {
  setChecklistRequiredLocales(id: $id, expectedRevision: $r, requiredLocales: $locales) { ${FIELDS} } }`;
const NAME_FIELDS = `id status revision name english: name(locale: "en") chinese: name(locale: "zh-CN")
  nameTranslations { locale name }`;
const READ_NAMES = `query($id: ID!) { checklist(id: $id) { ${NAME_FIELDS} } }`;
const RENAME = `mutation($id: ID!, $r: Int!, $input: RenameChecklistInput!) {
  renameChecklist(id: $id, expectedRevision: $r, input: $input) { ${NAME_FIELDS} } }`;

interface NamesView {
  id: string;
  status: string;
  revision: number;
  name: string;
  english: string;
  chinese: string;
  nameTranslations: { locale: string; name: string }[];
}

interface TextView {
  locale: string;
  saqQuestion: string;
  auditQuestion: string;
  guidance: string;
}
interface ItemView {
  id: string;
  code: string;
  question: string;
  guidance: string;
  saqQuestion: string;
  textLocale: string;
  textFallback: boolean;
  texts: TextView[];
}
interface ChecklistView {
  id: string;
  status: string;
  revision: number;
  requiredLocales: string[];
  items: ItemView[];
}

/** A plausible Chinese text for one of smallChecklistInput's items. */
const zh = (code: string) => ({
  locale: "zh-CN",
  saqQuestion: `贵公司是否满足 ${code} 的要求？`,
  auditQuestion: `供应商是否满足 ${code} 的要求？`,
  guidance: `查阅 ${code} 的相关记录。`,
});

const fieldsOf = (result: GraphQLResult) =>
  (result.errors?.[0]?.extensions?.fields ?? []) as { path: string; message: string }[];

describe("checklist items in English and Chinese", () => {
  let app: TestApp;
  let admin: TestUser;
  let supplier: TestUser;

  /** Runs as `token`'s holder with the given Accept-Language (their stored locale wins). */
  async function execIn(
    acceptLanguage: string | null,
    token: string,
    query: string,
    variables: Record<string, unknown> = {},
  ): Promise<GraphQLResult> {
    const contextValue = await app.server.contextFor(token, undefined, null, acceptLanguage);
    const response = await app.server.apollo.executeOperation(
      { query, variables },
      { contextValue },
    );
    if (response.body.kind !== "single") throw new Error("unexpected incremental response");
    return response.body.singleResult as GraphQLResult;
  }
  const ok = <T>(result: GraphQLResult, key: string): T => {
    expect(result.errors).toBeUndefined();
    return result.data![key] as T;
  };

  /** A draft that requires Chinese, with only the English text of smallChecklistInput. */
  async function bilingualDraft(): Promise<ChecklistView> {
    const input = {
      ...smallChecklistInput(),
      nameTranslations: [{ locale: "zh-CN", name: "小型检查表" }],
      requiredLocales: ["zh-CN", "en"],
    };
    return ok<ChecklistView>(await app.exec(admin.token, CREATE, { input }), "createChecklist");
  }

  beforeAll(async () => {
    app = await createTestApp();
    const supplierId = (await makeSupplier(app)).id;
    ({ admin, supplier } = await makeRoles(app, supplierId));
  });
  afterAll(() => app.close());

  it("ships the default checklist complete in both languages, as the live seed has it", async () => {
    const { id } = await defaultChecklist(app);
    const checklist = ok<ChecklistView>(await app.exec(admin.token, READ, { id }), "checklist");
    expect(checklist.requiredLocales).toEqual(["en", "zh-CN"]);
    expect(checklist.items).toHaveLength(DEFAULT_CHECKLIST_ITEMS.length);
    for (const [index, item] of checklist.items.entries()) {
      const seed = DEFAULT_CHECKLIST_ITEMS[index];
      expect(item.code).toBe(seed.code);
      expect(item.texts).toEqual([
        { locale: "en", ...seed.text.en },
        { locale: "zh-CN", ...seed.text["zh-CN"] },
      ]);
    }
  });

  it("serves the caller's language, from the stored locale or Accept-Language", async () => {
    const { id } = await defaultChecklist(app);
    const cfl01 = DEFAULT_CHECKLIST_ITEMS.find((item) => item.code === "CFL-01")!;
    const item = (result: GraphQLResult) =>
      ok<ChecklistView>(result, "checklist").items.find((i) => i.code === "CFL-01")!;

    const english = item(await execIn(null, supplier.token, READ, { id }));
    expect(english).toMatchObject({
      question: cfl01.text.en.auditQuestion,
      saqQuestion: cfl01.text.en.saqQuestion,
      guidance: cfl01.text.en.guidance,
      textLocale: "en",
      textFallback: false,
    });
    expect(english.saqQuestion).toMatch(/^Are all your workers/);

    const byHeader = item(await execIn("zh-CN,zh;q=0.9", supplier.token, READ, { id }));
    expect(byHeader).toMatchObject({
      question: cfl01.text["zh-CN"].auditQuestion,
      saqQuestion: cfl01.text["zh-CN"].saqQuestion,
      guidance: cfl01.text["zh-CN"].guidance,
      textLocale: "zh-CN",
      textFallback: false,
    });
    expect(byHeader.saqQuestion).toContain("贵公司");

    // A stored choice beats the header.
    ok(
      await app.exec(supplier.token, `mutation { setLocale(locale: "zh-CN") { id } }`),
      "setLocale",
    );
    expect(item(await execIn("en", supplier.token, READ, { id })).textLocale).toBe("zh-CN");
    ok(await app.exec(supplier.token, `mutation { setLocale(locale: "en") { id } }`), "setLocale");
  });

  it("serves an explicit locale argument, and English marked as a fallback where there is none", async () => {
    const { id } = await defaultChecklist(app);
    const query = `query($id: ID!) { checklist(id: $id) { items {
      code question(locale: "zh-CN") saqQuestion(locale: "zh-CN") guidance(locale: "en")
      textLocale(locale: "zh-CN") textFallback(locale: "zh-CN") english: textLocale(locale: "xx") } } }`;
    const items = ok<{ items: Record<string, unknown>[] }>(
      await app.exec(admin.token, query, { id }),
      "checklist",
    ).items;
    expect(items[0]).toEqual({
      code: "MS-01",
      question: DEFAULT_CHECKLIST_ITEMS[0].text["zh-CN"].auditQuestion,
      saqQuestion: DEFAULT_CHECKLIST_ITEMS[0].text["zh-CN"].saqQuestion,
      guidance: DEFAULT_CHECKLIST_ITEMS[0].text.en.guidance,
      textLocale: "zh-CN",
      textFallback: false,
      // Not a locale of ours: the caller's (English).
      english: "en",
    });

    const englishOnly = await publishedChecklist(app, admin.token);
    const fallback = ok<ChecklistView>(
      await execIn("zh-CN", admin.token, READ, { id: englishOnly.id }),
      "checklist",
    ).items[0];
    expect(fallback).toMatchObject({
      code: "ENV-01",
      question: "Is there a valid environmental permit?",
      // Nobody wrote the supplier voice: the SAQ asks the audit question.
      saqQuestion: "Is there a valid environmental permit?",
      guidance: "Check the permit",
      textLocale: "en",
      textFallback: true,
    });
  });

  it("refuses to publish while a required language lacks a text, naming each, then publishes", async () => {
    const draft = await bilingualDraft();
    expect(draft.requiredLocales).toEqual(["en", "zh-CN"]);
    const refused = await app.exec(admin.token, PUBLISH, { id: draft.id });
    expect(errorCodes(refused)).toEqual(["BAD_USER_INPUT"]);
    const paths = fieldsOf(refused).map((field) => field.path);
    expect(paths).toHaveLength(5 * 3);
    expect(paths).toEqual(
      expect.arrayContaining([
        "items.ENV-01.text.zh-CN.saqQuestion",
        "items.ENV-01.text.zh-CN.auditQuestion",
        "items.ENV-01.text.zh-CN.guidance",
        "items.BE-02.text.zh-CN.guidance",
      ]),
    );
    expect(fieldsOf(refused)).toContainEqual({
      path: "items.ENV-01.text.zh-CN.saqQuestion",
      message: "ENV-01 has no SAQ question in zh-CN",
    });

    // Chinese for all but one item's guidance: only that one is left.
    let current = draft;
    for (const item of draft.items) {
      const source = smallChecklistInput().items.find((i) => i.code === item.code)!;
      const text = item.code === "BE-02" ? { ...zh(item.code), guidance: "" } : zh(item.code);
      current = ok<ChecklistView>(
        await app.exec(admin.token, UPDATE, {
          id: item.id,
          r: current.revision,
          input: { ...source, question: undefined, guidance: undefined, texts: [text] },
        }),
        "updateChecklistItem",
      );
    }
    const almost = await app.exec(admin.token, PUBLISH, { id: draft.id });
    expect(fieldsOf(almost)).toEqual([
      { path: "items.BE-02.text.zh-CN.guidance", message: "BE-02 has no guidance in zh-CN" },
    ]);

    const be02 = current.items.find((item) => item.code === "BE-02")!;
    const source = smallChecklistInput().items.find((i) => i.code === "BE-02")!;
    current = ok<ChecklistView>(
      await app.exec(admin.token, UPDATE, {
        id: be02.id,
        r: current.revision,
        input: { ...source, texts: [zh("BE-02")] },
      }),
      "updateChecklistItem",
    );
    // `question`/`guidance` still set the English text and leave the Chinese as it was.
    expect(current.items.find((item) => item.code === "BE-02")!.texts).toEqual([
      {
        locale: "en",
        saqQuestion: source.question,
        auditQuestion: source.question,
        guidance: source.guidance,
      },
      zh("BE-02"),
    ]);
    const published = ok<ChecklistView>(
      await app.exec(admin.token, PUBLISH, { id: draft.id }),
      "publishChecklist",
    );
    expect(published.status).toBe("PUBLISHED");

    // Revising keeps the languages, texts and requirement.
    const revised = ok<ChecklistView>(
      await app.exec(admin.token, REVISE, { id: draft.id }),
      "reviseChecklist",
    );
    expect(revised.requiredLocales).toEqual(["en", "zh-CN"]);
    expect(revised.items.map((item) => item.texts)).toEqual(
      published.items.map((item) => item.texts),
    );
  });

  it("sets the required languages of a draft only, audit-trailed; English always stays", async () => {
    const created = ok<ChecklistView>(
      await app.exec(admin.token, CREATE_CHECKLIST, { input: smallChecklistInput() }),
      "createChecklist",
    );
    const draft = ok<ChecklistView>(
      await app.exec(admin.token, READ, { id: created.id }),
      "checklist",
    );
    expect(draft.requiredLocales).toEqual(["en"]);
    const noEnglish = await app.exec(admin.token, REQUIRE, {
      id: draft.id,
      r: draft.revision,
      locales: ["zh-CN", "fr"],
    });
    expect(fieldsOf(noEnglish)).toEqual([
      { path: "requiredLocales.1", message: "must be one of en, zh-CN" },
      {
        path: "requiredLocales",
        message: "must include en: English is the fallback for every text",
      },
    ]);
    const set = ok<ChecklistView>(
      await app.exec(admin.token, REQUIRE, {
        id: draft.id,
        r: draft.revision,
        locales: ["zh-CN", "en"],
      }),
      "setChecklistRequiredLocales",
    );
    expect(set).toMatchObject({ requiredLocales: ["en", "zh-CN"], revision: draft.revision + 1 });
    const events = await app.dataSource.manager.find(AuditEvent, {
      where: { entityType: "Checklist", entityId: draft.id },
      order: { seq: "ASC" },
    });
    expect(events.at(-1)).toMatchObject({
      action: "checklist.required_locales_changed",
      changes: { requiredLocales: { before: ["en"], after: ["en", "zh-CN"] } },
    });
    // Each item's three texts, and the name.
    const refused = fieldsOf(await app.exec(admin.token, PUBLISH, { id: draft.id }));
    expect(refused).toHaveLength(15 + 1);
    expect(refused[0]).toEqual({
      path: "nameTranslations.zh-CN",
      message: "The checklist has no name in zh-CN",
    });

    const published = await publishedChecklist(app, admin.token);
    const onPublished = await app.exec(admin.token, REQUIRE, {
      id: published.id,
      r: 1,
      locales: ["en", "zh-CN"],
    });
    expect(errorCodes(onPublished)).toEqual(["CONFLICT"]);
  });

  it("refuses texts that are not usable, at their fields", async () => {
    const input = smallChecklistInput();
    const [first, second, ...rest] = input.items;
    const result = await app.exec(admin.token, CREATE, {
      input: {
        ...input,
        requiredLocales: ["en", "de"],
        items: [
          {
            ...first,
            texts: [
              zh(first.code),
              { locale: "fr", auditQuestion: "Y a-t-il un permis ?" },
              zh(first.code),
            ],
          },
          // Neither `question` nor an English text.
          { ...second, question: undefined, guidance: undefined, texts: [zh(second.code)] },
          ...rest,
        ],
      },
    });
    expect(errorCodes(result)).toEqual(["BAD_USER_INPUT"]);
    expect(fieldsOf(result)).toEqual([
      { path: "input.items.0.texts.1.locale", message: "must be one of en, zh-CN" },
      { path: "input.items.0.texts.2.locale", message: "zh-CN is given twice" },
      {
        path: "input.items.1.question",
        message: "is required: the English audit question, here or in texts",
      },
      { path: "input.requiredLocales.1", message: "must be one of en, zh-CN" },
    ]);

    const draft = await bilingualDraft();
    const target = draft.items[0];
    const differing = await app.exec(admin.token, UPDATE, {
      id: target.id,
      r: draft.revision,
      input: {
        ...input.items[0],
        texts: [{ locale: "en", saqQuestion: "Do you hold a permit?", auditQuestion: "Other?" }],
      },
    });
    expect(fieldsOf(differing).map((field) => field.path)).toEqual([
      "input.question",
      "input.guidance",
    ]);
    const blankEnglish = await app.exec(admin.token, ADD, {
      id: draft.id,
      r: draft.revision,
      input: {
        ...input.items[0],
        code: "ENV-09",
        question: undefined,
        guidance: undefined,
        texts: [{ locale: "en", saqQuestion: "Do you?", auditQuestion: "  " }],
      },
    });
    expect(fieldsOf(blankEnglish)).toEqual([
      {
        path: "input.texts.0.auditQuestion",
        message: "must not be blank: English is the fallback for every language",
      },
    ]);
    expect(
      ok<ChecklistView>(await app.exec(admin.token, READ, { id: draft.id }), "checklist"),
    ).toEqual(draft);
  });

  it("keeps a separately written English SAQ question when an old client rewrites the question", async () => {
    const draft = await bilingualDraft();
    const [target] = draft.items;
    const source = smallChecklistInput().items[0];
    const written = ok<ChecklistView>(
      await app.exec(admin.token, UPDATE, {
        id: target.id,
        r: draft.revision,
        input: {
          ...source,
          question: undefined,
          guidance: undefined,
          texts: [
            {
              locale: "en",
              saqQuestion: "Do you hold a valid environmental permit?",
              auditQuestion: source.question,
              guidance: source.guidance,
            },
            zh(source.code),
          ],
        },
      }),
      "updateChecklistItem",
    );
    const reworded = ok<ChecklistView>(
      await app.exec(admin.token, UPDATE, {
        id: target.id,
        r: written.revision,
        input: { ...source, question: "Are all environmental permits valid?" },
      }),
      "updateChecklistItem",
    );
    expect(reworded.items[0].texts).toEqual([
      {
        locale: "en",
        saqQuestion: "Do you hold a valid environmental permit?",
        auditQuestion: "Are all environmental permits valid?",
        guidance: source.guidance,
      },
      zh(source.code),
    ]);
    // A blank entry removes that language's text.
    const removed = ok<ChecklistView>(
      await app.exec(admin.token, UPDATE, {
        id: target.id,
        r: reworded.revision,
        input: { ...source, texts: [{ locale: "zh-CN", saqQuestion: " ", auditQuestion: "" }] },
      }),
      "updateChecklistItem",
    );
    expect(removed.items[0].texts.map((text) => text.locale)).toEqual(["en"]);
  });

  it("names the default checklist in both languages, in the reader's or the asked-for one", async () => {
    const { id } = await defaultChecklist(app);
    expect(DEFAULT_CHECKLIST_NAMES["zh-CN"]).toBe("供应商 ESG 审核检查表");
    const english = ok<NamesView>(await execIn(null, admin.token, READ_NAMES, { id }), "checklist");
    expect(english).toMatchObject({
      name: DEFAULT_CHECKLIST_NAMES.en,
      english: DEFAULT_CHECKLIST_NAMES.en,
      chinese: DEFAULT_CHECKLIST_NAMES["zh-CN"],
      nameTranslations: [{ locale: "zh-CN", name: DEFAULT_CHECKLIST_NAMES["zh-CN"] }],
    });
    const chinese = ok<NamesView>(
      await execIn("zh-CN", admin.token, READ_NAMES, { id }),
      "checklist",
    );
    expect(chinese.name).toBe(DEFAULT_CHECKLIST_NAMES["zh-CN"]);
    expect(chinese.english).toBe(DEFAULT_CHECKLIST_NAMES.en);
    // Every version of the default family has it, frozen with the rest of a published version.
    const stored = await app.dataSource.manager.findBy(Checklist, {
      familyId: DEFAULT_CHECKLIST_FAMILY_ID,
    });
    expect(stored.length).toBeGreaterThan(0);
    for (const version of stored)
      expect(version.nameTranslations).toEqual({ "zh-CN": DEFAULT_CHECKLIST_NAMES["zh-CN"] });
    await expect(
      app.dataSource.query(
        `UPDATE checklist SET name_translations = '{"zh-CN": "别的名称"}' WHERE id = $1`,
        [id],
      ),
    ).rejects.toThrow(/cannot change/);
    const draft = await bilingualDraft();
    await expect(
      app.dataSource.query(`UPDATE checklist SET name_translations = '[]' WHERE id = $1`, [
        draft.id,
      ]),
    ).rejects.toThrow(/checklist_name_translations_check/);
  });

  it("takes a Chinese name at creation and on a draft, falls back to English, publishes with it", async () => {
    const input = {
      ...smallChecklistInput("Supplier labour checklist"),
      requiredLocales: ["en", "zh-CN"],
    };
    const refused = await app.exec(admin.token, CREATE, {
      input: {
        ...input,
        nameTranslations: [
          { locale: "en", name: "Other" },
          { locale: "zh-CN", name: "劳工检查表" },
          { locale: "zh-CN", name: "又一个" },
        ],
      },
    });
    expect(errorCodes(refused)).toEqual(["BAD_USER_INPUT"]);
    expect(fieldsOf(refused)).toEqual([
      {
        path: "input.nameTranslations.0.locale",
        message: "must be zh-CN: the English name is the checklist's name",
      },
      { path: "input.nameTranslations.2.locale", message: "zh-CN is given twice" },
    ]);

    const created = ok<ChecklistView>(
      await app.exec(admin.token, CREATE, { input }),
      "createChecklist",
    );
    const draft = ok<NamesView>(
      await execIn("zh-CN", admin.token, READ_NAMES, { id: created.id }),
      "checklist",
    );
    // No Chinese name yet: a Chinese reader gets the English one.
    expect(draft).toMatchObject({
      name: "Supplier labour checklist",
      chinese: "Supplier labour checklist",
      nameTranslations: [],
    });

    // Publishing needs the Chinese name as Chinese is required, beside the item texts.
    const unnamed = await app.exec(admin.token, PUBLISH, { id: created.id });
    expect(fieldsOf(unnamed)).toContainEqual({
      path: "nameTranslations.zh-CN",
      message: "The checklist has no name in zh-CN",
    });

    const named = ok<NamesView>(
      await app.exec(admin.token, RENAME, {
        id: created.id,
        r: draft.revision,
        input: { nameTranslations: [{ locale: "zh-CN", name: "  供应商劳工检查表 " }] },
      }),
      "renameChecklist",
    );
    expect(named).toMatchObject({
      revision: draft.revision + 1,
      name: "Supplier labour checklist",
      chinese: "供应商劳工检查表",
      nameTranslations: [{ locale: "zh-CN", name: "供应商劳工检查表" }],
    });
    const events = await app.dataSource.manager.find(AuditEvent, {
      where: { entityType: "Checklist", entityId: created.id },
      order: { seq: "ASC" },
    });
    expect(events.at(-1)).toMatchObject({
      action: "checklist.renamed",
      changes: {
        names: {
          before: { name: "Supplier labour checklist", nameTranslations: {} },
          after: {
            name: "Supplier labour checklist",
            nameTranslations: { "zh-CN": "供应商劳工检查表" },
          },
        },
      },
    });
    // A stale revision is refused, the English name can change, a blank name removes a translation.
    expect(
      errorCodes(
        await app.exec(admin.token, RENAME, {
          id: created.id,
          r: draft.revision,
          input: { name: "Renamed" },
        }),
      ),
    ).toEqual(["CONFLICT"]);
    const blanked = ok<NamesView>(
      await app.exec(admin.token, RENAME, {
        id: created.id,
        r: named.revision,
        input: { name: " Labour checklist ", nameTranslations: [{ locale: "zh-CN", name: " " }] },
      }),
      "renameChecklist",
    );
    expect(blanked).toMatchObject({
      name: "Labour checklist",
      chinese: "Labour checklist",
      nameTranslations: [],
    });
    const badLocale = await app.exec(admin.token, RENAME, {
      id: created.id,
      r: blanked.revision,
      input: { nameTranslations: [{ locale: "fr", name: "Liste" }] },
    });
    expect(fieldsOf(badLocale)).toEqual([
      {
        path: "input.nameTranslations.0.locale",
        message: "must be zh-CN: the English name is the checklist's name",
      },
    ]);
    const renamed = ok<NamesView>(
      await app.exec(admin.token, RENAME, {
        id: created.id,
        r: blanked.revision,
        input: { nameTranslations: [{ locale: "zh-CN", name: "劳工检查表" }] },
      }),
      "renameChecklist",
    );

    // With the item texts in Chinese too, it publishes; a published name never changes.
    let current = ok<ChecklistView>(
      await app.exec(admin.token, READ, { id: created.id }),
      "checklist",
    );
    for (const item of current.items) {
      const source = input.items.find((i) => i.code === item.code)!;
      current = ok<ChecklistView>(
        await app.exec(admin.token, UPDATE, {
          id: item.id,
          r: current.revision,
          input: { ...source, texts: [zh(item.code)] },
        }),
        "updateChecklistItem",
      );
    }
    expect(current.revision).toBe(renamed.revision + input.items.length);
    ok(await app.exec(admin.token, PUBLISH, { id: created.id }), "publishChecklist");
    expect(
      errorCodes(
        await app.exec(admin.token, RENAME, {
          id: created.id,
          r: current.revision,
          input: { nameTranslations: [{ locale: "zh-CN", name: "改名" }] },
        }),
      ),
    ).toEqual(["CONFLICT"]);

    // Revising copies the names.
    const revised = ok<{ id: string }>(
      await app.exec(admin.token, REVISE, { id: created.id }),
      "reviseChecklist",
    );
    expect(
      ok<NamesView>(
        await execIn("zh-CN", admin.token, READ_NAMES, { id: revised.id }),
        "checklist",
      ),
    ).toMatchObject({
      name: "劳工检查表",
      english: "Labour checklist",
      nameTranslations: [{ locale: "zh-CN", name: "劳工检查表" }],
    });
  });

  it("names the checklist of a self-assessment and its open action in the reader's language", async () => {
    const { id: checklistId } = await defaultChecklist(app);
    const supplierId = (await makeSupplier(app)).id;
    const reader = await makeUser(app, Role.SUPPLIER, { supplierId });
    const started = ok<{ id: string }>(
      await app.exec(reader.token, START, { supplierId, checklistId }),
      "startSelfAssessment",
    );
    const saq = `query($id: ID!) { selfAssessment(id: $id) { checklist { name version } } }`;
    const nameIn = async (acceptLanguage: string) =>
      ok<{ checklist: { name: string } }>(
        await execIn(acceptLanguage, reader.token, saq, { id: started.id }),
        "selfAssessment",
      ).checklist.name;
    expect(await nameIn("zh-CN")).toBe(DEFAULT_CHECKLIST_NAMES["zh-CN"]);
    expect(await nameIn("en")).toBe(DEFAULT_CHECKLIST_NAMES.en);

    const actions = `{ openActions { kind title } }`;
    const titles = async (acceptLanguage: string) =>
      ok<{ kind: string; title: string }[]>(
        await execIn(acceptLanguage, reader.token, actions),
        "openActions",
      ).map((action) => action.title);
    expect(await titles("zh-CN")).toContain(
      `填写并提交自评问卷（${DEFAULT_CHECKLIST_NAMES["zh-CN"]} 第 1 版）`,
    );
    expect(await titles("en")).toContain(
      `Fill in and submit the self-assessment (${DEFAULT_CHECKLIST_NAMES.en} v1)`,
    );
  });

  it("reads all 40 items' texts in a fixed number of statements", async () => {
    const { id } = await defaultChecklist(app);
    const query = `query($id: ID!) { checklist(id: $id) { items { code saqQuestion question guidance
      textFallback texts { locale } } } }`;
    const { result, count } = await countQueries(() => app.exec(admin.token, query, { id }));
    expect(result.errors).toBeUndefined();
    expect(result.data!.checklist.items).toHaveLength(40);
    // The checklist, its items, their texts (and the viewer's token check): never one per item.
    expect(count).toBeLessThanOrEqual(6);
  });
});
