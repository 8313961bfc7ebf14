import { riskLevel } from "../src/modules/scoring/risk";
import { categoryId, makeRoles, makeSupplier, type TestUser } from "./support/factories";
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
