import type { Supplier } from "../src/modules/supplier/supplier.entity";
import { SUPPLIER_DETAIL } from "../bench/operations";
import { OPS, PLAN_INPUT, auditTeam, completedAudit, ok } from "./support/audit-fixtures";
import { makeRoles, makeSupplier, type TestUser } from "./support/factories";
import { countQueries } from "./support/query-counter";
import { createTestApp, type TestApp } from "./support/test-app";

/**
 * SQL statements per request of the operations the benchmark times (bench/operations.ts),
 * counted in-process: the budgets of issue 22, so a change that adds a round trip fails here.
 */
describe("SQL statement budgets", () => {
  let app: TestApp;
  let team: Awaited<ReturnType<typeof auditTeam>>;

  beforeAll(async () => {
    app = await createTestApp();
    team = await auditTeam(app);
  });
  afterAll(() => app.close());

  const FINDINGS = [
    { area: "HEALTH_AND_SAFETY", itemCode: "HS-03", severity: "MAJOR" },
    { area: "ENVIRONMENT", severity: "MINOR", likelihood: 4, impact: 4 },
    { area: "WORKING_HOURS", severity: "OBSERVATION", likelihood: 1, impact: 1 },
  ];

  /** Fails listing the statements when there are more than `budget`. */
  function expectWithin(budget: number, count: number, statements: string[]) {
    if (count > budget)
      throw new Error(`${count} statements (budget ${budget}):\n${statements.join("\n")}`);
    expect(count).toBeLessThanOrEqual(budget);
  }

  /** A supplier with `audits` completed audits (three findings each, plans on two of them). */
  async function auditedSupplier(
    audits: number,
  ): Promise<{ supplier: Supplier; supplierUser: TestUser }> {
    const supplier = await makeSupplier(app);
    const { supplier: supplierUser } = await makeRoles(app, supplier.id);
    for (let i = 0; i < audits; i++) {
      const { findingIds } = await completedAudit(app, {
        ...team.plan(supplier.id),
        findings: FINDINGS,
      });
      for (const findingId of findingIds.slice(0, 2))
        ok(await app.exec(supplierUser.token, OPS.propose, { findingId, input: PLAN_INPUT(app) }));
    }
    return { supplier, supplierUser };
  }

  describe("supplierDetail", () => {
    it("reads the benchmark's supplier page in at most 4 statements, however many audits", async () => {
      const { supplier } = await auditedSupplier(3);
      const { result, count, statements } = await countQueries(() =>
        app.exec(team.admin.token, SUPPLIER_DETAIL, { id: supplier.id }),
      );
      const detail = ok(result).supplier;
      expect(detail.audits).toHaveLength(3);
      expect(detail.audits.flatMap((a: any) => a.findings)).toHaveLength(9);
      expect(
        detail.audits.flatMap((a: any) => a.findings).filter((f: any) => f.correctiveAction),
      ).toHaveLength(6);
      expect(detail.scoreHistory.edges.length).toBeGreaterThan(0);
      expect(detail.score.areas.length).toBeGreaterThan(0);
      // The viewer, the supplier with its standing, the score history with its count, the
      // audits with their findings and plans.
      expectWithin(4, count, statements);
    });

    it("gives what the field-by-field reads give", async () => {
      const { supplier } = await auditedSupplier(2);
      const detail = ok(
        await app.exec(team.admin.token, SUPPLIER_DETAIL, { id: supplier.id }),
      ).supplier;
      // Each piece on its own: no joined read to prime the loaders.
      const pieces = ok(
        await app.exec(
          team.admin.token,
          `query($id: ID!) { supplier(id: $id) { audits { id } } }`,
          { id: supplier.id },
        ),
      ).supplier;
      expect(detail.audits.map((a: any) => a.id)).toEqual(pieces.audits.map((a: any) => a.id));
      for (const audit of detail.audits) {
        const alone = ok(
          await app.exec(
            team.admin.token,
            `query($id: ID!) { audit(id: $id) { findings { id area severity status dueDate overdue
              correctiveAction { id status } } } }`,
            { id: audit.id },
          ),
        ).audit;
        expect(audit.findings).toEqual(alone.findings);
      }
      const standing = ok(
        await app.exec(
          team.admin.token,
          `{ suppliers(filter: { includeArchived: true }, first: 100) { edges { node {
            id status statusReasons nextAuditDue } } } }`,
        ),
      ).suppliers.edges.find((e: any) => e.node.id === supplier.id).node;
      expect(detail).toMatchObject(standing);
    });

    it("pages the score history with its total in one statement, and after a cursor", async () => {
      const { supplier } = await auditedSupplier(3);
      const HISTORY = `query($id: ID!, $after: String) { supplier(id: $id) {
        scoreHistory(first: 2, after: $after) { totalCount pageInfo { hasNextPage endCursor }
          edges { node { overall cause } } } } }`;
      const first = ok(await app.exec(team.admin.token, HISTORY, { id: supplier.id })).supplier
        .scoreHistory;
      expect(first.edges).toHaveLength(2);
      expect(first.pageInfo.hasNextPage).toBe(true);
      let page = first;
      const seen = [...first.edges];
      while (page.pageInfo.hasNextPage) {
        page = ok(
          await app.exec(team.admin.token, HISTORY, {
            id: supplier.id,
            after: page.pageInfo.endCursor,
          }),
        ).supplier.scoreHistory;
        expect(page.totalCount).toBe(first.totalCount);
        seen.push(...page.edges);
      }
      expect(seen).toHaveLength(first.totalCount);
      // Past the last row: an empty page still knows the total.
      const beyond = ok(
        await app.exec(team.admin.token, HISTORY, {
          id: supplier.id,
          after: page.pageInfo.endCursor ?? first.pageInfo.endCursor,
        }),
      ).supplier.scoreHistory;
      expect(beyond.edges).toHaveLength(0);
      expect(beyond.totalCount).toBe(first.totalCount);
    });
  });
});
