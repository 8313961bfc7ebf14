import { Role } from "../src/shared/domain/role.enum";
import { refreshDueStandings } from "../src/modules/procurement/standing.service";
import { Traceability } from "../src/shared/domain/sustainability.enums";
import { categoryId, makeSupplier, makeUser, recompute, type TestUser } from "./support/factories";
import { countQueries } from "./support/query-counter";
import { createTestApp, errorCodes, type TestApp } from "./support/test-app";

const RANKINGS = `query($filter: RankingFilter, $first: Int, $after: String) {
  supplierRankings(filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { rank priorityScore esgScore grade status explanation { label points }
      supplier { id name country status statusReasons } adjustments { id delta } } } } }`;
const ADJUST = `mutation($input: PriorityAdjustmentInput!) { adjustPriority(input: $input) { id delta active expiresAt category { code } } }`;

const sum = (lines: { points: number }[]) => lines.reduce((total, line) => total + line.points, 0);

describe("supplier rankings, priority and adjustments", () => {
  let app: TestApp;
  let buyer: TestUser;
  let glass: string;
  let frame: string;

  beforeAll(async () => {
    app = await createTestApp();
    buyer = await makeUser(app, Role.PROCUREMENT);
    glass = await categoryId(app, "GLASS");
    frame = await categoryId(app, "ALU_FRAME");
  });
  afterAll(() => app.close());

  async function supplierIn(
    category: string,
    name: string,
    sustainability: Partial<Record<string, unknown>> = {},
    country = "DE",
  ) {
    const supplier = await makeSupplier(app, {
      name,
      country,
      declared: {
        renewableElectricityShare: 50,
        thirdPartyVerifiedMaterialShare: 50,
        recycledContentShare: 10,
        traceability: Traceability.TIER1,
        sourcesFromProtectedArea: false,
        ...sustainability,
      },
    });
    await app.dataSource.query("INSERT INTO supplier_category VALUES ($1, $2)", [
      supplier.id,
      category,
    ]);
    await recompute(app, supplier.id);
    return supplier;
  }

  it("ranks by the SPEC 8 formula with explanation lines that add up", async () => {
    // Never audited: ESG 0, CONDITIONAL. GLASS has no supply-chain tiers, so the computed
    // traceability is NONE whatever was declared (issue 18).
    // Material = 0.3*50 + 0.3*50 + 0.2*10 + 0.2*0 = 32. Priority = 0.6*0 + 0.4*32 - 10 = 2.8.
    const plain = await supplierIn(glass, "Glass Plain");
    // Material = 0.3*100 + 0.3*80 + 0.2*40 + 0.2*0 = 62 -> 0.4*62 - 10 = 14.8.
    const green = await supplierIn(glass, "Glass Green", {
      renewableElectricityShare: 100,
      thirdPartyVerifiedMaterialShare: 80,
      recycledContentShare: 40,
      traceability: Traceability.TO_ORIGIN,
    });
    const result = await app.exec(buyer.token, RANKINGS, { filter: { categoryId: glass } });
    expect(result.errors).toBeUndefined();
    const rows = result.data!.supplierRankings.edges.map((e: any) => e.node);
    expect(rows.map((r: any) => [r.rank, r.supplier.id, r.priorityScore, r.status])).toEqual([
      [1, green.id, 14.8, "CONDITIONAL"],
      [2, plain.id, 2.8, "CONDITIONAL"],
    ]);
    for (const row of rows)
      expect(Math.abs(sum(row.explanation) - row.priorityScore)).toBeLessThan(0.01);
    expect(rows[1].supplier.statusReasons).toContain("No completed audit within 24 months");
  });

  it("applies manual adjustments, scoped to a category, and stops counting them once revoked or expired", async () => {
    const supplier = await supplierIn(frame, "Frame Adjusted");
    await app.dataSource.query("INSERT INTO supplier_category VALUES ($1, $2)", [
      supplier.id,
      glass,
    ]);
    await recompute(app, supplier.id);
    const scoped = await app.exec(buyer.token, ADJUST, {
      input: {
        supplierId: supplier.id,
        delta: 15,
        reason: "Only frame supplier in the region",
        categoryId: frame,
      },
    });
    expect(scoped.errors).toBeUndefined();
    expect(scoped.data!.adjustPriority).toMatchObject({
      delta: 15,
      active: true,
      category: { code: "ALU_FRAME" },
    });
    // Default expiry: 12 months after creation.
    expect(new Date(scoped.data!.adjustPriority.expiresAt).toISOString()).toBe(
      "2027-06-01T09:00:00.000Z",
    );

    const priorityIn = async (category: string) => {
      const page = await app.exec(buyer.token, RANKINGS, {
        filter: { categoryId: category },
        first: 100,
      });
      return page
        .data!.supplierRankings.edges.map((e: any) => e.node)
        .find((n: any) => n.supplier.id === supplier.id);
    };
    expect((await priorityIn(frame)).priorityScore).toBe(17.8);
    expect((await priorityIn(frame)).adjustments).toEqual([
      { id: scoped.data!.adjustPriority.id, delta: 15 },
    ]);
    expect((await priorityIn(glass)).priorityScore).toBe(2.8);

    const global = await app.exec(buyer.token, ADJUST, {
      input: {
        supplierId: supplier.id,
        delta: -5,
        reason: "Late deliveries in Q2 2026",
        expiresAt: "2026-07-01T00:00:00Z",
      },
    });
    expect(global.errors).toBeUndefined();
    // 2.8 - 5 is clamped to 0.
    expect((await priorityIn(glass)).priorityScore).toBe(0);
    expect((await priorityIn(frame)).priorityScore).toBe(12.8);

    const revoke = await app.exec(
      buyer.token,
      `mutation($id: ID!) { revokePriorityAdjustment(id: $id, reason: "Region has a second supplier now") { active revokedAt } }`,
      { id: scoped.data!.adjustPriority.id },
    );
    expect(revoke.data!.revokePriorityAdjustment.active).toBe(false);
    expect((await priorityIn(frame)).priorityScore).toBe(0);

    // Time passes without any write: the refresher drops the expired adjustment.
    app.clock.set(new Date("2026-07-02T00:00:00Z"));
    await refreshDueStandings(app.dataSource, app.clock);
    expect((await priorityIn(glass)).priorityScore).toBe(2.8);

    const history = await app.exec(
      buyer.token,
      `query($id: ID!) { supplier(id: $id) { priorityAdjustments { delta active revokedAt } } }`,
      { id: supplier.id },
    );
    expect(history.data!.supplier.priorityAdjustments).toHaveLength(2);
    expect(history.data!.supplier.priorityAdjustments.every((a: any) => a.active === false)).toBe(
      true,
    );
    app.clock.set(new Date("2026-06-01T09:00:00Z"));
  });

  it("validates adjustments with field paths and changes nothing", async () => {
    const supplier = await supplierIn(glass, "Glass Validated");
    const bad = await app.exec(buyer.token, ADJUST, {
      input: {
        supplierId: supplier.id,
        delta: 31,
        reason: "too short",
        expiresAt: "2029-01-01T00:00:00Z",
        categoryId: frame,
      },
    });
    expect(errorCodes(bad)).toEqual(["BAD_USER_INPUT"]);
    expect(bad.errors![0].extensions!.fields.map((f: any) => f.path).sort()).toEqual([
      "input.delta",
      "input.expiresAt",
      "input.reason",
    ]);
    const count = await app.dataSource.query(
      `SELECT count(*)::int AS n FROM priority_adjustment WHERE supplier_id = $1`,
      [supplier.id],
    );
    expect(count[0].n).toBe(0);
    const wrongScope = await app.exec(buyer.token, ADJUST, {
      input: {
        supplierId: supplier.id,
        delta: 5,
        reason: "Scoped to a category it lacks",
        categoryId: frame,
      },
    });
    expect(wrongScope.errors![0].extensions!.fields[0].path).toBe("input.categoryId");
  });

  it("never ranks BLOCKED suppliers and ranks SUSPENDED only when asked", async () => {
    const blocked = await supplierIn(glass, "Glass Protected Area", {
      sourcesFromProtectedArea: true,
    });
    const supplier = await app.exec(
      buyer.token,
      `query($id: ID!) { supplier(id: $id) { status statusReasons } }`,
      { id: blocked.id },
    );
    expect(supplier.data!.supplier.status).toBe("BLOCKED");
    expect(supplier.data!.supplier.statusReasons[0]).toMatch(/protected/i);
    const all = await app.exec(buyer.token, RANKINGS, {
      filter: { categoryId: glass, statuses: ["APPROVED", "CONDITIONAL", "SUSPENDED"] },
      first: 100,
    });
    expect(all.data!.supplierRankings.edges.map((e: any) => e.node.supplier.id)).not.toContain(
      blocked.id,
    );
    const asked = await app.exec(buyer.token, RANKINGS, { filter: { statuses: ["BLOCKED"] } });
    expect(errorCodes(asked)).toEqual(["BAD_USER_INPUT"]);
  });

  it("pages with stable, continuing ranks and a tie-break on name then id", async () => {
    const ties = [];
    for (let i = 0; i < 7; i++)
      ties.push(await supplierIn(frame, `Tie ${String.fromCharCode(71 - i)}`, {}, "PL"));
    const seen: any[] = [];
    let after: string | null = null;
    do {
      const page: any = await app.exec(buyer.token, RANKINGS, {
        filter: { categoryId: frame, country: "PL" },
        first: 3,
        after,
      });
      seen.push(...page.data.supplierRankings.edges.map((e: any) => e.node));
      expect(page.data.supplierRankings.totalCount).toBe(7);
      after = page.data.supplierRankings.pageInfo.hasNextPage
        ? page.data.supplierRankings.pageInfo.endCursor
        : null;
    } while (after);
    expect(seen.map((n) => n.rank)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(seen.map((n) => n.supplier.name)).toEqual([
      "Tie A",
      "Tie B",
      "Tie C",
      "Tie D",
      "Tie E",
      "Tie F",
      "Tie G",
    ]);
  });

  it("refuses rankings and the CSV export to suppliers and auditors", async () => {
    const own = await makeSupplier(app);
    const supplierUser = await makeUser(app, Role.SUPPLIER, { supplierId: own.id });
    const auditor = await makeUser(app, Role.AUDITOR);
    for (const user of [supplierUser, auditor]) {
      expect(errorCodes(await app.exec(user.token, RANKINGS, {}))).toEqual(["FORBIDDEN"]);
    }
    const port = await app.server.listen(0, "127.0.0.1");
    for (const user of [supplierUser, auditor]) {
      const response = await fetch(`http://127.0.0.1:${port}/exports/rankings.csv`, {
        headers: { authorization: `Bearer ${user.token}` },
      });
      expect(response.status).toBe(403);
    }
    const anonymous = await fetch(`http://127.0.0.1:${port}/exports/rankings.csv`);
    expect(anonymous.status).toBe(401);
  });

  it("exports the ranking as CSV with names quoted correctly", async () => {
    const tricky = await supplierIn(glass, 'Glass "Best", Ltd', {
      renewableElectricityShare: 100,
      thirdPartyVerifiedMaterialShare: 100,
      recycledContentShare: 100,
      traceability: Traceability.TO_ORIGIN,
    });
    const address = app.server.httpServer.address();
    const port =
      typeof address === "object" && address
        ? address.port
        : await app.server.listen(0, "127.0.0.1");
    const response = await fetch(
      `http://127.0.0.1:${port}/exports/rankings.csv?categoryId=${glass}`,
      { headers: { authorization: `Bearer ${buyer.token}` } },
    );
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/text\/csv/);
    const lines = (await response.text()).trim().split("\n");
    expect(lines[0]).toBe(
      "rank,supplier_id,supplier,country,status,status_reasons,grade,esg_score,priority_score,explanation",
    );
    expect(lines[1]).toContain(`1,${tricky.id},"Glass ""Best"", Ltd",DE,CONDITIONAL`);
    const graph = await app.exec(buyer.token, RANKINGS, {
      filter: { categoryId: glass },
      first: 100,
    });
    expect(lines.length - 1).toBe(graph.data!.supplierRankings.totalCount);
    const bad = await fetch(`http://127.0.0.1:${port}/exports/rankings.csv?minGrade=Z`, {
      headers: { authorization: `Bearer ${buyer.token}` },
    });
    expect(bad.status).toBe(400);

    // A Chinese reader gets Chinese headers; the cells keep their codes (country, status).
    const zh = await fetch(`http://127.0.0.1:${port}/exports/rankings.csv?categoryId=${glass}`, {
      headers: { authorization: `Bearer ${buyer.token}`, "accept-language": "zh-CN" },
    });
    const zhLines = (await zh.text()).trim().split("\n");
    expect(zhLines[0]).toBe(
      "排名,供应商 ID,供应商,国家/地区代码,采购状态代码,状态原因,等级,ESG 得分,优先级得分,得分说明",
    );
    // Codes are the same; the sentences (status reasons, explanation) are in Chinese.
    expect(zhLines[1]).toContain(`1,${tricky.id},"Glass ""Best"", Ltd",DE,CONDITIONAL`);
    expect(zhLines[1]).not.toBe(lines[1]);
    expect(zhLines[1]).toMatch(/[\u4e00-\u9fff]/);
    expect(lines[1]).not.toMatch(/[\u4e00-\u9fff]/);
  });

  it("uses the same small number of SQL statements for 10 and 100 rows", async () => {
    for (let i = 0; i < 100; i++)
      await supplierIn(frame, `Bulk ${String(i).padStart(3, "0")}`, {}, "CZ");
    const run = (first: number) =>
      countQueries(() =>
        app.exec(
          buyer.token,
          `query($f: RankingFilter, $n: Int) { supplierRankings(filter: $f, first: $n) { totalCount edges { node {
          rank priorityScore grade status explanation { label points } supplier { name country } } } } }`,
          { f: { categoryId: frame, country: "CZ" }, n: first },
        ),
      );
    // The viewer's look-up is left out: the viewer cache usually saves it (test/viewer-cache.test.ts).
    const page = (statements: string[]) =>
      statements.filter((sql) => !/FROM app_user u\s+WHERE u.id = \$1 AND u.active/.test(sql));
    const ten = await run(10);
    const hundred = await run(100);
    expect(ten.result.data!.supplierRankings.edges).toHaveLength(10);
    expect(hundred.result.data!.supplierRankings.edges).toHaveLength(100);
    expect(page(hundred.statements)).toHaveLength(page(ten.statements).length);
    // The page, its total and the suppliers' names come from the ranking rows' statement.
    expect(page(ten.statements).some((sql) => /FROM ranking_entry/.test(sql))).toBe(true);
    expect(page(ten.statements).length).toBeLessThanOrEqual(2);
  });

  it("exports 100 rows as CSV in at most 2 SQL statements (the token, then one per page)", async () => {
    const address = app.server.httpServer.address();
    const port =
      typeof address === "object" && address
        ? address.port
        : await app.server.listen(0, "127.0.0.1");
    const exported = await countQueries(async () => {
      const response = await fetch(
        `http://127.0.0.1:${port}/exports/rankings.csv?categoryId=${frame}&country=CZ`,
        { headers: { authorization: `Bearer ${buyer.token}` } },
      );
      expect(response.status).toBe(200);
      return (await response.text()).trim().split("\n");
    });
    expect(exported.result.length - 1).toBeGreaterThanOrEqual(100);
    expect(exported.count).toBeLessThanOrEqual(2);
    const graph = await app.exec(buyer.token, RANKINGS, {
      filter: { categoryId: frame, country: "CZ" },
      first: 1,
    });
    const top = graph.data!.supplierRankings.edges[0].node.supplier;
    expect(top.statusReasons.length).toBeGreaterThan(0);
    expect(exported.result[1]).toContain(top.statusReasons.join("; "));
  });
});

describe("admin blocking", () => {
  let app: TestApp;
  let admin: TestUser;
  let buyer: TestUser;
  beforeAll(async () => {
    app = await createTestApp();
    admin = await makeUser(app, Role.ADMIN);
    buyer = await makeUser(app, Role.PROCUREMENT);
  });
  afterAll(() => app.close());

  it("blocks with a reason, takes the supplier out of every ranking, and unblocks", async () => {
    const supplier = await makeSupplier(app, { name: "Blockable Ltd" });
    const ranked = async () =>
      (await app.exec(buyer.token, RANKINGS, { first: 100 })).data!.supplierRankings.edges.some(
        (e: any) => e.node.supplier.id === supplier.id,
      );
    expect(await ranked()).toBe(true);

    const short = await app.exec(
      admin.token,
      `mutation($id: ID!) { blockSupplier(id: $id, reason: "no") { id } }`,
      { id: supplier.id },
    );
    expect(errorCodes(short)).toEqual(["BAD_USER_INPUT"]);

    const blocked = await app.exec(
      admin.token,
      `mutation($id: ID!) { blockSupplier(id: $id, reason: "Customs seizure under investigation") { status statusReasons version } }`,
      { id: supplier.id },
    );
    expect(blocked.data!.blockSupplier.status).toBe("BLOCKED");
    expect(blocked.data!.blockSupplier.statusReasons[0]).toContain(
      "Customs seizure under investigation",
    );
    expect(blocked.data!.blockSupplier.version).toBe(2);
    expect(await ranked()).toBe(false);
    const again = await app.exec(
      admin.token,
      `mutation($id: ID!) { blockSupplier(id: $id, reason: "Customs seizure again") { id } }`,
      { id: supplier.id },
    );
    expect(errorCodes(again)).toEqual(["CONFLICT"]);

    const unblocked = await app.exec(
      admin.token,
      `mutation($id: ID!) { unblockSupplier(id: $id) { status } }`,
      { id: supplier.id },
    );
    expect(unblocked.data!.unblockSupplier.status).toBe("CONDITIONAL");
    expect(await ranked()).toBe(true);
    const events = await app.dataSource.query(
      `SELECT action FROM audit_event WHERE entity_id = $1 ORDER BY seq`,
      [supplier.id],
    );
    expect(events.map((e: { action: string }) => e.action)).toEqual([
      "supplier.blocked",
      "supplier.unblocked",
    ]);
  });
});
