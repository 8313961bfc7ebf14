import { auditTeam, completedAudit } from "./support/audit-fixtures";
import {
  CREATE_DECLARATION as CREATE_DECLARATION_D,
  createDeclaration,
  DECLARATION_FIELDS,
  fixture,
} from "./support/declarations";
import { storeDocument } from "./support/documents";
import { categoryId, makeSupplier, makeUser, type TestUser } from "./support/factories";
import { createTestApp, errorCodes, type GraphQLResult, type TestApp } from "./support/test-app";
import { Role } from "../src/shared/domain/role.enum";

const IMPORT = `mutation($s: ID!, $c: ID!, $d: ID!) {
  importIpc1752a(supplierId: $s, categoryId: $c, documentId: $d) {
    ${DECLARATION_FIELDS} sourceDocumentId evidence { documentId sha256 }
    materials { name massMg substances { cas name ppm massMg } }
    compliance { compliant violations { cas substanceName list listVersion measuredPercent
      allowedPercent material message } unevaluated { cas reason } targetSubstances { cas kind material } } } }`;
const SUBMIT = `mutation($id: ID!) { submitMaterialDeclaration(id: $id) { ${DECLARATION_FIELDS} submittedAt } }`;
const REVIEW = `mutation($id: ID!, $accept: Boolean!, $reason: String) {
  reviewMaterialDeclaration(id: $id, accept: $accept, reason: $reason) { ${DECLARATION_FIELDS} reviewedAt } }`;
const UPDATE = `mutation($id: ID!, $input: DeclarationContentInput!, $v: Int!) {
  updateMaterialDeclaration(id: $id, input: $input, expectedVersion: $v) { ${DECLARATION_FIELDS} } }`;
const STANDING = `query($id: ID!) { supplier(id: $id) { status statusReasons score { explanation { label points } } } }`;
const LIST = `query($s: ID, $status: DeclarationStatus) { materialDeclarations(supplierId: $s, status: $status, first: 50) {
  totalCount edges { node { id partNumber supplier { id } } } } }`;

const fieldsOf = (result: GraphQLResult) =>
  (result.errors?.[0]?.extensions?.fields ?? []) as { path: string; message: string }[];

describe("material declarations: IPC-1752A import, lifecycle, compliance and procurement", () => {
  let app: TestApp;
  let admin: TestUser;
  let auditor: TestUser;
  let supplierUser: TestUser;
  let otherUser: TestUser;
  let supplierId: string;
  let otherSupplierId: string;
  let junctionBox: string;

  const ok = async (user: TestUser, query: string, variables?: Record<string, unknown>) => {
    const result = await app.exec(user.token, query, variables);
    expect(result.errors).toBeUndefined();
    return result.data!;
  };
  const importFile = async (user: TestUser, name: string, forSupplier = supplierId) => {
    const document = await storeDocument(app, user.token, fixture(name), name);
    return app.exec(user.token, IMPORT, { s: forSupplier, c: junctionBox, d: document.id });
  };

  beforeAll(async () => {
    app = await createTestApp();
    const team = await auditTeam(app);
    admin = await makeUser(app, Role.ADMIN);
    auditor = await makeUser(app, Role.AUDITOR);
    const supplier = await makeSupplier(app, { name: "Ribbon Works" });
    const other = await makeSupplier(app, { name: "Other Ribbons" });
    supplierId = supplier.id;
    otherSupplierId = other.id;
    // An audit with every item conforming: APPROVED before any declaration.
    await completedAudit(app, team.plan(supplierId));
    supplierUser = await makeUser(app, Role.SUPPLIER, { supplierId });
    otherUser = await makeUser(app, Role.SUPPLIER, { supplierId: otherSupplierId });
    junctionBox = await categoryId(app, "JUNCTION_BOX");
  });

  afterAll(async () => {
    await app?.close();
  });

  it("starts APPROVED", async () => {
    const data = await ok(admin, STANDING, { id: supplierId });
    expect(data.supplier.status).toBe("APPROVED");
  });

  it("imports a class C file with lead in solder at 0.2 %, accepted, and the supplier turns CONDITIONAL", async () => {
    const imported = await importFile(supplierUser, "class-c-lead-solder.xml");
    expect(imported.errors).toBeUndefined();
    const draft = imported.data!.importIpc1752a;
    expect(draft).toMatchObject({
      status: "DRAFT",
      declarationClass: "C",
      partNumber: "RB-0.25-SN",
      partName: "Tinned copper ribbon",
      version: 1,
    });
    expect(draft.evidence).toEqual([
      { documentId: draft.sourceDocumentId, sha256: expect.stringMatching(/^[0-9a-f]{64}$/) },
    ]);
    expect(draft.materials[0]).toEqual({
      name: "Solder coating",
      massMg: 1000,
      substances: [
        { cas: "7440-31-5", name: "Tin", ppm: 998000, massMg: null },
        { cas: "7439-92-1", name: "Lead", ppm: 2000, massMg: null },
      ],
    });
    expect(draft.compliance.compliant).toBe(false);
    expect(draft.compliance.violations).toEqual([
      expect.objectContaining({
        cas: "7439-92-1",
        list: "ROHS",
        measuredPercent: 0.2,
        allowedPercent: 0.1,
        material: "Solder coating",
      }),
    ]);
    expect(draft.compliance.violations[0].message).toMatch(/0\.2 % in Solder coating, over ROHS/);
    // Lead is a REDUCE target of the company, not ELIMINATE.
    expect(draft.compliance.targetSubstances).toEqual([
      { cas: "7439-92-1", kind: "REDUCE", material: "Solder coating" },
    ]);

    // Still a draft: procurement does not see it yet.
    expect((await ok(admin, STANDING, { id: supplierId })).supplier.status).toBe("APPROVED");
    await ok(supplierUser, SUBMIT, { id: draft.id });
    const refused = await app.exec(supplierUser.token, REVIEW, { id: draft.id, accept: true });
    expect(errorCodes(refused)).toEqual(["FORBIDDEN"]);
    const accepted = await ok(auditor, REVIEW, { id: draft.id, accept: true });
    expect(accepted.reviewMaterialDeclaration.status).toBe("ACCEPTED");

    const standing = (await ok(admin, STANDING, { id: supplierId })).supplier;
    expect(standing.status).toBe("CONDITIONAL");
    expect(standing.statusReasons).toEqual([
      "Restricted substance over limit in an accepted material declaration: part RB-0.25-SN (Tinned copper ribbon)",
    ]);
    const events = await app.dataSource.query(
      `SELECT action FROM audit_event WHERE entity_type = 'MaterialDeclaration' AND entity_id = $1
        ORDER BY seq`,
      [draft.id],
    );
    expect(events.map((e: { action: string }) => e.action)).toEqual([
      "material_declaration.imported",
      "material_declaration.submitted",
      "material_declaration.accepted",
    ]);
  });

  it("a class A compliant declaration, accepted, does not make a supplier CONDITIONAL", async () => {
    const created = await createDeclaration(app, otherUser.token, otherSupplierId, junctionBox, {
      statements: [
        { list: "ROHS", compliant: true },
        { list: "REACH_SVHC", compliant: true },
      ],
    });
    const before = (await ok(admin, STANDING, { id: otherSupplierId })).supplier;
    await ok(otherUser, SUBMIT, { id: created.id });
    await ok(admin, REVIEW, { id: created.id, accept: true });
    const data = await ok(
      admin,
      `query($id: ID!) { materialDeclaration(id: $id) { status compliance { compliant violations { message } unevaluated { list } } } }`,
      { id: created.id },
    );
    expect(data.materialDeclaration).toEqual({
      status: "ACCEPTED",
      compliance: { compliant: true, violations: [], unevaluated: [] },
    });
    const after = (await ok(admin, STANDING, { id: otherSupplierId })).supplier;
    expect(after).toEqual(before);
    expect(after.statusReasons.join(" ")).not.toMatch(/restricted substance/i);
  });

  it("a class A 'no' for a list is a violation of that list, and so is a claimed exemption that is not the list's or has expired", async () => {
    const created = await createDeclaration(app, otherUser.token, otherSupplierId, junctionBox, {
      statements: [
        { list: "ROHS", compliant: true, exemptions: ["NOT-A-CODE"] },
        { list: "REACH_SVHC", compliant: false },
      ],
    });
    const data = await ok(
      admin,
      `query($id: ID!) { materialDeclaration(id: $id) { compliance { compliant violations { list cas message } } } }`,
      { id: created.id },
    );
    const { compliant, violations } = data.materialDeclaration.compliance;
    expect(compliant).toBe(false);
    expect(violations).toEqual([
      {
        list: "REACH_SVHC",
        cas: null,
        message: expect.stringMatching(
          /^The supplier declares the part not compliant with REACH_SVHC/,
        ),
      },
      {
        list: "ROHS",
        cas: null,
        message:
          "Compliance with ROHS rests on exemption NOT-A-CODE, which is not one of the list's",
      },
    ]);
    // Declared after RoHS Annex III 6(c) expired (2027-06-30): the claim no longer holds.
    const late = await createDeclaration(app, otherUser.token, otherSupplierId, junctionBox, {
      declaredAt: "2027-08-01T00:00:00Z",
      statements: [{ list: "ROHS", compliant: true, exemptions: ["6(c)"] }],
    });
    const lateData = await ok(
      admin,
      `query($id: ID!) { materialDeclaration(id: $id) { compliance { compliant violations { message } } } }`,
      { id: late.id },
    );
    expect(lateData.materialDeclaration.compliance).toEqual({
      compliant: false,
      violations: [
        { message: "Compliance with ROHS rests on exemption 6(c), which expired on 2027-06-30" },
      ],
    });
  });

  it("names the line and element of a bad CAS number in the file, and imports nothing", async () => {
    const count = async () =>
      Number((await app.dataSource.query(`SELECT count(*) AS n FROM material_declaration`))[0].n);
    const before = await count();
    const result = await importFile(supplierUser, "bad-cas.xml");
    expect(errorCodes(result)).toEqual(["BAD_USER_INPUT"]);
    expect(fieldsOf(result)).toEqual([
      { path: "documentId", message: "line 14, <Substance>: CAS 7439-92-2 fails its check digit" },
    ]);
    expect(await count()).toBe(before);
  });

  it("a supplier sees only its own declarations; another's is NOT_FOUND", async () => {
    const own = await ok(supplierUser, LIST, {});
    expect(own.materialDeclarations.totalCount).toBeGreaterThan(0);
    expect(
      own.materialDeclarations.edges.every(
        (e: { node: { supplier: { id: string } } }) => e.node.supplier.id === supplierId,
      ),
    ).toBe(true);
    const asked = await ok(supplierUser, LIST, { s: otherSupplierId });
    expect(asked.materialDeclarations.totalCount).toBe(0);
    const theirs = await ok(otherUser, LIST, {});
    const foreignId = theirs.materialDeclarations.edges[0].node.id as string;
    const read = await app.exec(
      supplierUser.token,
      `query($id: ID!) { materialDeclaration(id: $id) { id } }`,
      { id: foreignId },
    );
    expect(errorCodes(read)).toEqual(["NOT_FOUND"]);
    const edit = await app.exec(supplierUser.token, UPDATE, {
      id: foreignId,
      input: { partName: "mine now" },
      v: 1,
    });
    expect(errorCodes(edit)).toEqual(["NOT_FOUND"]);
    const staff = await ok(admin, LIST, { s: otherSupplierId, status: "ACCEPTED" });
    expect(staff.materialDeclarations.totalCount).toBe(1);
  });

  it("refuses a stale version, edits a rejected one and resubmits it", async () => {
    const created = await createDeclaration(app, supplierUser.token, supplierId, junctionBox);
    const edited = await ok(supplierUser, UPDATE, {
      id: created.id,
      input: { partName: "Junction box, rev B" },
      v: created.version,
    });
    expect(edited.updateMaterialDeclaration).toMatchObject({
      version: 2,
      partName: "Junction box, rev B",
    });
    const stale = await app.exec(supplierUser.token, UPDATE, {
      id: created.id,
      input: { partName: "lost update" },
      v: created.version,
    });
    expect(errorCodes(stale)).toEqual(["CONFLICT"]);
    expect(stale.errors![0].extensions!.reason).toBe("STALE_VERSION");

    await ok(supplierUser, SUBMIT, { id: created.id });
    const locked = await app.exec(supplierUser.token, UPDATE, {
      id: created.id,
      input: { partName: "while submitted" },
      v: 3,
    });
    expect(errorCodes(locked)).toEqual(["CONFLICT"]);
    const noReason = await app.exec(auditor.token, REVIEW, { id: created.id, accept: false });
    expect(errorCodes(noReason)).toEqual(["BAD_USER_INPUT"]);
    const rejected = await ok(auditor, REVIEW, {
      id: created.id,
      accept: false,
      reason: "Attach the RoHS test report",
    });
    expect(rejected.reviewMaterialDeclaration).toMatchObject({
      status: "REJECTED",
      rejectReason: "Attach the RoHS test report",
    });
    const fixed = await ok(supplierUser, UPDATE, {
      id: created.id,
      input: { partName: "Junction box, rev C" },
      v: rejected.reviewMaterialDeclaration.version,
    });
    expect(fixed.updateMaterialDeclaration.status).toBe("REJECTED");
    const resubmitted = await ok(supplierUser, SUBMIT, { id: created.id });
    expect(resubmitted.submitMaterialDeclaration).toMatchObject({
      status: "SUBMITTED",
      rejectReason: null,
    });
  });

  it("flags an accepted declaration containing an ELIMINATE target in the explanation, without points", async () => {
    const scoreOf = async () =>
      (
        await ok(
          admin,
          `query($id: ID!) { supplier(id: $id) { score { overall explanation { label points } } } }`,
          { id: supplierId },
        )
      ).supplier.score;
    const before = await scoreOf();
    const created = await createDeclaration(app, supplierUser.token, supplierId, junctionBox, {
      declarationClass: "C",
      partNumber: "LAMP-1",
      partName: "Indicator lamp",
      statements: [],
      materials: [
        {
          name: "Lamp glass",
          massMg: 500,
          substances: [{ cas: "7439-97-6", name: "Mercury", ppm: 5 }],
        },
      ],
    });
    await ok(supplierUser, SUBMIT, { id: created.id });
    await ok(admin, REVIEW, { id: created.id, accept: true });
    const after = await scoreOf();
    expect(after.overall).toBe(before.overall);
    expect(after.explanation).toEqual([
      ...before.explanation,
      {
        label: `Contains ELIMINATE target substance Mercury (CAS 7439-97-6) (material declaration ${created.id}, part LAMP-1 (Indicator lamp)); no score change`,
        points: 0,
      },
    ]);
  });

  it("words violations and what it could not evaluate in the reader's language", async () => {
    const execIn = async (locale: string, query: string, variables: Record<string, unknown>) => {
      const contextValue = await app.server.contextFor(admin.token, undefined, null, locale);
      const response = await app.server.apollo.executeOperation(
        { query, variables },
        { contextValue },
      );
      if (response.body.kind !== "single") throw new Error("unexpected incremental response");
      const result = response.body.singleResult as GraphQLResult;
      expect(result.errors).toBeUndefined();
      return result.data!.materialDeclaration.compliance as {
        violations: { list: string; listVersion: string; message: string }[];
        unevaluated: { list: string; listVersion: string; reason: string }[];
      };
    };
    const READ = `query($id: ID!) { materialDeclaration(id: $id) { compliance {
      violations { list listVersion message } unevaluated { list listVersion reason } } } }`;
    const both = async (id: string) => ({
      en: await execIn("en", READ, { id }),
      zh: await execIn("zh-CN", READ, { id }),
    });
    const DEHP = "Bis(2-ethylhexyl) phthalate (DEHP)";

    const overLimit = await createDeclaration(app, supplierUser.token, supplierId, junctionBox, {
      declarationClass: "D",
      partNumber: "JB-ZH-1",
      statements: [],
      materials: [{ name: "Housing", massMg: 20000, substances: [{ cas: "117-81-7", ppm: 1500 }] }],
    });
    const over = await both(overLimit.id);
    const version = (list: string) => over.en.violations.find((v) => v.list === list)!.listVersion;
    const [rohs, svhc] = [version("ROHS"), version("REACH_SVHC")];
    const messages = (items: { list: string; message: string }[]) =>
      Object.fromEntries(items.map((v) => [v.list, v.message]));
    expect(messages(over.en.violations)).toEqual({
      ROHS: `${DEHP} (117-81-7) at 0.15 % in Housing, over ROHS ${rohs}'s 0.1 %`,
      REACH_SVHC: `${DEHP} (117-81-7) at 0.15 % of the article, over REACH_SVHC ${svhc}'s 0.1 %`,
    });
    expect(messages(over.zh.violations)).toEqual({
      ROHS: `${DEHP}（117-81-7）在材料“Housing”中的含量为 0.15 %，超过 ROHS ${rohs} 允许的 0.1 %`,
      REACH_SVHC: `${DEHP}（117-81-7）在整件物品中的含量为 0.15 %，超过 REACH_SVHC ${svhc} 允许的 0.1 %`,
    });

    // A mass without the material's: neither list can measure it.
    const unmeasured = await createDeclaration(app, supplierUser.token, supplierId, junctionBox, {
      declarationClass: "D",
      partNumber: "JB-ZH-2",
      statements: [],
      materials: [{ name: "Coating", substances: [{ cas: "117-81-7", massMg: 5 }] }],
    });
    const unknown = await both(unmeasured.id);
    const reasons = (items: { list: string; reason: string }[]) =>
      Object.fromEntries(items.map((u) => [u.list, u.reason]));
    expect(reasons(unknown.en.unevaluated)).toEqual({
      ROHS: "neither a concentration (ppm) nor a mass with the material's mass",
      REACH_SVHC: "the article's mass and every material's mass are needed for a per-article limit",
    });
    expect(reasons(unknown.zh.unevaluated)).toEqual({
      ROHS: "既未给出浓度（ppm），也未给出质量及所在材料的质量",
      REACH_SVHC: "按整件物品计算的限值需要物品质量及每种材料的质量",
    });

    // Class A: a claimed exemption that is not the list's, and no statement for REACH.
    const statements = await createDeclaration(app, otherUser.token, otherSupplierId, junctionBox, {
      partNumber: "JB-ZH-3",
      statements: [{ list: "ROHS", compliant: true, exemptions: ["NOT-A-CODE"] }],
    });
    const stated = await both(statements.id);
    expect(stated.en).toEqual({
      violations: [
        {
          list: "ROHS",
          listVersion: rohs,
          message:
            "Compliance with ROHS rests on exemption NOT-A-CODE, which is not one of the list's",
        },
      ],
      unevaluated: [
        {
          list: "REACH_SVHC",
          listVersion: svhc,
          reason: "the list applies to the category and the declaration has no statement for it",
        },
      ],
    });
    expect(stated.zh).toEqual({
      violations: [
        {
          list: "ROHS",
          listVersion: rohs,
          message: "符合 ROHS 的声明依据豁免 NOT-A-CODE，但该豁免不属于此清单",
        },
      ],
      unevaluated: [
        {
          list: "REACH_SVHC",
          listVersion: svhc,
          reason: "该清单适用于此物料类别，但本声明未就该清单作出合规声明",
        },
      ],
    });

    const no = await createDeclaration(app, otherUser.token, otherSupplierId, junctionBox, {
      partNumber: "JB-ZH-4",
      declaredAt: "2027-08-01T00:00:00Z",
      statements: [
        { list: "ROHS", compliant: true, exemptions: ["6(c)"] },
        { list: "REACH_SVHC", compliant: false },
      ],
    });
    // The import names the file it read in the declaration's evidence.
    const titles = async (locale: string) => {
      const contextValue = await app.server.contextFor(admin.token, undefined, null, locale);
      const response = await app.server.apollo.executeOperation(
        {
          query: `query($s: ID!) { materialDeclarations(supplierId: $s, first: 50) {
            edges { node { partNumber evidence { title } } } } }`,
          variables: { s: supplierId },
        },
        { contextValue },
      );
      if (response.body.kind !== "single") throw new Error("unexpected incremental response");
      const result = response.body.singleResult as GraphQLResult;
      expect(result.errors).toBeUndefined();
      return result
        .data!.materialDeclarations.edges.map((e: any) => e.node)
        .find((n: any) => n.partNumber === "RB-0.25-SN").evidence;
    };
    expect(await titles("en")).toEqual([{ title: "IPC-1752A file class-c-lead-solder.xml" }]);
    expect(await titles("zh-CN")).toEqual([{ title: "IPC-1752A 文件 class-c-lead-solder.xml" }]);

    const refused = await both(no.id);
    const lateSvhc = refused.en.violations.find((v) => v.list === "REACH_SVHC")!.listVersion;
    expect(refused.en.violations.map((v) => v.message)).toEqual([
      `The supplier declares the part not compliant with REACH_SVHC ${lateSvhc}`,
      "Compliance with ROHS rests on exemption 6(c), which expired on 2027-06-30",
    ]);
    expect(refused.zh.violations.map((v) => v.message)).toEqual([
      `供应商声明该零件不符合 REACH_SVHC ${lateSvhc}`,
      "符合 ROHS 的声明依据豁免 6(c)，但该豁免已于 2027-06-30 到期",
    ]);
  });

  it("a class D declaration is judged like class C; violations name CAS, list and values in ppm", async () => {
    const created = await createDeclaration(app, supplierUser.token, supplierId, junctionBox, {
      declarationClass: "D",
      partNumber: "JB-D-1",
      statements: [],
      materials: [
        {
          name: "Housing",
          massMg: 20000,
          substances: [
            { cas: "7440-43-9", name: "Cadmium", ppm: 100 }, // at RoHS's 0.01 %: passes
            { cas: "117-81-7", name: "DEHP", ppm: 1500 }, // over RoHS's 0.1 %
          ],
        },
      ],
    });
    expect(created).toMatchObject({ declarationClass: "D", status: "DRAFT" });
    const read = await ok(
      admin,
      `query($id: ID!) { materialDeclaration(id: $id) {
        violations { casNumber substanceName listName listVersion material measuredPpm limitPpm } } }`,
      { id: created.id },
    );
    // DEHP is restricted by RoHS per homogeneous material and is an SVHC per article (the
    // housing is the whole part here, so both measure 0.15 %).
    const dehp = {
      casNumber: "117-81-7",
      substanceName: "Bis(2-ethylhexyl) phthalate (DEHP)",
      measuredPpm: 1500,
      limitPpm: 1000,
    };
    expect(read.materialDeclaration.violations).toEqual(
      expect.arrayContaining([
        {
          ...dehp,
          listName: "ROHS",
          listVersion: expect.any(String),
          material: "Housing",
        },
        {
          ...dehp,
          listName: "REACH_SVHC",
          listVersion: expect.any(String),
          material: null,
        },
      ]),
    );
    expect(read.materialDeclaration.violations).toHaveLength(2);
    const mixed = await app.exec(supplierUser.token, CREATE_DECLARATION_D, {
      input: {
        supplierId,
        categoryId: junctionBox,
        declarationClass: "D",
        partNumber: "JB-D-2",
        statements: [{ list: "ROHS", compliant: true }],
        validUntil: new Date(app.clock.now().getTime() + 86_400_000).toISOString(),
      },
    });
    expect(fieldsOf(mixed)).toContainEqual({
      path: "input.statements",
      message: "class D declares materials, not statements",
    });
  });

  it("a compliant class C file imports without violations", async () => {
    const result = await importFile(supplierUser, "class-c-compliant.xml");
    expect(result.errors).toBeUndefined();
    expect(result.data!.importIpc1752a.compliance).toMatchObject({
      compliant: true,
      violations: [],
    });
  });
});
