import { categoryId, makeRoles, makeSupplier, type TestUser } from "./support/factories";
import { createTestApp, errorCodes, type TestApp } from "./support/test-app";

/**
 * `recycledContent(element, year)`, the figure in the contract's shape: fractions, lines that
 * add up to the share, the element's targets. Hand-computed for 2026:
 *   A: 3 x 1000 kg LITHIUM, Li 0.1 -> 300 kg Li; recycled 0.2 (pre 0.05, post 0.15), verified:
 *      60 kg recycled, counts 60 (pre 15, post 45)
 *   B: 3 x 500 kg, Li 0.2 -> 300 kg Li; recycled 0.1 (pre 0.1), declared: 30 kg, counts 15
 *   C: 800 kg, no declaration: no element mass, uncovered
 *   share 75 / 600 = 0.125; verified 60 / 600 = 0.1; pre 45 / 600, post 45 / 600 = 0.075;
 *   coverage 4500 / 5300.
 */
const FIGURE = `query($element: String!, $year: Int!) { recycledContent(element: $element, year: $year) {
  element year share preConsumerShare postConsumerShare verifiedShare coverage
  lines { label value basis supplier { id } category { code } }
  targets { target { share dueDate source } current }
  detail { elementKg purchasedKg } } }`;

describe("recycledContent: the portfolio figure in the contract's shape", () => {
  let app: TestApp;
  let procurement: TestUser;
  let auditor: TestUser;
  let ids: { a: string; b: string; c: string };

  const ok = async (user: TestUser, query: string, variables: Record<string, unknown>) => {
    const result = await app.exec(user.token, query, variables);
    expect(result.errors).toBeUndefined();
    return result.data!;
  };

  beforeAll(async () => {
    app = await createTestApp({ now: new Date("2026-12-15T09:00:00Z") });
    const a = await makeSupplier(app, { name: "Alpha Lithium" });
    const b = await makeSupplier(app, { name: "Beta Lithium" });
    const c = await makeSupplier(app, { name: "Gamma Cathode" });
    ids = { a: a.id, b: b.id, c: c.id };
    const roles = await makeRoles(app, a.id);
    procurement = roles.procurement;
    auditor = roles.auditor;
    const lithium = await categoryId(app, "LITHIUM");
    const buy = (supplierId: string, period: string, quantityKg: number) =>
      ok(
        procurement,
        `mutation($input: CreatePurchaseInput!) { createPurchase(input: $input) { id } }`,
        {
          input: { supplierId, categoryId: lithium, period, quantityKg },
        },
      );
    for (const month of ["2026-01", "2026-02", "2026-03"]) {
      await buy(a.id, month, 1000);
      await buy(b.id, month, 500);
    }
    await buy(c.id, "2026-04", 800);
    await buy(a.id, "2025-12", 9999); // another year: outside the figure
    const declare = async (supplierId: string, fractions: Record<string, number>) =>
      (
        await ok(
          auditor,
          `mutation($input: DeclareRecycledContentInput!) { declareRecycledContent(input: $input) { id } }`,
          {
            input: {
              supplierId,
              categoryId: lithium,
              element: "LI",
              validFrom: "2025-01",
              validTo: "2027-12",
              method: "MASS_BALANCE",
              ...fractions,
            },
          },
        )
      ).declareRecycledContent.id as string;
    const verified = await declare(a.id, {
      elementFraction: 0.1,
      recycledFraction: 0.2,
      preConsumerFraction: 0.05,
      postConsumerFraction: 0.15,
    });
    await ok(
      auditor,
      `mutation($id: ID!) { verifyRecycledContent(id: $id, note: "checked") { id } }`,
      {
        id: verified,
      },
    );
    await declare(b.id, {
      elementFraction: 0.2,
      recycledFraction: 0.1,
      preConsumerFraction: 0.1,
      postConsumerFraction: 0,
    });
  });
  afterAll(() => app.close());

  it("gives the shares and coverage, with supplier lines that add up to the share", async () => {
    const { recycledContent: f } = await ok(procurement, FIGURE, { element: "Li", year: 2026 });
    expect(f).toMatchObject({ element: "LI", year: 2026 });
    expect(f.share).toBeCloseTo(0.125, 10);
    expect(f.verifiedShare).toBeCloseTo(0.1, 10);
    expect(f.preConsumerShare).toBeCloseTo(0.075, 10);
    expect(f.postConsumerShare).toBeCloseTo(0.075, 10);
    expect(f.coverage).toBeCloseTo(4500 / 5300, 10);
    expect(f.detail).toEqual({ elementKg: 600, purchasedKg: 5300 });
    const byValue = [...f.lines].sort((x: any, y: any) => y.value - x.value);
    expect(byValue.map((l: any) => [l.supplier.id, l.basis, Number(l.value.toFixed(10))])).toEqual([
      [ids.a, "VERIFIED", 0.1],
      [ids.b, "DECLARED", 0.025],
      [ids.c, "NONE", 0],
    ]);
    expect(f.lines.reduce((sum: number, l: any) => sum + l.value, 0)).toBeCloseTo(f.share, 12);
    expect(byValue[0].label).toBe(
      "Alpha Lithium, LITHIUM: 60 kg recycled Li counted of 300 kg (verified) in 3,000 kg bought",
    );
    // A zh-CN reader gets the lines in Chinese, the figures as they are.
    const reader = (await makeRoles(app, ids.a)).procurement;
    await ok(reader, `mutation { setLocale(locale: "zh-CN") { id } }`, {});
    const zh = (await ok(reader, FIGURE, { element: "Li", year: 2026 })).recycledContent;
    expect(zh.lines.map((l: any) => l.value)).toEqual(f.lines.map((l: any) => l.value));
    expect(zh.lines.map((l: any) => l.label)).toContain(
      "Alpha Lithium，LITHIUM：购入 3,000 kg，含 Li 300 kg（已验证），其中计入再生部分 60 kg",
    );
    // The policy's 6 % (2030) and 12 % (2035), the regulation's 6 % (2031) and 12 % (2036).
    expect(
      f.targets.map((t: any) => [t.target.source, t.target.share, t.target.dueDate.slice(0, 10)]),
    ).toEqual(
      expect.arrayContaining([
        ["POLICY", 0.06, "2030-12-31"],
        ["POLICY", 0.12, "2035-12-31"],
        ["EU_2023_1542", 0.06, "2031-08-18"],
        ["EU_2023_1542", 0.12, "2036-08-18"],
      ]),
    );
  });

  it("a year without purchases of the element reads 0 with no element mass, not an error", async () => {
    const { recycledContent: f } = await ok(procurement, FIGURE, { element: "co", year: 2026 });
    expect(f).toMatchObject({ element: "CO", share: 0, coverage: 0, lines: [] });
    expect(f.detail.elementKg).toBe(0);
  });

  it("refuses an unknown element or year on its argument", async () => {
    const bad = await app.exec(procurement.token, FIGURE, { element: "Fe", year: 2026 });
    expect(errorCodes(bad)).toEqual(["BAD_USER_INPUT"]);
    expect(bad.errors![0].extensions!.fields).toEqual([
      { path: "element", message: "is not one of Li, Co, Ni, Pb, Al, Si" },
    ]);
    const year = await app.exec(procurement.token, FIGURE, { element: "Li", year: 1999 });
    expect(year.errors![0].extensions!.fields).toEqual([
      { path: "year", message: "must be a year from 2000 to 2100" },
    ]);
  });
});
