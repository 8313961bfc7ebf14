import { storeDocument } from "./support/documents";
import { categoryId, makeRoles, makeSupplier, makeUser, type TestUser } from "./support/factories";
import { createTestApp, errorCodes, type GraphQLResult, type TestApp } from "./support/test-app";
import { Role } from "../src/shared/domain/role.enum";
import type { Supplier } from "../src/modules/supplier/supplier.entity";

const IMPORT = `mutation($id: ID!, $dryRun: Boolean!) {
  importPurchases(documentId: $id, dryRun: $dryRun) { rows applied inserted skipped errors { row column message } } }`;
const DECLARE = `mutation($input: DeclareRecycledContentInput!) {
  declareRecycledContent(input: $input) { id element validFrom validTo elementFraction recycledFraction verified } }`;
const VERIFY = `mutation($id: ID!) { verifyRecycledContent(id: $id, note: "Mass balance certificate checked") { id verified verifiedAt } }`;
const SHARE = `query($year: Int, $from: String, $to: String) {
  recycledContentShare(element: LI, year: $year, from: $from, to: $to) {
    from to share verifiedShare declaredShare preConsumerShare postConsumerShare coverage
    purchasedKg elementKg recycledKg countedRecycledKg linesTotal
    monthly { month share coverage elementKg }
    lines { supplier { id } category { code } purchasedKg elementKg recycledKg countedRecycledKg basis } } }`;
const TARGETS = `query($element: Element) { recycledContentTargets(element: $element) {
  target { id element share dueDate source supersededAt } current gap projection onTrack } }`;

/** The 14 months the purchases span: 2025-01 .. 2026-02. */
const MONTHS = Array.from({ length: 14 }, (_, i) => {
  const year = 2025 + Math.floor(i / 12);
  return `${year}-${String((i % 12) + 1).padStart(2, "0")}`;
});

const declaration = (
  supplierId: string,
  category: string,
  values: Partial<Record<string, unknown>> = {},
) => ({
  supplierId,
  categoryId: category,
  element: "LI",
  validFrom: "2025-01",
  validTo: "2026-12",
  method: "MASS_BALANCE",
  ...values,
});

describe("recycled content: purchases, declarations, the portfolio share and the targets", () => {
  let app: TestApp;
  let admin: TestUser;
  let procurement: TestUser;
  let auditor: TestUser;
  let supplierUser: TestUser;
  let a: Supplier;
  let b: Supplier;
  let c: Supplier;
  let lithium: string;
  let junctionBox: string;

  const exec = (user: TestUser, query: string, variables?: Record<string, unknown>) =>
    app.exec(user.token, query, variables);
  const ok = async (user: TestUser, query: string, variables?: Record<string, unknown>) => {
    const result: GraphQLResult = await exec(user, query, variables);
    expect(result.errors).toBeUndefined();
    return result.data!;
  };
  const purchaseCount = async () =>
    Number((await app.dataSource.query(`SELECT count(*) AS n FROM purchase_record`))[0].n);
  const upload = (lines: string[], name = "purchases.csv") =>
    storeDocument(app, procurement.token, Buffer.from(lines.join("\r\n") + "\r\n"), name);

  /**
   * The ERP file: every month A (by id) and B (by registration number) 1000 kg of LITHIUM each,
   * C (by name) 500 kg; plus B 700 kg of JUNCTION_BOX in 2025-03 (a category without any
   * lithium declaration: outside the figure). 14 x 3 + 1 = 43 rows.
   */
  const fileLines = () => [
    "Supplier;Category;Period;Quantity_kg;Reference",
    ...MONTHS.flatMap((month) => [
      `${a.id};LITHIUM;${month};1000;A-${month}`,
      `REG-B-17;LITHIUM;${month};1000,0;B-${month}`,
      `Cathode Gamma;LITHIUM;${month};500;C-${month}`,
    ]),
    "REG-B-17;JUNCTION_BOX;2025-03;700;B-JB-2025-03",
  ];

  beforeAll(async () => {
    app = await createTestApp({ now: new Date("2026-02-15T09:00:00Z") });
    a = await makeSupplier(app, { name: "Lithium Alpha" });
    b = await makeSupplier(app, { name: "Lithium Beta", registrationNumber: "REG-B-17" });
    c = await makeSupplier(app, { name: "Cathode Gamma" });
    const roles = await makeRoles(app, a.id);
    admin = roles.admin;
    procurement = roles.procurement;
    auditor = roles.auditor;
    supplierUser = roles.supplier;
    lithium = await categoryId(app, "LITHIUM");
    junctionBox = await categoryId(app, "JUNCTION_BOX");
  });
  afterAll(() => app.close());

  describe("the purchase import", () => {
    it("a dry run reports the rows and saves nothing", async () => {
      const document = await upload(fileLines());
      const { importPurchases } = await ok(procurement, IMPORT, { id: document.id, dryRun: true });
      expect(importPurchases).toEqual({
        rows: 43,
        applied: false,
        inserted: 0,
        skipped: 0,
        errors: [],
      });
      expect(await purchaseCount()).toBe(0);
    });

    it("a malformed row is reported with its row number, and nothing is saved", async () => {
      const lines = fileLines();
      lines[3] = `${a.id};LITHIUM;2025-13;1000;BAD-1`; // row 4: no month 13
      lines[5] = `Nobody Ltd;LITHIUM;2025-02;-5;BAD-2`; // row 6: unknown supplier, quantity <= 0
      const document = await upload(lines);
      for (const dryRun of [true, false]) {
        const { importPurchases } = await ok(procurement, IMPORT, { id: document.id, dryRun });
        expect(importPurchases.applied).toBe(false);
        expect(importPurchases.inserted).toBe(0);
        expect(importPurchases.errors).toEqual([
          { row: 4, column: "Period", message: '"2025-13" is not a month (YYYY-MM)' },
          { row: 6, column: "Quantity_kg", message: '"-5" is not a quantity in kg above 0' },
        ]);
      }
      // The quantity made row 6 fail before its supplier was looked up; an unknown supplier
      // alone is reported on the supplier column.
      const unknown = await upload([lines[0], "Nobody Ltd;LITHIUM;2025-02;5;BAD-3"]);
      const { importPurchases } = await ok(procurement, IMPORT, { id: unknown.id, dryRun: false });
      expect(importPurchases.errors).toEqual([
        {
          row: 2,
          column: "Supplier",
          message: 'no supplier "Nobody Ltd" (id, registration number or name)',
        },
      ]);
      expect(await purchaseCount()).toBe(0);
    });

    it("a supplier cannot import purchases", async () => {
      const document = await storeDocument(
        app,
        supplierUser.token,
        Buffer.from(fileLines().join("\n")),
        "mine.csv",
      );
      const result = await exec(supplierUser, IMPORT, { id: document.id, dryRun: true });
      expect(errorCodes(result)).toEqual(["FORBIDDEN"]);
    });

    it("a clean run saves every row in one go; importing the same file again changes nothing", async () => {
      const document = await upload(fileLines());
      const first = await ok(procurement, IMPORT, { id: document.id, dryRun: false });
      expect(first.importPurchases).toEqual({
        rows: 43,
        applied: true,
        inserted: 43,
        skipped: 0,
        errors: [],
      });
      expect(await purchaseCount()).toBe(43);
      const again = await ok(procurement, IMPORT, { id: document.id, dryRun: false });
      expect(again.importPurchases).toEqual({
        rows: 43,
        applied: true,
        inserted: 0,
        skipped: 43,
        errors: [],
      });
      expect(await purchaseCount()).toBe(43);
      const [{ n }] = await app.dataSource.query(
        `SELECT count(*)::int AS n FROM audit_event WHERE action = 'purchases.imported'`,
      );
      expect(n).toBe(2);
    });

    it("a purchase entered by hand and voided is kept and counts for nothing", async () => {
      const { createPurchase } = await ok(
        admin,
        `mutation($input: CreatePurchaseInput!) { createPurchase(input: $input) { id period quantityKg } }`,
        {
          input: {
            supplierId: a.id,
            categoryId: lithium,
            period: "2025-06",
            quantityKg: 5000,
            reference: "A-2025-06-dup",
          },
        },
      );
      expect(createPurchase).toMatchObject({ period: "2025-06", quantityKg: 5000 });
      const duplicate = await exec(
        admin,
        `mutation($input: CreatePurchaseInput!) { createPurchase(input: $input) { id } }`,
        {
          input: {
            supplierId: a.id,
            categoryId: lithium,
            period: "2025-06",
            quantityKg: 1,
            reference: "A-2025-06",
          },
        },
      );
      expect(errorCodes(duplicate)).toEqual(["BAD_USER_INPUT"]);
      const { voidPurchase } = await ok(
        procurement,
        `mutation($id: ID!) { voidPurchase(id: $id, reason: "Entered twice, see A-2025-06") { voidedAt voidReason } }`,
        { id: createPurchase.id },
      );
      expect(voidPurchase.voidReason).toBe("Entered twice, see A-2025-06");
      expect(await purchaseCount()).toBe(44);
      await expect(
        app.dataSource.query(`DELETE FROM purchase_record WHERE id = $1`, [createPurchase.id]),
      ).rejects.toThrow(/purchase_record is a record/);
      const { purchases } = await ok(
        procurement,
        `query($s: ID) { purchases(supplierId: $s, from: "2025-06", to: "2025-06", first: 10) {
           totalCount edges { node { period quantityKg voidedAt reference } } } }`,
        { s: a.id },
      );
      expect(purchases.totalCount).toBe(2);
    });
  });

  describe("declarations", () => {
    it("a supplier declares for itself only, and cannot verify", async () => {
      // A (the supplier user's own): 10 % of the mass is lithium, 20 % of it recycled
      // (5 % pre-consumer, 15 % post-consumer).
      const { declareRecycledContent: own } = await ok(supplierUser, DECLARE, {
        input: declaration(a.id, lithium, {
          elementFraction: 0.1,
          recycledFraction: 0.2,
          preConsumerFraction: 0.05,
          postConsumerFraction: 0.15,
          evidence: [{ title: "Mass balance certificate", url: "https://cert.example/a" }],
        }),
      });
      expect(own).toMatchObject({ validFrom: "2025-01", validTo: "2026-12", verified: false });
      const other = await exec(supplierUser, DECLARE, {
        input: declaration(b.id, lithium, {
          elementFraction: 0.2,
          recycledFraction: 0.1,
          preConsumerFraction: 0.1,
          postConsumerFraction: 0,
        }),
      });
      expect(errorCodes(other)).toEqual(["NOT_FOUND"]);
      expect(errorCodes(await exec(supplierUser, VERIFY, { id: own.id }))).toEqual(["FORBIDDEN"]);
      const { verifyRecycledContent } = await ok(auditor, VERIFY, { id: own.id });
      expect(verifyRecycledContent.verified).toBe(true);
      expect(errorCodes(await exec(auditor, VERIFY, { id: own.id }))).toEqual(["CONFLICT"]);
    });

    it("refuses a recycled fraction that is not pre + post", async () => {
      const result = await exec(admin, DECLARE, {
        input: declaration(b.id, lithium, {
          elementFraction: 0.2,
          recycledFraction: 0.3,
          preConsumerFraction: 0.1,
          postConsumerFraction: 0.1,
        }),
      });
      expect(errorCodes(result)).toEqual(["BAD_USER_INPUT"]);
    });

    it("records B's declarations, the later one superseding for 2026", async () => {
      // B, by staff, unverified: 20 % lithium, 10 % of it recycled (all pre-consumer), ...
      await ok(admin, DECLARE, {
        input: declaration(b.id, lithium, {
          elementFraction: 0.2,
          recycledFraction: 0.1,
          preConsumerFraction: 0.1,
          postConsumerFraction: 0,
        }),
      });
      app.clock.advance(60_000);
      // ... and from 2026-01 a newer one: 30 % recycled (10 % pre, 20 % post), unverified.
      await ok(admin, DECLARE, {
        input: declaration(b.id, lithium, {
          validFrom: "2026-01",
          elementFraction: 0.2,
          recycledFraction: 0.3,
          preConsumerFraction: 0.1,
          postConsumerFraction: 0.2,
        }),
      });
      // C declares nothing: its lithium purchases count in the coverage's denominator only.
      const { recycledContentDeclarations } = await ok(
        supplierUser,
        `{ recycledContentDeclarations(first: 10) { totalCount edges { node { supplier { id } } } } }`,
      );
      expect(recycledContentDeclarations.totalCount).toBe(1); // the supplier sees its own only
    });
  });

  describe("the portfolio figure", () => {
    /*
     * Per month of 2025 (B's first declaration):
     *   A: 1000 kg x 0.1 = 100 kg Li, x 0.2 = 20 kg recycled, verified: counts 20
     *      (pre 1000 x 0.1 x 0.05 = 5, post 1000 x 0.1 x 0.15 = 15)
     *   B: 1000 kg x 0.2 = 200 kg Li, x 0.1 = 20 kg recycled, declared: counts 20 x 0.5 = 10
     *      (pre 20, post 0)
     *   C: 500 kg, no declaration: 0 kg Li; covered kg 2000 of 2500
     *   element 300, counted 30 -> share 0.1; verified 20, declared 40
     * Per month of 2026 (B's second declaration supersedes): B 200 kg Li x 0.3 = 60 recycled,
     *   counts 30 (pre 20, post 40): element 300, counted 50 -> share 1/6.
     * B's JUNCTION_BOX purchase: no lithium declaration in that category, outside the figure.
     * A's voided 5000 kg: not counted.
     */
    it("gives 2025's shares, coverage and lines exactly", async () => {
      const { recycledContentShare: s } = await ok(procurement, SHARE, { year: 2025 });
      expect(s).toMatchObject({ from: "2025-01", to: "2025-12", linesTotal: 3 });
      // 12 months: purchased 12 x 2500 = 30 000, element 3 600, recycled 480, counted 360.
      expect(s.purchasedKg).toBeCloseTo(30_000, 6);
      expect(s.elementKg).toBeCloseTo(3_600, 6);
      expect(s.recycledKg).toBeCloseTo(480, 6);
      expect(s.countedRecycledKg).toBeCloseTo(360, 6);
      expect(s.share).toBeCloseTo(360 / 3600, 10); // 0.1
      expect(s.verifiedShare).toBeCloseTo(240 / 3600, 10); // A's 12 x 20
      expect(s.declaredShare).toBeCloseTo(480 / 3600, 10); // undiscounted, shown
      expect(s.preConsumerShare).toBeCloseTo((12 * 25) / 3600, 10); // (5 + 20) a month
      expect(s.postConsumerShare).toBeCloseTo((12 * 15) / 3600, 10);
      expect(s.coverage).toBeCloseTo(24_000 / 30_000, 10); // 0.8
      expect(s.monthly).toHaveLength(12);
      for (const month of s.monthly) {
        expect(month.share).toBeCloseTo(0.1, 10);
        expect(month.coverage).toBeCloseTo(0.8, 10);
        expect(month.elementKg).toBeCloseTo(300, 6);
      }
      const lines = [...s.lines].sort((x: any, y: any) => x.basis.localeCompare(y.basis));
      expect(lines.map((l: any) => [l.supplier.id, l.category.code, l.basis])).toEqual([
        [b.id, "LITHIUM", "DECLARED"],
        [c.id, "LITHIUM", "NONE"],
        [a.id, "LITHIUM", "VERIFIED"],
      ]);
      expect(
        lines.map((l: any) => [l.purchasedKg, l.elementKg, l.recycledKg, l.countedRecycledKg]),
      ).toEqual([
        [12_000, 2_400, 240, 120],
        [6_000, 0, 0, 0],
        [12_000, 1_200, 240, 240],
      ]);
      // The lines add up to the totals.
      const sum = (key: string) => s.lines.reduce((n: number, l: any) => n + l[key], 0);
      expect(sum("purchasedKg")).toBeCloseTo(s.purchasedKg, 6);
      expect(sum("elementKg")).toBeCloseTo(s.elementKg, 6);
      expect(sum("countedRecycledKg")).toBeCloseTo(s.countedRecycledKg, 6);
    });

    it("follows the superseding declaration across a period of months", async () => {
      // 2025-07 .. 2026-02: 6 months at (element 300, counted 30, recycled 40, verified 20)
      // and 2 at (300, 50, 80, 20): element 2 400, counted 280, recycled 400, verified 160.
      const { recycledContentShare: s } = await ok(auditor, SHARE, {
        from: "2025-07",
        to: "2026-02",
      });
      expect(s.share).toBeCloseTo(280 / 2400, 10);
      expect(s.verifiedShare).toBeCloseTo(160 / 2400, 10);
      expect(s.declaredShare).toBeCloseTo(400 / 2400, 10);
      expect(s.monthly.map((m: any) => m.month)).toEqual([
        "2025-07",
        "2025-08",
        "2025-09",
        "2025-10",
        "2025-11",
        "2025-12",
        "2026-01",
        "2026-02",
      ]);
      expect(s.monthly.map((m: any) => Number(m.share.toFixed(6)))).toEqual([
        0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.166667, 0.166667,
      ]);
      // B's two declarations are one DECLARED line: 6 x 20 + 2 x 60 = 240 kg recycled.
      const bLine = s.lines.find((l: any) => l.supplier.id === b.id);
      expect(bLine).toMatchObject({
        basis: "DECLARED",
        purchasedKg: 8000,
        elementKg: 1600,
        recycledKg: 240,
        countedRecycledKg: 120,
      });
    });

    it("defaults to the 12 months to the current one", async () => {
      const { recycledContentShare: s } = await ok(admin, SHARE, {});
      expect([s.from, s.to]).toEqual(["2025-03", "2026-02"]);
      // 10 months at counted 30 and 2 at 50, over 12 x 300 kg of lithium.
      expect(s.share).toBeCloseTo(400 / 3600, 10);
    });

    it("is not for suppliers", async () => {
      expect(errorCodes(await exec(supplierUser, SHARE, { year: 2025 }))).toEqual(["FORBIDDEN"]);
    });
  });

  describe("targets", () => {
    /*
     * The last 24 months to 2026-02 hold 14 monthly shares: x = 0..13 (2025-01 = 0),
     * y = 0.1 for x 0..11 and 1/6 for x 12, 13. Least squares:
     *   mean x = 6.5, mean y = (12 x 0.1 + 2/6) / 14 = 1.5333.../14 = 0.1095238
     *   Sxx = 14 (14^2 - 1) / 12 = 227.5
     *   Sxy = sum (x - 6.5) y = 0.1 (66 - 78) + (1/6)(5.5 + 6.5) = -1.2 + 2 = 0.8
     *   slope = 0.8 / 227.5 = 0.0035165 a month
     * 2030-12 is x = 71: 0.1095238 + 0.0035165 x 64.5 = 0.3363370 (>= 0.06, on track)
     * 2035-12 is x = 131: 0.1095238 + 0.0035165 x 124.5 = 0.5473333
     * Current (the last 12 months): 400 / 3600 = 0.1111; gap to 6 % = 0.06 - 0.1111 = -0.0511.
     */
    const meanY = (12 * 0.1 + 2 / 6) / 14;
    const slope = 0.8 / 227.5;

    it("ships the policy's and the regulation's targets with current value, gap and projection", async () => {
      const { recycledContentTargets } = await ok(procurement, TARGETS, { element: "LI" });
      expect(
        recycledContentTargets.map((t: any) => [t.target.source, t.target.dueDate, t.target.share]),
      ).toEqual([
        ["POLICY", "2030-12-31", 0.06],
        ["EU_2023_1542", "2031-08-18", 0.06],
        ["POLICY", "2035-12-31", 0.12],
        ["EU_2023_1542", "2036-08-18", 0.12],
      ]);
      const [policy2030, , policy2035] = recycledContentTargets;
      expect(policy2030.current).toBeCloseTo(400 / 3600, 10);
      expect(policy2030.gap).toBeCloseTo(0.06 - 400 / 3600, 10);
      expect(policy2030.projection).toBeCloseTo(meanY + slope * (71 - 6.5), 10);
      expect(policy2030.projection).toBeCloseTo(0.336337, 5);
      expect(policy2030.onTrack).toBe(true);
      expect(policy2035.projection).toBeCloseTo(meanY + slope * (131 - 6.5), 10);
      const { recycledContentTargets: all } = await ok(auditor, TARGETS, {});
      expect(all).toHaveLength(10);
      const lead = all.filter((t: any) => t.target.element === "PB");
      expect(
        lead.map((t: any) => [t.target.dueDate, t.target.share, t.current, t.onTrack]),
      ).toEqual([
        ["2031-08-18", 0.85, null, null],
        ["2036-08-18", 0.85, null, null],
      ]);
    });

    it("an admin's change is a new version; the old one is kept, superseded", async () => {
      const SET = `mutation($input: RecycledContentTargetInput!) { setRecycledContentTarget(input: $input) {
        id share supersededAt } }`;
      const { setRecycledContentTarget } = await ok(admin, SET, {
        input: {
          element: "LI",
          source: "POLICY",
          share: 0.5,
          dueDate: "2030-12-31T00:00:00Z",
          note: "Raised",
        },
      });
      expect(setRecycledContentTarget).toMatchObject({ share: 0.5, supersededAt: null });
      const { recycledContentTargets } = await ok(admin, TARGETS, { element: "LI" });
      expect(recycledContentTargets[0].target.id).toBe(setRecycledContentTarget.id);
      expect(recycledContentTargets[0].onTrack).toBe(false); // 0.336 < 0.5
      const rows = await app.dataSource.query(
        `SELECT share, superseded_at FROM recycled_content_target
          WHERE element = 'LI' AND source = 'POLICY' AND due_date = '2030-12-31' ORDER BY superseded_at NULLS LAST`,
      );
      expect(rows.map((r: any) => [Number(r.share), r.superseded_at !== null])).toEqual([
        [0.06, true],
        [0.5, false],
      ]);
      const procurementUser = await makeUser(app, Role.PROCUREMENT);
      expect(
        errorCodes(
          await exec(procurementUser, SET, {
            input: { element: "LI", source: "POLICY", share: 0.1, dueDate: "2030-12-31T00:00:00Z" },
          }),
        ),
      ).toEqual(["FORBIDDEN"]);
    });
  });

  it("keeps the B junction-box purchase out of the lithium figure", async () => {
    const { purchases } = await ok(
      procurement,
      `query($c: ID) { purchases(categoryId: $c, first: 5) { totalCount } }`,
      { c: junctionBox },
    );
    expect(purchases.totalCount).toBe(1);
  });

  describe("the monthly rollup the figure reads", () => {
    /** The rollup's rows as the raw purchases and declarations give them, computed here anew. */
    const RAW = `
      SELECT e.element, b.period::text AS period, b.category_id, b.supplier_id, b.kg,
             d.id IS NOT NULL AS declared, d.verified_at IS NOT NULL AS verified,
             b.kg * coalesce(d.element_fraction, 0) AS element_kg,
             b.kg * coalesce(d.element_fraction * d.recycled_fraction, 0) AS recycled_kg,
             b.kg * coalesce(d.element_fraction * d.pre_consumer_fraction, 0) AS pre_kg,
             b.kg * coalesce(d.element_fraction * d.post_consumer_fraction, 0) AS post_kg
        FROM (SELECT supplier_id, category_id, period, sum(quantity_kg) AS kg FROM purchase_record
               WHERE voided_at IS NULL GROUP BY 1, 2, 3) b
        JOIN (SELECT DISTINCT element, category_id FROM recycled_content_declaration) e
          ON e.category_id = b.category_id
        LEFT JOIN LATERAL (
          SELECT * FROM recycled_content_declaration d
           WHERE d.supplier_id = b.supplier_id AND d.category_id = b.category_id
             AND d.element = e.element AND b.period BETWEEN d.valid_from AND d.valid_to
           ORDER BY d.declared_at DESC, d.id DESC LIMIT 1) d ON true`;
    const ORDER = ` ORDER BY element, period, category_id, supplier_id`;
    const normal = (rows: Record<string, unknown>[]) =>
      rows.map((row) =>
        Object.fromEntries(
          Object.entries(row).map(([key, value]) => [
            key,
            typeof value === "string" && /^-?\d+(\.\d+)?$/.test(value) ? Number(value) : value,
          ]),
        ),
      );
    const expectRollupEqualsRaw = async () => {
      const rollup = normal(
        await app.dataSource.query(
          `SELECT element, period::text AS period, category_id, supplier_id, kg, declared, verified,
                  element_kg, recycled_kg, pre_kg, post_kg FROM recycled_content_month${ORDER}`,
        ),
      );
      const raw = normal(await app.dataSource.query(`SELECT * FROM (${RAW}) raw${ORDER}`));
      expect(rollup).toEqual(raw);
      // And its per-category sums, which the monthly series reads.
      const byCategory = `SELECT element, period::text AS period, category_id, kg, covered_kg,
          element_kg, recycled_kg, verified_recycled_kg, pre_kg, post_kg
          FROM recycled_content_category_month ORDER BY element, period, category_id`;
      const summed = `SELECT element, period, category_id, sum(kg) AS kg,
          coalesce(sum(kg) FILTER (WHERE declared), 0) AS covered_kg, sum(element_kg) AS element_kg,
          sum(recycled_kg) AS recycled_kg,
          coalesce(sum(recycled_kg) FILTER (WHERE verified), 0) AS verified_recycled_kg,
          sum(pre_kg) AS pre_kg, sum(post_kg) AS post_kg
          FROM (${RAW}) raw GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`;
      expect(normal(await app.dataSource.query(byCategory))).toEqual(
        normal(await app.dataSource.query(summed)),
      );
      return rollup;
    };
    const cell = (rows: Record<string, unknown>[], supplierId: string, period: string) =>
      rows.find(
        (row) =>
          row.supplier_id === supplierId && row.period === period && row.category_id === lithium,
      );

    it("agrees with the raw rows after the imports, the void and the declarations", async () => {
      const rows = await expectRollupEqualsRaw();
      // A's voided 5000 kg in 2025-06 is not there: only the imported 1000 kg.
      expect(cell(rows, a.id, "2025-06-01")).toMatchObject({ kg: 1000, verified: true });
      // Categories without a declaration of any element have no rows.
      expect(rows.filter((row) => row.category_id === junctionBox)).toEqual([]);
    });

    it("follows a void, a re-import and a new month in the same transaction", async () => {
      const { purchases } = await ok(
        procurement,
        `query($s: ID) { purchases(supplierId: $s, from: "2025-05", to: "2025-05", first: 5) {
           edges { node { id reference } } } }`,
        { s: c.id },
      );
      const [{ node }] = purchases.edges;
      await ok(
        procurement,
        `mutation($id: ID!) { voidPurchase(id: $id, reason: "Credit note") { id } }`,
        { id: node.id },
      );
      let rows = await expectRollupEqualsRaw();
      expect(cell(rows, c.id, "2025-05-01")).toBeUndefined();

      // The same file again: every row skipped, the rollup as it was.
      const before = rows;
      await ok(procurement, IMPORT, { id: (await upload(fileLines())).id, dryRun: false });
      expect(await expectRollupEqualsRaw()).toEqual(before);

      // A corrected C row for 2025-05 and a second A row for 2025-07 (2 x the same cell).
      const corrected = await upload([
        "Supplier;Category;Period;Quantity_kg;Reference",
        "Cathode Gamma;LITHIUM;2025-05;400;C-2025-05-corrected",
        `${a.id};LITHIUM;2025-07;250;A-2025-07-extra`,
      ]);
      await ok(procurement, IMPORT, { id: corrected.id, dryRun: false });
      rows = await expectRollupEqualsRaw();
      expect(cell(rows, c.id, "2025-05-01")).toMatchObject({ kg: 400 });
      expect(cell(rows, a.id, "2025-07-01")).toMatchObject({ kg: 1250 });
    });

    it("takes in a category's purchases when its first declaration of an element arrives", async () => {
      await ok(admin, DECLARE, {
        input: declaration(b.id, junctionBox, {
          element: "CO",
          elementFraction: 0.01,
          recycledFraction: 0.5,
          preConsumerFraction: 0.5,
          postConsumerFraction: 0,
        }),
      });
      const rows = await expectRollupEqualsRaw();
      expect(rows.filter((row) => row.category_id === junctionBox)).toMatchObject([
        { element: "CO", period: "2025-03-01", kg: 700, declared: true, element_kg: 7 },
      ]);
    });
  });
});
