import { Role } from "../src/shared/domain/role.enum";
import { Traceability } from "../src/shared/domain/sustainability.enums";
import { categoryId, makeSupplier, makeUser, recompute } from "./support/factories";
import { createTestApp, type GraphQLResult, type TestApp } from "./support/test-app";

const RANKINGS = `query($filter: RankingFilter, $first: Int) {
  supplierRankings(filter: $filter, first: $first) {
    totalCount pageInfo { hasNextPage }
    edges { node { rank priorityScore grade status explanation { label points }
      supplier { id name status statusReasons } adjustments { id active } } } } }`;

/** What may differ between two databases: ids, and the cursors and links built from them. */
function comparable(result: GraphQLResult<unknown>): unknown {
  return JSON.parse(
    JSON.stringify(result).replace(
      /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g,
      "<id>",
    ),
  );
}

/**
 * GRAPHQL_JIT=1 (src/app/jit-gateway.ts) against graphql-js on the same data: the same answers,
 * errors (codes, messages, field paths, locations) and limits. CI runs the whole suite both ways;
 * this file puts the two side by side.
 */
describe("graphql-jit execution", () => {
  let jit: TestApp;
  let plain: TestApp;
  const tokens = new Map<TestApp, Record<string, string>>();

  async function fixture(app: TestApp) {
    const glass = await categoryId(app, "GLASS");
    let supplierId = "";
    for (const [name, share] of [
      ["Jit Alpha", 90],
      ["Jit Beta", 40],
    ] as const) {
      const supplier = await makeSupplier(app, {
        name,
        country: "DE",
        declared: {
          renewableElectricityShare: share,
          thirdPartyVerifiedMaterialShare: 50,
          recycledContentShare: 10,
          traceability: Traceability.TIER1,
          sourcesFromProtectedArea: false,
        },
      });
      await app.dataSource.query("INSERT INTO supplier_category VALUES ($1, $2)", [
        supplier.id,
        glass,
      ]);
      await recompute(app, supplier.id);
      supplierId = supplier.id;
    }
    tokens.set(app, {
      buyer: (await makeUser(app, Role.PROCUREMENT)).token,
      supplier: (await makeUser(app, Role.SUPPLIER, { supplierId })).token,
      admin: (await makeUser(app, Role.ADMIN)).token,
    });
  }

  beforeAll(async () => {
    jit = await createTestApp({ env: { GRAPHQL_JIT: "true" } });
    plain = await createTestApp({ env: { GRAPHQL_JIT: "false" } });
    expect([jit.config.graphqlJit, plain.config.graphqlJit]).toEqual([true, false]);
    await fixture(jit);
    await fixture(plain);
  });
  afterAll(async () => {
    await jit.close();
    await plain.close();
  });

  const both = async (
    who: "buyer" | "supplier" | "admin" | null,
    query: string,
    variables?: Record<string, unknown>,
  ) => {
    const [a, b] = await Promise.all(
      [jit, plain].map((app) => app.exec(who ? tokens.get(app)![who] : null, query, variables)),
    );
    return { jit: comparable(a), plain: comparable(b), raw: a };
  };

  it.each([
    ["a ranking page", "buyer", RANKINGS, { first: 10 }],
    ["the viewer", "admin", `{ me { role name } }`, undefined],
    ["no token", null, `{ me { id } }`, undefined],
    ["a role refused", "supplier", RANKINGS, {}],
    ["a page size out of range", "buyer", RANKINGS, { first: 0 }],
    ["a variable of the wrong type", "buyer", RANKINGS, { first: 2.5 }],
    ["an enum value that does not exist", "buyer", RANKINGS, { filter: { minGrade: "Z" } }],
    ["an input refused by its validator", "buyer", RANKINGS, { filter: { country: "XX" } }],
    ["a field that does not exist", "buyer", `{ supplierRankings { nope } }`, undefined],
    ["a missing required variable", "admin", `query($id: ID!) { supplier(id: $id) { id } }`, {}],
    ["a malformed id", "admin", `query($id: ID!) { supplier(id: $id) { id } }`, { id: "x" }],
    [
      "an unknown supplier",
      "admin",
      `query($id: ID!) { supplier(id: $id) { id } }`,
      { id: "00000000-0000-4000-8000-000000000000" },
    ],
  ] as const)("answers %s the same", async (_, who, query, variables) => {
    const { jit: a, plain: b } = await both(who, query, variables as Record<string, unknown>);
    expect(a).toEqual(b);
  });

  it("keeps the query cost and depth limits in front of execution", async () => {
    const deep = `{ me { ${"supplier { users { ".repeat(6)}id${" } }".repeat(6)} } }`;
    const { jit: a, plain: b, raw } = await both("admin", deep);
    expect(a).toEqual(b);
    expect(raw.errors?.length).toBeGreaterThan(0);
  });
});
