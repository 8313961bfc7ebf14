import { refreshDueStandings } from "../src/modules/procurement/standing.service";
import { SCORING_FORMULA_VERSION } from "../src/modules/scoring/scoring-policy";
import { Role } from "../src/shared/domain/role.enum";
import type { Supplier } from "../src/modules/supplier/supplier.entity";
import { auditTeam, completedAudit } from "./support/audit-fixtures";
import { createDeclaration } from "./support/declarations";
import { categoryId, makeSupplier, makeUser, recompute, type TestUser } from "./support/factories";
import { countQueries } from "./support/query-counter";
import { createTestApp, type GraphQLResult, type TestApp } from "./support/test-app";

const RANKINGS = `query($filter: RankingFilter, $first: Int) {
  supplierRankings(filter: $filter, first: $first) {
    edges { node { priorityScore status explanation { label points } supplier { id }
      targetSubstances { substanceName cas kind material declarationId partNumber partName } } } } }`;
const DECLARE = `mutation($input: DeclareRecycledContentInput!) { declareRecycledContent(input: $input) { id } }`;
const VERIFY = `mutation($id: ID!) { verifyRecycledContent(id: $id, note: "Certificate checked") { id } }`;
const SUBMIT = `mutation($id: ID!) { submitMaterialDeclaration(id: $id) { id } }`;
const REVIEW = `mutation($id: ID!) { reviewMaterialDeclaration(id: $id, accept: true) { id status } }`;
const SCORE = `query($id: ID!) { supplier(id: $id) { status score { overall formulaVersion explanation { label points } } } }`;

const sum = (lines: { points: number }[]) => lines.reduce((total, line) => total + line.points, 0);

/*
 * Every supplier here is never audited (ESG 0, CONDITIONAL: -10) with verified sustainability
 * values renewable 50, third-party verified material 50, recycled content 10; no supply-chain
 * map, so the computed traceability is NONE (issue 18: the declared tier 1 no longer counts).
 * Material score = 0.3 x 50 + 0.3 x 50 + 0.2 x recycled + 0.2 x 0 = 30 + 0.2 x recycled;
 * priority = 0.4 x material - 10.
 */
const priorityFor = (recycled: number) =>
  Math.round((0.4 * (30 + 0.2 * recycled) - 10) * 100) / 100;

describe("ranking effects: recycled content per category (issue 17) and target substances (issue 16)", () => {
  let app: TestApp;
  let admin: TestUser;
  let auditor: TestUser;
  let buyer: TestUser;
  let battery: string;
  let lithium: string;
  let junctionBox: string;

  const ok = async (user: TestUser, query: string, variables?: Record<string, unknown>) => {
    const result: GraphQLResult = await app.exec(user.token, query, variables);
    expect(result.errors).toBeUndefined();
    return result.data!;
  };

  const rowOf = async (supplierId: string, category?: string) => {
    const data = await ok(buyer, RANKINGS, {
      filter: category ? { categoryId: category } : null,
      first: 100,
    });
    const row = data.supplierRankings.edges
      .map((e: any) => e.node)
      .find((n: any) => n.supplier.id === supplierId);
    expect(row).toBeDefined();
    expect(Math.abs(sum(row.explanation) - row.priorityScore)).toBeLessThan(0.01);
    return row;
  };

  const supplierIn = async (name: string, ...categories: string[]): Promise<Supplier> => {
    const supplier = await makeSupplier(app, { name });
    for (const category of categories)
      await app.dataSource.query("INSERT INTO supplier_category VALUES ($1, $2)", [
        supplier.id,
        category,
      ]);
    await recompute(app, supplier.id);
    return supplier;
  };

  const declare = async (input: Record<string, unknown>): Promise<string> =>
    (
      await ok(admin, DECLARE, {
        input: {
          element: "LI",
          method: "MASS_BALANCE",
          validFrom: "2026-01",
          validTo: "2026-12",
          ...input,
        },
      })
    ).declareRecycledContent.id;

  beforeAll(async () => {
    app = await createTestApp();
    admin = await makeUser(app, Role.ADMIN);
    auditor = await makeUser(app, Role.AUDITOR);
    buyer = await makeUser(app, Role.PROCUREMENT);
    battery = await categoryId(app, "BATTERY_CELL");
    lithium = await categoryId(app, "LITHIUM");
    junctionBox = await categoryId(app, "JUNCTION_BOX");
  });
  afterAll(() => app?.close());

  describe("the recycled-content term in a category's ranking", () => {
    it("without a declaration for the category: the supplier-level share (10 %, verified)", async () => {
      const plain = await supplierIn("Cells Plain", battery);
      const row = await rowOf(plain.id, battery);
      expect(row.priorityScore).toBe(2.8); // 0.4 x 32 - 10
      expect(row.explanation).toContainEqual({
        label: "Recycled content 10 % (verified) x 0.2 x 0.4",
        points: 0.8,
      });
    });

    it("an unverified declaration counts at the declared discount, visibly; verifying it counts it in full", async () => {
      const supplier = await supplierIn("Cells Declared", battery);
      // 10 % of the mass is lithium, 30 % of that recycled: counted 30 % x 0.5 = 15 %.
      const id = await declare({
        supplierId: supplier.id,
        categoryId: battery,
        elementFraction: 0.1,
        recycledFraction: 0.3,
        preConsumerFraction: 0.1,
        postConsumerFraction: 0.2,
      });
      const declared = await rowOf(supplier.id, battery);
      // Material 30 + 0.2 x 15 = 33 -> 0.4 x 33 - 10 = 3.2.
      expect(declared.priorityScore).toBe(3.2);
      expect(declared.priorityScore).toBe(priorityFor(15));
      expect(declared.explanation).toContainEqual({
        label: `Recycled content LI 15 % for the category (self-declared, not verified: 30 % x 0.5; recycled-content declaration ${id}, 2026-01 to 2026-12) x 0.2 x 0.4`,
        points: 1.2,
      });
      expect(declared.explanation.map((l: any) => l.label)).not.toContain(
        "Recycled content 10 % (verified) x 0.2 x 0.4",
      );
      // The all-categories ranking has no category: the supplier-level 10 % stays.
      expect((await rowOf(supplier.id)).priorityScore).toBe(2.8);

      await ok(auditor, VERIFY, { id });
      const verified = await rowOf(supplier.id, battery);
      // Material 30 + 0.2 x 30 = 36 -> 0.4 x 36 - 10 = 4.4.
      expect(verified.priorityScore).toBe(4.4);
      expect(verified.explanation).toContainEqual({
        label: `Recycled content LI 30 % for the category (verified; recycled-content declaration ${id}, 2026-01 to 2026-12) x 0.2 x 0.4`,
        points: 2.4,
      });
      expect((await rowOf(supplier.id)).priorityScore).toBe(2.8);
    });

    it("weighs several elements by element mass, each on its own basis, and counts only the declared category", async () => {
      const supplier = await supplierIn("Cells Mixed", battery, lithium);
      // LI: 2 % of the mass, 50 % recycled, verified -> counted 50 %.
      const li = await declare({
        supplierId: supplier.id,
        categoryId: battery,
        elementFraction: 0.02,
        recycledFraction: 0.5,
        preConsumerFraction: 0,
        postConsumerFraction: 0.5,
      });
      await ok(auditor, VERIFY, { id: li });
      // CO: 6 % of the mass, 10 % recycled, not verified -> counted 5 %.
      const co = await declare({
        supplierId: supplier.id,
        categoryId: battery,
        element: "CO",
        elementFraction: 0.06,
        recycledFraction: 0.1,
        preConsumerFraction: 0.1,
        postConsumerFraction: 0,
      });
      // Element mass 0.08: LI weighs 0.25, CO 0.75 -> 0.25 x 50 + 0.75 x 5 = 16.25 %.
      // Material 30 + 0.2 x 16.25 = 33.25 -> 0.4 x 33.25 - 10 = 3.3.
      const row = await rowOf(supplier.id, battery);
      expect(row.priorityScore).toBe(3.3);
      expect(row.explanation).toEqual(
        expect.arrayContaining([
          {
            // 0.4 x 0.2 x 0.25 x 50
            label: `Recycled content LI 50 % for the category (verified; recycled-content declaration ${li}, 2026-01 to 2026-12) x element mass share 0.25 x 0.2 x 0.4`,
            points: 1,
          },
          {
            // 0.4 x 0.2 x 0.75 x 5
            label: `Recycled content CO 5 % for the category (self-declared, not verified: 10 % x 0.5; recycled-content declaration ${co}, 2026-01 to 2026-12) x element mass share 0.75 x 0.2 x 0.4`,
            points: 0.3,
          },
        ]),
      );
      // The supplier's lithium ranking has no declaration of its own.
      expect((await rowOf(supplier.id, lithium)).priorityScore).toBe(2.8);
    });

    it("counts the latest declared for the month; a declaration starts and stops counting with its months", async () => {
      const supplier = await supplierIn("Cells Periods", battery);
      const base = { supplierId: supplier.id, categoryId: battery, elementFraction: 0.1 };
      const ended = await declare({
        ...base,
        validFrom: "2025-01",
        validTo: "2026-05",
        recycledFraction: 0.9,
        preConsumerFraction: 0.9,
        postConsumerFraction: 0,
      });
      await ok(auditor, VERIFY, { id: ended });
      const next = await declare({
        ...base,
        validFrom: "2026-07",
        validTo: "2026-12",
        recycledFraction: 0.4,
        preConsumerFraction: 0.4,
        postConsumerFraction: 0,
      });
      await ok(auditor, VERIFY, { id: next });
      // June 2026: neither covers the month.
      expect((await rowOf(supplier.id, battery)).priorityScore).toBe(2.8);

      app.clock.set(new Date("2026-07-01T00:00:01Z"));
      try {
        await refreshDueStandings(app.dataSource, app.clock);
        // Material 30 + 0.2 x 40 = 38 -> 0.4 x 38 - 10 = 5.2.
        expect((await rowOf(supplier.id, battery)).priorityScore).toBe(5.2);
        // A newer, unverified declaration for the same months supersedes it: 50 % x 0.5 = 25 %.
        await declare({
          ...base,
          validFrom: "2026-07",
          validTo: "2026-12",
          recycledFraction: 0.5,
          preConsumerFraction: 0.5,
          postConsumerFraction: 0,
        });
        // Material 30 + 0.2 x 25 = 35 -> 0.4 x 35 - 10 = 4.
        expect((await rowOf(supplier.id, battery)).priorityScore).toBe(4);
      } finally {
        app.clock.set(new Date("2026-06-01T09:00:00Z"));
        await refreshDueStandings(app.dataSource, app.clock);
      }
    });
  });

  describe("target substances", () => {
    let supplier: Supplier;
    let supplierUser: TestUser;
    let before: any;
    let declarationId: string;

    beforeAll(async () => {
      supplier = await supplierIn("Boxes Mercury", junctionBox);
      supplierUser = await makeUser(app, Role.SUPPLIER, { supplierId: supplier.id });
      before = await rowOf(supplier.id, junctionBox);
    });

    it("flags an accepted declaration with an ELIMINATE target on the row, without any score change", async () => {
      // Mercury 5 ppm (under the RoHS 0.1 %), lead 500 ppm (a REDUCE target, under its limit).
      const created = await createDeclaration(app, supplierUser.token, supplier.id, junctionBox, {
        declarationClass: "C",
        partNumber: "LAMP-1",
        partName: "Indicator lamp",
        statements: [],
        materials: [
          {
            name: "Lamp glass",
            massMg: 500,
            substances: [
              { cas: "7439-97-6", name: "Mercury", ppm: 5 },
              { cas: "7439-92-1", name: "Lead", ppm: 500 },
            ],
          },
        ],
      });
      declarationId = created.id;
      await ok(supplierUser, SUBMIT, { id: created.id });
      // Submitted, not yet accepted: nothing is flagged.
      expect((await rowOf(supplier.id, junctionBox)).targetSubstances).toEqual([]);
      await ok(auditor, REVIEW, { id: created.id });

      const after = await rowOf(supplier.id, junctionBox);
      expect(after.priorityScore).toBe(before.priorityScore);
      expect(after.status).toBe(before.status);
      const flag = {
        material: "Lamp glass",
        declarationId: created.id,
        partNumber: "LAMP-1",
        partName: "Indicator lamp",
      };
      expect(after.targetSubstances).toEqual([
        { substanceName: "Mercury", cas: "7439-97-6", kind: "ELIMINATE", ...flag },
        { substanceName: "Lead", cas: "7439-92-1", kind: "REDUCE", ...flag },
      ]);
      const line = {
        label: `Contains ELIMINATE target substance Mercury (CAS 7439-97-6) (material declaration ${created.id}, part LAMP-1 (Indicator lamp)); no score change`,
        points: 0,
      };
      expect(after.explanation).toEqual([...before.explanation, line]);
      // The all-categories row shows it too (the score explanation's line: material-declarations.test.ts).
      expect((await rowOf(supplier.id)).targetSubstances).toHaveLength(2);
    });

    it("matches a group target by its members (a PBDE congener once PBDE is an ELIMINATE target)", async () => {
      await ok(
        admin,
        `mutation { setSubstanceTarget(input: { groupCode: "PBDE", kind: ELIMINATE }) { kind } }`,
      );
      const created = await createDeclaration(app, supplierUser.token, supplier.id, junctionBox, {
        declarationClass: "C",
        partNumber: "HOUSING-2",
        partName: null,
        statements: [],
        materials: [
          {
            name: "Housing plastic",
            massMg: 20000,
            substances: [{ cas: "1163-19-5", name: "decaBDE", ppm: 50 }],
          },
        ],
      });
      await ok(supplierUser, SUBMIT, { id: created.id });
      await ok(auditor, REVIEW, { id: created.id });
      const row = await rowOf(supplier.id, junctionBox);
      expect(row.priorityScore).toBe(before.priorityScore);
      expect(row.targetSubstances).toContainEqual({
        substanceName: "decaBDE",
        cas: "1163-19-5",
        kind: "ELIMINATE",
        material: "Housing plastic",
        declarationId: created.id,
        partNumber: "HOUSING-2",
        partName: null,
      });
      expect(row.explanation).toContainEqual({
        label: `Contains ELIMINATE target substance decaBDE (CAS 1163-19-5) (material declaration ${created.id}, part HOUSING-2); no score change`,
        points: 0,
      });
      expect(
        row.explanation.filter((l: any) => l.label.startsWith("Contains ELIMINATE")),
      ).toHaveLength(2);
    });

    it("stops flagging a declaration once it expires", async () => {
      await app.dataSource.query(`UPDATE material_declaration SET valid_until = $2 WHERE id = $1`, [
        declarationId,
        new Date("2026-06-01T08:00:00Z"),
      ]);
      await recompute(app, supplier.id);
      const row = await rowOf(supplier.id, junctionBox);
      expect(row.targetSubstances.map((t: any) => t.partNumber)).toEqual(["HOUSING-2"]);
    });

    it("reads a page's flags in the page's one statement (no query per row)", async () => {
      await supplierIn("Boxes Second", junctionBox);
      const run = (first: number) =>
        countQueries(() =>
          app.exec(buyer.token, RANKINGS, { filter: { categoryId: junctionBox }, first }),
        );
      const one = await run(1);
      const all = await run(100);
      expect(all.result.data!.supplierRankings.edges.length).toBeGreaterThan(1);
      expect(all.count).toBe(one.count);
      expect(all.count).toBeLessThanOrEqual(3);
    });
  });

  it(`reports the rules version ${SCORING_FORMULA_VERSION} with the score, and keeps it in the snapshot`, async () => {
    expect(SCORING_FORMULA_VERSION).toBe("2026.5");
    const team = await auditTeam(app);
    const supplier = await supplierIn("Cells Audited", battery);
    await completedAudit(app, team.plan(supplier.id));
    const data = await ok(admin, SCORE, { id: supplier.id });
    expect(data.supplier.score.formulaVersion).toBe("2026.5");
    const snapshots = await app.dataSource.query(
      `SELECT formula_version FROM score_snapshot WHERE supplier_id = $1`,
      [supplier.id],
    );
    expect(snapshots.map((r: { formula_version: string }) => r.formula_version)).toEqual([
      "2026.5",
    ]);
  });
});
