import { Role } from "../src/shared/domain/role.enum";
import { translateExplanation } from "../src/shared/i18n/explanations";
import { addMonths } from "../src/shared/time";
import { refreshDueStandings } from "../src/modules/procurement/standing.service";
import { completedAudit, defaultChecklist, type ChecklistFixture } from "./support/audit-fixtures";
import { upload } from "./support/documents";
import { makeSupplier, makeUser, type TestUser } from "./support/factories";
import { createTestApp, errorCodes, type GraphQLResult, type TestApp } from "./support/test-app";

const START = new Date("2026-06-01T09:00:00Z");
const ASSESSED = "2026-03-01T00:00:00.000Z";

const FIELDS = `id scheme schemeName assessedAt validUntil expired reference assessor result
  areaScores { area score basis } reportDocument { id } importedBy { id } withdrawnAt withdrawReason`;
const IMPORT = `mutation($supplierId: ID!, $input: ThirdPartyAssessmentInput!) {
  importThirdPartyAssessment(supplierId: $supplierId, input: $input) { ${FIELDS} } }`;
const WITHDRAW = `mutation($id: ID!, $reason: String!) {
  withdrawThirdPartyAssessment(id: $id, reason: $reason) { ${FIELDS} } }`;
const SUPPLIER = `query($id: ID!) { supplier(id: $id) {
  score { overall grade validUntil areas { area score source } explanation { label points } }
  thirdPartyAssessments { ${FIELDS} } } }`;

const ECOVADIS = {
  scheme: "ECOVADIS",
  assessedAt: ASSESSED,
  reference: "EV-2026-0042",
  assessor: "EcoVadis SAS",
  ecoVadis: {
    score: 62,
    medal: "SILVER",
    themes: [
      { theme: "ENVIRONMENT", score: 70 },
      { theme: "LABOR_AND_HUMAN_RIGHTS", score: 60 },
      { theme: "ETHICS", score: 50 },
      { theme: "SUSTAINABLE_PROCUREMENT", score: 40 },
    ],
  },
};

const fieldPaths = (result: GraphQLResult) =>
  (result.errors?.[0]?.extensions?.fields ?? []).map((f: { path: string }) => f.path).sort();

describe("third-party assessment results (issue 19)", () => {
  let app: TestApp;
  let url: string;
  let admin: TestUser;
  let auditor: TestUser;
  let buyer: TestUser;
  let checklist: ChecklistFixture;

  beforeAll(async () => {
    app = await createTestApp({ now: START });
    url = `http://127.0.0.1:${await app.server.listen(0, "127.0.0.1")}`;
    admin = await makeUser(app, Role.ADMIN);
    auditor = await makeUser(app, Role.AUDITOR);
    buyer = await makeUser(app, Role.PROCUREMENT);
    checklist = await defaultChecklist(app);
  });
  afterEach(() => app.clock.set(START));
  afterAll(() => app.close());

  async function report(token = auditor.token): Promise<string> {
    const sent = await upload(url, token, Buffer.from("%PDF-1.4 scorecard"), "scorecard.pdf");
    expect(sent.status).toBe(201);
    return sent.body.id as string;
  }

  async function imported(
    supplierId: string,
    input: Record<string, unknown>,
    token = auditor.token,
  ) {
    const result = await app.exec(token, IMPORT, {
      supplierId,
      input: { reportDocumentId: await report(token), ...input },
    });
    expect(result.errors).toBeUndefined();
    return result.data!.importThirdPartyAssessment;
  }

  async function supplierView(id: string, token = buyer.token) {
    const result = await app.exec(token, SUPPLIER, { id });
    expect(result.errors).toBeUndefined();
    return result.data!.supplier;
  }

  const rowsCount = async (supplierId: string) =>
    Number(
      (
        await app.dataSource.query(
          `SELECT count(*) AS n FROM third_party_assessment WHERE supplier_id = $1`,
          [supplierId],
        )
      )[0].n,
    );

  it("an EcoVadis result yields the documented area scores at 85 %, explained", async () => {
    const { id: supplierId } = await makeSupplier(app);
    const assessment = await imported(supplierId, ECOVADIS);
    expect(assessment).toMatchObject({
      scheme: "ECOVADIS",
      schemeName: "EcoVadis",
      validUntil: new Date("2027-03-01T00:00:00.000Z"),
      expired: false,
      reference: "EV-2026-0042",
      importedBy: { id: auditor.user.id },
      withdrawnAt: null,
    });
    expect(assessment.reportDocument).not.toBeNull();
    const mapped = Object.fromEntries(
      assessment.areaScores.map((a: { area: string; score: number }) => [a.area, a.score]),
    );
    expect(mapped).toEqual({
      MANAGEMENT_SYSTEM: 62,
      CHILD_AND_FORCED_LABOUR: 60,
      NON_DISCRIMINATION: 60,
      WAGES_AND_BENEFITS: 60,
      WORKING_HOURS: 60,
      HEALTH_AND_SAFETY: 60,
      ENVIRONMENT: 70,
      BUSINESS_ETHICS: 50,
      FREEDOM_OF_ASSOCIATION: 60,
    });
    const bases = (rows: { area: string; basis: string }[]) =>
      Object.fromEntries(rows.map((a) => [a.area, a.basis]));
    expect(bases(assessment.areaScores)).toMatchObject({
      MANAGEMENT_SYSTEM: "EcoVadis overall score 62",
      WAGES_AND_BENEFITS: "EcoVadis Labor & Human Rights theme 60",
      ENVIRONMENT: "EcoVadis Environment theme 70",
      BUSINESS_ETHICS: "EcoVadis Ethics theme 50",
    });
    // A Chinese reader gets the basis in Chinese; the scheme's name and figures stay.
    const contextValue = await app.server.contextFor(buyer.token, undefined, null, "zh-CN");
    const response = await app.server.apollo.executeOperation(
      {
        query: `query($id: ID!) { supplier(id: $id) { thirdPartyAssessments { areaScores { area basis } } } }`,
        variables: { id: supplierId },
      },
      { contextValue },
    );
    if (response.body.kind !== "single") throw new Error("unexpected incremental response");
    const zh = response.body.singleResult as GraphQLResult;
    expect(zh.errors).toBeUndefined();
    // The score lines' catalog words them (scoring's explanations): the same texts.
    const zhBases = bases(zh.data!.supplier.thirdPartyAssessments[0].areaScores);
    expect(zhBases).toEqual(
      Object.fromEntries(
        Object.entries(bases(assessment.areaScores)).map(([area, basis]) => [
          area,
          translateExplanation(basis, "zh-CN"),
        ]),
      ),
    );
    expect(zhBases.ENVIRONMENT).toMatch(/^EcoVadis [\u4e00-\u9fff]+ ?70$/);

    const { score } = await supplierView(supplierId);
    const areas = Object.fromEntries(
      score.areas.map((a: { area: string; score: number; source: string }) => [a.area, a]),
    );
    expect(areas.BUSINESS_ETHICS).toEqual({
      area: "BUSINESS_ETHICS",
      score: 42.5,
      source: "THIRD_PARTY",
    });
    expect(areas.ENVIRONMENT.score).toBe(59.5);
    expect(areas.MANAGEMENT_SYSTEM.score).toBe(52.7);
    expect(areas.CHILD_AND_FORCED_LABOUR.score).toBe(51);
    // (62 + 7.5 x 60 + 70 + 50) x 0.85 / 10.5
    expect(score.overall).toBe(51.16);
    expect(score.grade).toBe("D");
    expect(score.validUntil).toEqual(new Date("2027-03-01T00:00:00.000Z"));
    const labels = score.explanation.map((l: { label: string }) => l.label);
    expect(labels).toContain(
      "Environment: EcoVadis 2026-03-01: EcoVadis Environment theme 70, counts 70 x weight 1/10.5",
    );
    expect(labels).toContain(
      "Environment: third-party assessment, counted at 85 % x weight 1/10.5",
    );
  });

  it("an own completed audit replaces it; the result stays listed", async () => {
    const { id: supplierId } = await makeSupplier(app);
    await imported(supplierId, ECOVADIS);
    const lead = await makeUser(app, Role.AUDITOR);
    await completedAudit(app, {
      supplierId,
      checklist,
      schedulerToken: admin.token,
      leadAuditorId: lead.user.id,
      leadToken: lead.token,
    });
    const view = await supplierView(supplierId);
    expect(view.score.areas.map((a: { source: string }) => a.source)).toEqual(
      Array(9).fill("AUDIT"),
    );
    expect(view.score.overall).toBe(100);
    expect(view.thirdPartyAssessments).toHaveLength(1);
  });

  it("counts for the scheme's own period only", async () => {
    const { id: supplierId } = await makeSupplier(app);
    await imported(supplierId, {
      scheme: "AMFORI_BSCI",
      assessedAt: ASSESSED,
      amforiBsci: { overallGrade: "C", performanceAreas: [{ number: 7, grade: "D" }] },
    });
    let view = await supplierView(supplierId);
    expect(view.score.areas.find((a: { area: string }) => a.area === "HEALTH_AND_SAFETY")).toEqual({
      area: "HEALTH_AND_SAFETY",
      score: 42.5, // D 50 x 0.85
      source: "THIRD_PARTY",
    });
    expect(view.thirdPartyAssessments[0].validUntil).toEqual(new Date("2027-03-01T00:00:00.000Z"));
    // amfori C counts 12 months: past them the standing refresher drops it.
    app.clock.set(addMonths(new Date(ASSESSED), 12));
    await refreshDueStandings(app.dataSource, app.clock);
    view = await supplierView(supplierId);
    expect(view.score).toBeNull();
    expect(view.thirdPartyAssessments[0].expired).toBe(true);
  });

  it("refuses the party judged and hides results from other suppliers", async () => {
    const { id: supplierId } = await makeSupplier(app);
    const own = await makeUser(app, Role.SUPPLIER, { supplierId });
    const other = await makeUser(app, Role.SUPPLIER, {
      supplierId: (await makeSupplier(app)).id,
    });
    const denied = await app.exec(own.token, IMPORT, {
      supplierId,
      input: { ...ECOVADIS, reportDocumentId: await report(own.token) },
    });
    expect(errorCodes(denied)).toEqual(["FORBIDDEN"]);
    const forBuyer = await app.exec(buyer.token, IMPORT, {
      supplierId,
      input: { ...ECOVADIS, reportDocumentId: await report(buyer.token) },
    });
    expect(errorCodes(forBuyer)).toEqual(["FORBIDDEN"]);
    expect(await rowsCount(supplierId)).toBe(0);

    await imported(supplierId, ECOVADIS, admin.token);
    const seen = await supplierView(supplierId, own.token);
    expect(seen.thirdPartyAssessments).toHaveLength(1);
    expect(seen.score.areas[0].source).toBe("THIRD_PARTY");
    const hidden = await app.exec(other.token, SUPPLIER, { id: supplierId });
    expect(errorCodes(hidden)).toEqual(["NOT_FOUND"]);
  });

  it("bad input gets field paths and saves nothing", async () => {
    const { id: supplierId } = await makeSupplier(app);
    const reportDocumentId = await report();
    const run = (input: Record<string, unknown>) =>
      app.exec(auditor.token, IMPORT, { supplierId, input: { reportDocumentId, ...input } });

    const wrongBlock = await run({
      scheme: "ECOVADIS",
      assessedAt: ASSESSED,
      smeta: { pillars: [] },
    });
    expect(errorCodes(wrongBlock)).toEqual(["BAD_USER_INPUT"]);
    expect(fieldPaths(wrongBlock)).toEqual(["input.ecoVadis", "input.smeta"]);

    const future = await run({ ...ECOVADIS, assessedAt: "2026-07-01T00:00:00.000Z" });
    expect(fieldPaths(future)).toEqual(["input.assessedAt"]);

    const twice = await run({
      scheme: "SMETA",
      assessedAt: ASSESSED,
      smeta: {
        pillars: [
          { pillar: "LABOUR_STANDARDS", critical: 0, major: 1, minor: 0 },
          { pillar: "LABOUR_STANDARDS", critical: 0, major: 0, minor: 2 },
        ],
      },
    });
    expect(fieldPaths(twice)).toEqual(["input.smeta.pillars.1.pillar"]);

    const outOfRange = await run({
      scheme: "RBA_VAP",
      assessedAt: ASSESSED,
      rbaVap: { score: 201 },
    });
    expect(errorCodes(outOfRange)).toEqual(["BAD_USER_INPUT"]);
    expect(fieldPaths(outOfRange)).toEqual(["input.rbaVap.score"]);

    const noDocument = await app.exec(auditor.token, IMPORT, {
      supplierId,
      input: { ...ECOVADIS, reportDocumentId: "5b0a6c1e-8d8e-4f57-9a54-3f1f1b9c0000" },
    });
    expect(fieldPaths(noDocument)).toEqual(["input.reportDocumentId"]);
    expect(await rowsCount(supplierId)).toBe(0);
    expect((await supplierView(supplierId)).score).toBeNull();
  });

  it("one result per scheme and day; a withdrawal stops it counting and is a record", async () => {
    const { id: supplierId } = await makeSupplier(app);
    const first = await imported(supplierId, ECOVADIS);
    const again = await app.exec(auditor.token, IMPORT, {
      supplierId,
      input: { ...ECOVADIS, reportDocumentId: await report() },
    });
    expect(errorCodes(again)).toEqual(["CONFLICT"]);

    const short = await app.exec(admin.token, WITHDRAW, { id: first.id, reason: "typo" });
    expect(fieldPaths(short)).toEqual(["reason"]);
    const withdrawn = await app.exec(admin.token, WITHDRAW, {
      id: first.id,
      reason: "Scores entered from last year's scorecard",
    });
    expect(withdrawn.errors).toBeUndefined();
    expect(withdrawn.data!.withdrawThirdPartyAssessment).toMatchObject({
      withdrawReason: "Scores entered from last year's scorecard",
    });
    expect((await supplierView(supplierId)).score).toBeNull();
    const twice = await app.exec(admin.token, WITHDRAW, {
      id: first.id,
      reason: "Scores entered from last year's scorecard",
    });
    expect(errorCodes(twice)).toEqual(["CONFLICT"]);
    // The corrected result can now be entered for the same day.
    await imported(supplierId, { ...ECOVADIS, ecoVadis: { ...ECOVADIS.ecoVadis, score: 64 } });
    expect((await supplierView(supplierId)).thirdPartyAssessments).toHaveLength(2);

    const trail = await app.exec(
      admin.token,
      `query($id: ID!) { auditTrail(entityType: "ThirdPartyAssessment", entityId: $id) {
        edges { node { action actor { id } } } } }`,
      { id: first.id },
    );
    expect(trail.data!.auditTrail.edges.map((e: any) => e.node.action)).toEqual([
      "third_party_assessment.withdrawn",
      "third_party_assessment.imported",
    ]);
    await expect(
      app.dataSource.query(`UPDATE third_party_assessment SET result = '{}' WHERE id = $1`, [
        first.id,
      ]),
    ).rejects.toThrow(/is a record/);
    await expect(
      app.dataSource.query(`DELETE FROM third_party_assessment WHERE id = $1`, [first.id]),
    ).rejects.toThrow(/is a record/);
  });
});
