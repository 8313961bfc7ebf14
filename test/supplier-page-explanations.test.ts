import { Role } from "../src/shared/domain/role.enum";
import { auditTeam, completedAudit, ok } from "./support/audit-fixtures";
import { makeSupplier, makeUser, type TestUser } from "./support/factories";
import { createTestApp, errorCodes, type TestApp } from "./support/test-app";

const SCORE = `query($id: ID!) { supplier(id: $id) { status statusReasons
  score { overall grade gradeFromScore gradeCaps { rule grade count areas reason } } } }`;
const PRIORITY = `query($id: ID!, $c: ID) { supplier(id: $id) { priority(categoryId: $c) {
  categoryId priorityScore rank status explanation { label points }
  adjustments { id delta reason createdBy { name } } } } }`;
const RANKING = `query($f: RankingFilter) { supplierRankings(filter: $f, first: 100) {
  edges { node { rank priorityScore supplier { id } } } } }`;
const STATE = `query($id: ID!) { supplier(id: $id) { blockedByAdmin
  adminBlock { at byName reason } archiveChange { at byName reason } } }`;

/** The supplier page's explanations over HTTP: grade caps, priority terms, block and archive. */
describe("supplier page explanations", () => {
  let app: TestApp;
  let admin: TestUser;
  let buyer: TestUser;
  let team: Awaited<ReturnType<typeof auditTeam>>;

  beforeAll(async () => {
    app = await createTestApp();
    admin = await makeUser(app, Role.ADMIN, { name: "Ada Admin" });
    buyer = await makeUser(app, Role.PROCUREMENT, { name: "Bo Buyer" });
    team = await auditTeam(app);
  });
  afterAll(() => app.close());

  it("names the zero-tolerance cap that turns the score's grade B into E, and only that one", async () => {
    const capped = await makeSupplier(app);
    await completedAudit(app, {
      ...team.plan(capped.id),
      overrides: { "CFL-01": "NONCONFORMS" },
      findings: [
        { area: "CHILD_AND_FORCED_LABOUR", severity: "ZERO_TOLERANCE", itemCode: "CFL-01" },
      ],
    });
    const view = ok(await app.exec(buyer.token, SCORE, { id: capped.id })).supplier;
    expect(view.score).toMatchObject({ overall: 80.95, grade: "E", gradeFromScore: "B" });
    expect(view.score.gradeCaps).toEqual([
      {
        rule: "ZERO_TOLERANCE_FINDING",
        grade: "E",
        count: 1,
        areas: [],
        reason: "1 open zero-tolerance finding: grade E",
      },
    ]);

    const clean = await makeSupplier(app);
    await completedAudit(app, team.plan(clean.id));
    const plain = ok(await app.exec(buyer.token, SCORE, { id: clean.id })).supplier;
    expect(plain.score).toMatchObject({ grade: "A", gradeFromScore: "A", gradeCaps: [] });
  });

  it("gives the ranking's own priority, rank and terms, manual adjustments with reason and author", async () => {
    const ranked = await makeSupplier(app);
    await completedAudit(app, team.plan(ranked.id));
    ok(
      await app.exec(
        buyer.token,
        `mutation($s: ID!) { adjustPriority(input: { supplierId: $s, delta: 4.5, reason: "Strategic second source for wafers" }) { id } }`,
        { s: ranked.id },
      ),
    );
    const priority = ok(await app.exec(buyer.token, PRIORITY, { id: ranked.id })).supplier.priority;
    const row = ok(await app.exec(buyer.token, RANKING, {})).supplierRankings.edges.find(
      (edge: { node: { supplier: { id: string } } }) => edge.node.supplier.id === ranked.id,
    ).node;
    expect(priority).toMatchObject({
      categoryId: null,
      status: "APPROVED",
      priorityScore: row.priorityScore,
      rank: row.rank,
    });
    const sum = priority.explanation.reduce((t: number, l: { points: number }) => t + l.points, 0);
    expect(sum).toBeCloseTo(priority.priorityScore, 2);
    expect(priority.explanation).toContainEqual({
      label: "Manual adjustment: Strategic second source for wafers",
      points: 4.5,
    });
    expect(priority.adjustments).toEqual([
      expect.objectContaining({
        delta: 4.5,
        reason: "Strategic second source for wafers",
        createdBy: { name: "Bo Buyer" },
      }),
    ]);

    // Blocked: never ranked, so no rank, but the terms stay readable.
    ok(
      await app.exec(
        admin.token,
        `mutation($id: ID!) { blockSupplier(id: $id, reason: "Customs seizure under investigation") { id } }`,
        { id: ranked.id },
      ),
    );
    const blocked = ok(await app.exec(buyer.token, PRIORITY, { id: ranked.id })).supplier.priority;
    expect(blocked).toMatchObject({ status: "BLOCKED", rank: null });

    // Not in that category's ranking: null, not an error.
    const other = ok(
      await app.exec(buyer.token, PRIORITY, {
        id: ranked.id,
        c: "00000000-0000-4000-8000-000000000001",
      }),
    ).supplier.priority;
    expect(other).toBeNull();

    const supplierUser = await makeUser(app, Role.SUPPLIER, { supplierId: ranked.id });
    expect(errorCodes(await app.exec(supplierUser.token, PRIORITY, { id: ranked.id }))).toEqual([
      "FORBIDDEN",
    ]);
  });

  it("shows who blocked and archived a supplier, when and why, to staff only", async () => {
    const supplier = await makeSupplier(app);
    let state = ok(await app.exec(buyer.token, STATE, { id: supplier.id })).supplier;
    expect(state).toEqual({ blockedByAdmin: false, adminBlock: null, archiveChange: null });

    ok(
      await app.exec(
        admin.token,
        `mutation($id: ID!) { blockSupplier(id: $id, reason: "Sanctions screening under review") { id } }`,
        { id: supplier.id },
      ),
    );
    state = ok(await app.exec(buyer.token, STATE, { id: supplier.id })).supplier;
    expect(state.blockedByAdmin).toBe(true);
    expect(state.adminBlock).toMatchObject({
      byName: "Ada Admin",
      reason: "Sanctions screening under review",
    });
    expect(new Date(state.adminBlock.at).getTime()).toBe(app.clock.now().getTime());

    const supplierUser = await makeUser(app, Role.SUPPLIER, { supplierId: supplier.id });
    const own = await app.exec(
      supplierUser.token,
      `query($id: ID!) { supplier(id: $id) { blockedByAdmin statusReasons } }`,
      { id: supplier.id },
    );
    expect(ok(own).supplier.blockedByAdmin).toBe(true);
    expect(ok(own).supplier.statusReasons).toContain(
      "Blocked by an administrator: Sanctions screening under review",
    );
    expect(errorCodes(await app.exec(supplierUser.token, STATE, { id: supplier.id }))).toContain(
      "FORBIDDEN",
    );

    ok(
      await app.exec(admin.token, `mutation($id: ID!) { unblockSupplier(id: $id) { id } }`, {
        id: supplier.id,
      }),
    );
    ok(
      await app.exec(admin.token, `mutation($id: ID!) { archiveSupplier(id: $id) { id } }`, {
        id: supplier.id,
      }),
    );
    state = ok(await app.exec(admin.token, STATE, { id: supplier.id })).supplier;
    expect(state.blockedByAdmin).toBe(false);
    expect(state.adminBlock).toBeNull();
    expect(state.archiveChange).toMatchObject({ byName: "Ada Admin", reason: null });
  });
});
