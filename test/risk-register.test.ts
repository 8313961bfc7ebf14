import { riskLevel } from "../src/modules/scoring/risk";
import { categoryId, makeRoles, makeSupplier, type TestUser } from "./support/factories";
import { createDeclaration } from "./support/declarations";
import { ENTRY_FIELDS, LEAD, createRiskEntry, substanceId } from "./support/risk-register";
import { createTestApp, errorCodes, type GraphQLResult, type TestApp } from "./support/test-app";

const ANTHRACENE = "120-12-7"; // on the REACH candidate list only: RoHS does not list it
const TETRA_BDE = "40088-47-9"; // a PBDE congener: RoHS lists the group

const REGISTER = `query($due: Boolean, $first: Int) { riskRegister(reassessmentDue: $due, first: $first) {
  totalCount edges { node { ${ENTRY_FIELDS} } } } }`;
const ASSESS = `mutation($id: ID!, $input: RiskAnalysisInput!) { assessRiskEntry(id: $id, input: $input) {
  ${ENTRY_FIELDS} assessments { likelihood exposure severity note } } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateRiskEntryInput!, $v: Int!) {
  updateRiskEntry(id: $id, input: $input, expectedVersion: $v) { ${ENTRY_FIELDS} } }`;
const COVERAGE = `{ riskRegisterCoverage { categoriesTotal categoriesAssessed share } }`;
const ADD_CONTROL = `mutation($id: ID!, $input: RiskControlInput!) { addRiskControl(entryId: $id, input: $input) {
  id type status dueDate overdue } }`;
const CONTROLS = `{ riskRegister(first: 100) { edges { node { id controls { id status overdue } } } } }`;

/** An entry's reassessment reasons as `token`'s holder reads them with `acceptLanguage`. */
async function reasonsIn(
  app: TestApp,
  token: string,
  acceptLanguage: string,
  id: string,
): Promise<string[]> {
  const contextValue = await app.server.contextFor(token, undefined, null, acceptLanguage);
  const response = await app.server.apollo.executeOperation(
    { query: `{ riskRegister(first: 100) { edges { node { id reassessmentReasons } } } }` },
    { contextValue },
  );
  if (response.body.kind !== "single") throw new Error("unexpected incremental response");
  const result = response.body.singleResult as GraphQLResult;
  expect(result.errors).toBeUndefined();
  return result.data!.riskRegister.edges.find((e: any) => e.node.id === id).node
    .reassessmentReasons;
}

describe("the hazardous-substance risk register", () => {
  let app: TestApp;
  let admin: TestUser;
  let auditor: TestUser;
  let procurement: TestUser;
  let supplierUser: TestUser;
  let cell: string;
  let junctionBox: string;
  let top: { id: string; version: number };
  let lead: { id: string; version: number };
  let pbde: { id: string };
  let anthracene: { id: string };

  const exec = (user: TestUser, query: string, variables?: Record<string, unknown>) =>
    app.exec(user.token, query, variables);
  const ok = async (user: TestUser, query: string, variables?: Record<string, unknown>) => {
    const result: GraphQLResult = await exec(user, query, variables);
    expect(result.errors).toBeUndefined();
    return result.data!;
  };
  const register = async (due?: boolean) =>
    (await ok(procurement, REGISTER, { due, first: 100 })).riskRegister;
  const byId = async (id: string) =>
    (await register()).edges.map((e: any) => e.node).find((n: any) => n.id === id);

  beforeAll(async () => {
    // After the seeded list versions' publication (the migration's real time).
    app = await createTestApp({ now: new Date("2030-06-01T09:00:00Z") });
    const supplier = await makeSupplier(app, { name: "Ribbon Co" });
    ({ admin, auditor, procurement, supplier: supplierUser } = await makeRoles(app, supplier.id));
    cell = await categoryId(app, "CELL");
    junctionBox = await categoryId(app, "JUNCTION_BOX");
    top = await createRiskEntry(app, auditor.token, {
      likelihood: 5,
      exposure: 5,
      severity: 5,
      categoryId: cell,
      supplierId: supplier.id,
      location: "Soldering, line 1",
    });
    lead = await createRiskEntry(app, admin.token, { categoryId: junctionBox });
    pbde = await createRiskEntry(app, admin.token, {
      substanceId: await substanceId(app, TETRA_BDE),
      stage: "RAW_MATERIAL",
      likelihood: 1,
      exposure: 2,
      severity: 3,
    });
    anthracene = await createRiskEntry(app, admin.token, {
      substanceId: await substanceId(app, ANTHRACENE),
      stage: "PACKAGING",
      likelihood: 3,
      exposure: 1,
      severity: 1,
      categoryId: junctionBox,
    });
  });
  afterAll(() => app.close());

  it("orders the work by likelihood x exposure x severity, 5 x 5 x 5 = 125 first", async () => {
    const { totalCount, edges } = await register();
    expect(totalCount).toBe(4);
    expect(edges.map((e: any) => [e.node.id, e.node.priority])).toEqual([
      [top.id, 125],
      [lead.id, 24],
      [pbde.id, 6],
      [anthracene.id, 3],
    ]);
    expect(edges[0].node).toMatchObject({
      riskScore: 25,
      riskLevel: "CRITICAL",
      substance: { cas: LEAD },
      category: { code: "CELL" },
      reassessmentDue: false,
      reassessmentReasons: [],
    });
  });

  it("bands riskScore = likelihood x severity exactly as findings are banded", async () => {
    for (const [likelihood, severity] of [
      [1, 4],
      [1, 5],
      [3, 3],
      [2, 5],
      [4, 4],
      [4, 5],
    ]) {
      const entry = await createRiskEntry(app, admin.token, {
        likelihood,
        exposure: 1,
        severity,
        location: `Band ${likelihood}x${severity}`,
      });
      const node = await byId(entry.id);
      expect(node.riskScore).toBe(likelihood * severity);
      expect(node.riskLevel).toBe(riskLevel(likelihood * severity));
      expect(node.priority).toBe(likelihood * severity);
    }
  });

  it("covers the share of material categories with a current assessment", async () => {
    const [{ n }] = await app.dataSource.query(`SELECT count(*)::int AS n FROM material_category`);
    const { riskRegisterCoverage } = await ok(auditor, COVERAGE);
    expect(riskRegisterCoverage).toEqual({
      categoriesTotal: n,
      categoriesAssessed: 2,
      share: 2 / n,
    });
  });

  it("a new RoHS version marks the entries of the substances it lists due, not the others", async () => {
    app.clock.advanceDays(1);
    const created = await ok(
      admin,
      `mutation($input: CreateListVersionInput!) { createListVersion(input: $input) { id } }`,
      {
        input: {
          listCode: "ROHS",
          label: "2030 amendment",
          effectiveDate: "2030-07-01T00:00:00Z",
          entries: [
            {
              cas: LEAD,
              name: "Lead",
              thresholdPercent: 0.1,
              basis: "HOMOGENEOUS_MATERIAL",
              scope: "per homogeneous material",
            },
            {
              groupCode: "PBDE",
              name: "PBDE",
              thresholdPercent: 0.1,
              basis: "HOMOGENEOUS_MATERIAL",
              scope: "per homogeneous material",
            },
          ],
        },
      },
    );
    await ok(admin, `mutation($id: ID!) { publishListVersion(id: $id) { id } }`, {
      id: created.createListVersion.id,
    });
    const leadEntry = await byId(lead.id);
    expect(leadEntry.reassessmentDue).toBe(true);
    expect(leadEntry.reassessmentReasons).toEqual([
      "ROHS list version 2030 amendment was published on 2030-06-02 after the last assessment and lists the substance",
    ]);
    expect(await reasonsIn(app, procurement.token, "zh-CN", lead.id)).toEqual([
      "ROHS 清单版本 2030 amendment 于 2030-06-02 发布（晚于上次评估），并列入了该物质",
    ]);
    expect(await reasonsIn(app, procurement.token, "en", lead.id)).toEqual(
      leadEntry.reassessmentReasons,
    );
    expect((await byId(pbde.id)).reassessmentDue).toBe(true); // through its group
    expect((await byId(anthracene.id)).reassessmentDue).toBe(false);
    const due = await register(true);
    expect(due.edges.map((e: any) => e.node.id)).toEqual(
      expect.arrayContaining([top.id, lead.id, pbde.id]),
    );
    expect(due.edges.map((e: any) => e.node.id)).not.toContain(anthracene.id);
    const current = await register(false);
    expect(current.edges.map((e: any) => e.node.id)).toEqual([anthracene.id]);
    // Both lead categories are due now: only the anthracene entry's junction box is current.
    const { riskRegisterCoverage } = await ok(auditor, COVERAGE);
    expect(riskRegisterCoverage.categoriesAssessed).toBe(1);
  });

  it("assessing records a new assessment, keeps the history and clears the due flag", async () => {
    app.clock.advanceDays(1);
    const { assessRiskEntry } = await ok(auditor, ASSESS, {
      id: lead.id,
      input: { likelihood: 3, exposure: 3, severity: 4, note: "Lead-free ribbon trial" },
    });
    expect(assessRiskEntry).toMatchObject({
      reassessmentDue: false,
      reassessmentReasons: [],
      priority: 36,
      riskScore: 12,
      riskLevel: riskLevel(12),
      lastAssessedAt: new Date("2030-06-03T09:00:00.000Z"),
    });
    expect(assessRiskEntry.assessments).toEqual([
      { likelihood: 3, exposure: 3, severity: 4, note: "Lead-free ribbon trial" },
      { likelihood: 2, exposure: 3, severity: 4, note: null },
    ]);
    lead = assessRiskEntry;
    expect((await byId(top.id)).reassessmentDue).toBe(true);
    const { riskRegisterCoverage } = await ok(auditor, COVERAGE);
    expect(riskRegisterCoverage.categoriesAssessed).toBe(1); // the junction box, again
    await expect(
      app.dataSource.query(`UPDATE risk_assessment SET note = 'x' WHERE entry_id = $1`, [lead.id]),
    ).rejects.toThrow(/append-only/);
  });

  it("an edit of the process makes the entry due; a stale version is refused", async () => {
    const { updateRiskEntry } = await ok(admin, UPDATE, {
      id: lead.id,
      input: { location: "Stringer line 3" },
      v: lead.version,
    });
    expect(updateRiskEntry).toMatchObject({
      location: "Stringer line 3",
      version: lead.version + 1,
      reassessmentDue: true,
      reassessmentReasons: [
        "The process (application stage or site) was edited after the last assessment",
      ],
    });
    expect(await reasonsIn(app, admin.token, "zh-CN", lead.id)).toEqual([
      "上次评估后，工艺（应用阶段或场所）已被修改",
    ]);
    const stale = await exec(admin, UPDATE, {
      id: lead.id,
      input: { stage: "USE" },
      v: lead.version,
    });
    expect(errorCodes(stale)).toEqual(["CONFLICT"]);
    expect(stale.errors![0].extensions!.reason).toBe("STALE_VERSION");
    const { assessRiskEntry } = await ok(admin, ASSESS, {
      id: lead.id,
      input: { likelihood: 3, exposure: 3, severity: 4 },
    });
    expect(assessRiskEntry.reassessmentDue).toBe(false);
  });

  it("a supplier may neither read nor write the register; procurement only reads", async () => {
    expect(errorCodes(await exec(supplierUser, REGISTER))).toEqual(["FORBIDDEN"]);
    expect(errorCodes(await exec(supplierUser, COVERAGE))).toEqual(["FORBIDDEN"]);
    await expect(createRiskEntry(app, supplierUser.token)).rejects.toThrow(/FORBIDDEN/);
    await expect(createRiskEntry(app, procurement.token)).rejects.toThrow(/FORBIDDEN/);
    const assess = await exec(procurement, ASSESS, {
      id: lead.id,
      input: { likelihood: 1, exposure: 1, severity: 1 },
    });
    expect(errorCodes(assess)).toEqual(["FORBIDDEN"]);
  });

  it("refuses factors outside 1-5", async () => {
    const bad = await exec(admin, ASSESS, {
      id: lead.id,
      input: { likelihood: 6, exposure: 0, severity: 3 },
    });
    expect(errorCodes(bad)).toEqual(["BAD_USER_INPUT"]);
  });

  it("a control is overdue once its due date passes while PLANNED; at most 20 per entry", async () => {
    const input = {
      type: "SOURCE_PREVENTION",
      description: "Switch to lead-free ribbon",
      owner: "EHS team",
      dueDate: "2030-06-13T09:00:00.000Z",
    };
    const { addRiskControl } = await ok(auditor, ADD_CONTROL, { id: top.id, input });
    expect(addRiskControl).toMatchObject({ status: "PLANNED", overdue: false });
    app.clock.advanceDays(11);
    const controlsOf = async () =>
      (await ok(procurement, CONTROLS)).riskRegister.edges.find((e: any) => e.node.id === top.id)
        .node.controls;
    expect(await controlsOf()).toEqual([
      { id: addRiskControl.id, status: "PLANNED", overdue: true },
    ]);
    await ok(
      auditor,
      `mutation($id: ID!) { updateRiskControlStatus(id: $id, status: IN_PLACE) { id } }`,
      { id: addRiskControl.id },
    );
    expect(await controlsOf()).toEqual([
      { id: addRiskControl.id, status: "IN_PLACE", overdue: false },
    ]);
    for (let i = 1; i < 20; i++) await ok(admin, ADD_CONTROL, { id: top.id, input });
    const refused = await exec(admin, ADD_CONTROL, { id: top.id, input });
    expect(errorCodes(refused)).toEqual(["CONFLICT"]);
    expect(await controlsOf()).toHaveLength(20);
  });

  it("every mutation leaves an audit event", async () => {
    const rows = (await app.dataSource.query(
      `SELECT action, count(*)::int AS n FROM audit_event
        WHERE entity_type IN ('RiskEntry', 'RiskControl') GROUP BY action ORDER BY action`,
    )) as { action: string; n: number }[];
    expect(rows).toEqual([
      { action: "riskControl.added", n: 20 },
      { action: "riskControl.statusChanged", n: 1 },
      { action: "riskEntry.assessed", n: 2 },
      { action: "riskEntry.created", n: 10 },
      { action: "riskEntry.updated", n: 1 },
    ]);
  });
});

describe("the register's supplier trigger, heat map, filters and control edits", () => {
  let app: TestApp;
  let admin: TestUser;
  let auditor: TestUser;
  let procurement: TestUser;
  let supplierUser: TestUser;
  let cell: string;
  let glass: string;
  let ribbon: { id: string; version: number };
  let cellEntry: { id: string };
  let glassEntry: { id: string };
  let loose: { id: string };

  const ok = async (user: TestUser, query: string, variables?: Record<string, unknown>) => {
    const result: GraphQLResult = await app.exec(user.token, query, variables);
    expect(result.errors).toBeUndefined();
    return result.data!;
  };
  const entry = async (id: string) =>
    (await ok(procurement, REGISTER, { first: 100 })).riskRegister.edges
      .map((e: any) => e.node)
      .find((n: any) => n.id === id);
  const UPDATE_SUPPLIER = `mutation($id: ID!, $v: Int!, $input: UpdateSupplierInput!) {
    updateSupplier(id: $id, expectedVersion: $v, input: $input) { id version } }`;
  const HEAT = `query($stage: ApplicationStage, $categoryId: ID, $due: Boolean) {
    riskHeatMap(stage: $stage, categoryId: $categoryId, reassessmentDue: $due) {
      likelihood severity riskScore riskLevel count } }`;
  const FILTERED = `query($stage: ApplicationStage, $categoryId: ID) {
    riskRegister(stage: $stage, categoryId: $categoryId, first: 100) { totalCount edges { node { id } } } }`;

  beforeAll(async () => {
    app = await createTestApp({ now: new Date("2030-06-01T09:00:00Z") });
    const supplier = await makeSupplier(app, { name: "Ribbon Co" });
    ({ admin, auditor, procurement, supplier: supplierUser } = await makeRoles(app, supplier.id));
    cell = await categoryId(app, "CELL");
    glass = await categoryId(app, "GLASS");
    // Ribbon Co already supplies cells: that is not new.
    await app.dataSource.query(`INSERT INTO supplier_category VALUES ($1, $2)`, [
      supplier.id,
      cell,
    ]);
    ribbon = { id: supplier.id, version: supplier.version };
    cellEntry = await createRiskEntry(app, auditor.token, {
      categoryId: cell,
      likelihood: 4,
      exposure: 2,
      severity: 5,
    });
    glassEntry = await createRiskEntry(app, auditor.token, {
      categoryId: glass,
      stage: "RAW_MATERIAL",
      likelihood: 4,
      exposure: 1,
      severity: 5,
    });
    loose = await createRiskEntry(app, auditor.token, {
      stage: "USE",
      likelihood: 1,
      exposure: 1,
      severity: 2,
    });
  });
  afterAll(() => app.close());

  it("a supplier gaining a category marks that category's entries due, naming it", async () => {
    app.clock.advanceDays(1);
    // Same categories again: nothing is new.
    const same = await ok(admin, UPDATE_SUPPLIER, {
      id: ribbon.id,
      v: ribbon.version,
      input: { categoryIds: [cell] },
    });
    expect((await entry(cellEntry.id)).reassessmentDue).toBe(false);
    app.clock.advanceDays(1);
    await ok(procurement, UPDATE_SUPPLIER, {
      id: ribbon.id,
      v: same.updateSupplier.version,
      input: { categoryIds: [cell, glass] },
    });
    expect(await entry(glassEntry.id)).toMatchObject({
      reassessmentDue: true,
      reassessmentReasons: [
        "Ribbon Co became a supplier of GLASS on 2030-06-03, after the last assessment",
      ],
    });
    expect((await entry(cellEntry.id)).reassessmentDue).toBe(false);
    expect((await entry(loose.id)).reassessmentDue).toBe(false);
    // A new supplier created with a category is a new supplier of it too.
    app.clock.advanceDays(1);
    await ok(
      admin,
      `mutation($input: CreateSupplierInput!) { createSupplier(input: $input) { id } }`,
      {
        input: {
          name: "Cell Two",
          country: "DE",
          contactEmail: "esg@cell-two.example",
          categoryIds: [cell],
        },
      },
    );
    expect((await entry(cellEntry.id)).reassessmentReasons).toEqual([
      "Cell Two became a supplier of CELL on 2030-06-04, after the last assessment",
    ]);
    expect(await reasonsIn(app, procurement.token, "zh-CN", cellEntry.id)).toEqual([
      "Cell Two 于 2030-06-04 成为 CELL 的供应商（晚于上次评估）",
    ]);
    const due = await ok(procurement, REGISTER, { due: true, first: 100 });
    expect(due.riskRegister.edges.map((e: any) => e.node.id).sort()).toEqual(
      [cellEntry.id, glassEntry.id].sort(),
    );
    const { riskRegisterCoverage } = await ok(auditor, COVERAGE);
    expect(riskRegisterCoverage.categoriesAssessed).toBe(0);
    // Assessing again makes it current.
    const { assessRiskEntry } = await ok(auditor, ASSESS, {
      id: glassEntry.id,
      input: { likelihood: 4, exposure: 1, severity: 5 },
    });
    expect(assessRiskEntry).toMatchObject({ reassessmentDue: false, reassessmentReasons: [] });
    expect((await ok(auditor, COVERAGE)).riskRegisterCoverage.categoriesAssessed).toBe(1);
  });

  it("counts entries per likelihood x severity cell, banded like findings, under the filters", async () => {
    const cells = (await ok(procurement, HEAT)).riskHeatMap as any[];
    expect(cells).toHaveLength(25);
    expect(cells[0]).toMatchObject({ likelihood: 5, severity: 1 });
    expect(cells[24]).toMatchObject({ likelihood: 1, severity: 5 });
    const at = (l: number, s: number) => cells.find((c) => c.likelihood === l && c.severity === s);
    // Two entries at 4 x 5 = 20 (CRITICAL), one at 1 x 2 = 2 (LOW); 22 empty cells.
    expect(at(4, 5)).toEqual({
      likelihood: 4,
      severity: 5,
      riskScore: 20,
      riskLevel: "CRITICAL",
      count: 2,
    });
    expect(at(1, 2)).toMatchObject({ riskScore: 2, riskLevel: "LOW", count: 1 });
    expect(at(3, 3)).toMatchObject({ riskScore: 9, riskLevel: "MEDIUM", count: 0 });
    expect(cells.reduce((n, c) => n + c.count, 0)).toBe(3);
    const byStage = (await ok(procurement, HEAT, { stage: "RAW_MATERIAL" })).riskHeatMap as any[];
    expect(byStage.filter((c) => c.count > 0)).toEqual([
      expect.objectContaining({ likelihood: 4, severity: 5, count: 1 }),
    ]);
    const dueOnly = (await ok(procurement, HEAT, { due: true })).riskHeatMap as any[];
    expect(dueOnly.reduce((n, c) => n + c.count, 0)).toBe(1); // the cell entry
    const { riskRegister } = await ok(procurement, FILTERED, { categoryId: cell });
    expect(riskRegister.edges.map((e: any) => e.node.id)).toEqual([cellEntry.id]);
    const staged = await ok(procurement, FILTERED, { stage: "USE" });
    expect(staged.riskRegister.edges.map((e: any) => e.node.id)).toEqual([loose.id]);
    const bad = await app.exec(procurement.token, FILTERED, { categoryId: "not-a-uuid" });
    expect(errorCodes(bad)).toEqual(["BAD_USER_INPUT"]);
    expect(errorCodes(await app.exec(supplierUser.token, HEAT))).toEqual(["FORBIDDEN"]);
  });

  it("edits a control's owner, due date, type and status; blank owner refused", async () => {
    const { addRiskControl } = await ok(auditor, ADD_CONTROL, {
      id: cellEntry.id,
      input: {
        type: "END_TREATMENT",
        description: "Flux fume extraction",
        owner: "Line 1",
        dueDate: "2030-07-01T00:00:00.000Z",
      },
    });
    const EDIT = `mutation($id: ID!, $input: UpdateRiskControlInput!) {
      updateRiskControl(id: $id, input: $input) { id type description owner dueDate status } }`;
    const { updateRiskControl } = await ok(admin, EDIT, {
      id: addRiskControl.id,
      input: {
        type: "PROCESS_MONITORING",
        owner: "EHS team",
        dueDate: "2030-08-01T00:00:00.000Z",
        status: "IN_PLACE",
      },
    });
    expect(updateRiskControl).toEqual({
      id: addRiskControl.id,
      type: "PROCESS_MONITORING",
      description: "Flux fume extraction",
      owner: "EHS team",
      dueDate: new Date("2030-08-01T00:00:00.000Z"),
      status: "IN_PLACE",
    });
    const blank = await app.exec(admin.token, EDIT, {
      id: addRiskControl.id,
      input: { owner: "   " },
    });
    expect(errorCodes(blank)).toEqual(["BAD_USER_INPUT"]);
    expect(blank.errors![0].extensions!.fields).toEqual([
      { path: "input.owner", message: "must not be blank" },
    ]);
    const denied = await app.exec(procurement.token, EDIT, {
      id: addRiskControl.id,
      input: { status: "VERIFIED" },
    });
    expect(errorCodes(denied)).toEqual(["FORBIDDEN"]);
  });
});

describe("the substitution view", () => {
  let app: TestApp;
  let admin: TestUser;
  let auditor: TestUser;
  let procurement: TestUser;
  let supplierUser: TestUser;

  const ok = async (user: TestUser, query: string, variables?: Record<string, unknown>) => {
    const result: GraphQLResult = await app.exec(user.token, query, variables);
    expect(result.errors).toBeUndefined();
    return result.data!;
  };
  const SUBSTITUTION = `query($status: SubstitutionStatus, $categoryId: ID, $first: Int, $after: String) {
    substitution(status: $status, categoryId: $categoryId, first: $first, after: $after) {
      totalCount pageInfo { hasNextPage endCursor }
      edges { node { status category { code } supplier { name } partNumber partName material
        cas substanceName targetKind ppm validUntil expired } } } }`;
  const classC = (partNumber: string, materials: unknown[], validDays = 365) => ({
    declarationClass: "C",
    partNumber,
    partName: `Part ${partNumber}`,
    statements: [],
    materials,
    validUntil: new Date(app.clock.now().getTime() + validDays * 86_400_000).toISOString(),
  });
  const declare = async (
    supplierId: string,
    category: string,
    input: Record<string, unknown>,
    to: "DRAFT" | "SUBMITTED" | "ACCEPTED" | "REJECTED",
  ) => {
    const { id } = await createDeclaration(app, admin.token, supplierId, category, input);
    if (to === "DRAFT") return;
    await ok(admin, `mutation($id: ID!) { submitMaterialDeclaration(id: $id) { id } }`, { id });
    if (to === "SUBMITTED") return;
    await ok(
      auditor,
      `mutation($id: ID!, $accept: Boolean!) { reviewMaterialDeclaration(id: $id, accept: $accept, reason: "checked") { id } }`,
      { id, accept: to === "ACCEPTED" },
    );
  };
  const lines = async (variables: Record<string, unknown> = {}) =>
    (await ok(procurement, SUBSTITUTION, { first: 100, ...variables })).substitution;

  beforeAll(async () => {
    app = await createTestApp({ now: new Date("2030-06-01T09:00:00Z") });
    const boxes = await makeSupplier(app, { name: "Box Works" });
    const sheets = await makeSupplier(app, { name: "Alpha Sheets" });
    ({ admin, auditor, procurement, supplier: supplierUser } = await makeRoles(app, boxes.id));
    const junctionBox = await categoryId(app, "JUNCTION_BOX");
    const backsheet = await categoryId(app, "BACKSHEET");
    // PBDE as a group target: a congener in a declaration counts through the group.
    await ok(
      admin,
      `mutation { setSubstanceTarget(input: { groupCode: "PBDE", kind: ELIMINATE }) { kind } }`,
    );
    await declare(
      boxes.id,
      junctionBox,
      classC("JB-7", [
        {
          name: "Solder",
          massMg: 2000,
          substances: [
            { cas: "7440-31-5", name: "Tin", ppm: 998000 },
            { cas: LEAD, name: "Lead", ppm: 2000 },
          ],
        },
        {
          name: "Housing",
          massMg: 50000,
          substances: [
            { cas: TETRA_BDE, ppm: 300 },
            { cas: "117-81-7", name: "DEHP", ppm: 0 }, // declared absent
          ],
        },
      ]),
      "ACCEPTED",
    );
    await declare(
      sheets.id,
      backsheet,
      classC(
        "BS-1",
        [{ name: "Outer layer", massMg: 40000, substances: [{ cas: "24937-79-9", massMg: 8000 }] }],
        10, // expired by the time it is read (below): still listed, flagged
      ),
      "ACCEPTED",
    );
    await declare(
      sheets.id,
      backsheet,
      classC("BS-2", [{ name: "Core", massMg: 1000, substances: [{ cas: LEAD, massMg: 1 }] }]),
      "SUBMITTED",
    );
    for (const to of ["DRAFT", "REJECTED"] as const)
      await declare(
        boxes.id,
        junctionBox,
        classC(`JB-${to}`, [
          { name: "Lamp", massMg: 10, substances: [{ cas: "7439-97-6", ppm: 5 }] },
        ]),
        to,
      );
    app.clock.advanceDays(11);
  });
  afterAll(() => app.close());

  it("lists the target substances of accepted declarations by category, supplier and part", async () => {
    const { totalCount, edges } = await lines();
    expect(totalCount).toBe(3);
    expect(edges.map((e: any) => e.node)).toEqual([
      {
        status: "ACCEPTED",
        category: { code: "BACKSHEET" },
        supplier: { name: "Alpha Sheets" },
        partNumber: "BS-1",
        partName: "Part BS-1",
        material: "Outer layer",
        cas: "24937-79-9",
        substanceName: "Polyvinylidene fluoride (PVDF)",
        targetKind: "ELIMINATE",
        ppm: 200000, // 8000 mg of 40000 mg
        validUntil: new Date("2030-06-11T09:00:00.000Z"),
        expired: true,
      },
      expect.objectContaining({
        category: { code: "JUNCTION_BOX" },
        supplier: { name: "Box Works" },
        partNumber: "JB-7",
        material: "Solder",
        cas: LEAD,
        substanceName: "Lead",
        targetKind: "REDUCE",
        ppm: 2000,
        expired: false,
      }),
      expect.objectContaining({
        partNumber: "JB-7",
        material: "Housing",
        cas: TETRA_BDE,
        targetKind: "ELIMINATE", // through the PBDE group
        ppm: 300,
      }),
    ]);
  });

  it("shows submitted declarations separately, filters by category and pages", async () => {
    const submitted = await lines({ status: "SUBMITTED" });
    expect(submitted.edges.map((e: any) => e.node)).toEqual([
      expect.objectContaining({
        status: "SUBMITTED",
        partNumber: "BS-2",
        cas: LEAD,
        ppm: 1000, // 1 mg of 1000 mg
      }),
    ]);
    const junctionBox = await categoryId(app, "JUNCTION_BOX");
    const boxes = await lines({ categoryId: junctionBox });
    expect(boxes.edges.map((e: any) => e.node.material)).toEqual(["Solder", "Housing"]);
    const first = await lines({ first: 2 });
    expect(first.pageInfo.hasNextPage).toBe(true);
    const rest = await lines({ first: 2, after: first.pageInfo.endCursor });
    expect(rest.pageInfo.hasNextPage).toBe(false);
    expect(rest.edges.map((e: any) => e.node.material)).toEqual(["Housing"]);
  });

  it("is for staff: a supplier is refused", async () => {
    expect(errorCodes(await app.exec(supplierUser.token, SUBSTITUTION, {}))).toEqual(["FORBIDDEN"]);
    for (const user of [admin, auditor])
      expect((await ok(user, SUBSTITUTION, {})).substitution.totalCount).toBe(3);
  });
});
