import { randomBytes } from "node:crypto";
import pino from "pino";
import type { DataSource } from "typeorm";
import { createDataSource } from "../src/app/data-source";
import { User } from "../src/modules/identity/user.entity";
import {
  RankingPageCache,
  readRankingPageVersion,
} from "../src/modules/procurement/ranking-page-cache";
import { Role } from "../src/shared/domain/role.enum";
import { Traceability } from "../src/shared/domain/sustainability.enums";
import { createServer, type PortalServer } from "../src/server";
import { categoryId, makeSupplier, makeUser, recompute, type TestUser } from "./support/factories";
import { countQueries } from "./support/query-counter";
import { createTestApp, errorCodes, type GraphQLResult, type TestApp } from "./support/test-app";

/** The portal's own rankings query (src/web/pages/procurement/RankingsPage.tsx). */
const RANKINGS = `query Rankings($filter: RankingFilter, $first: Int, $after: String) {
  supplierRankings(filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { rank priorityScore esgScore grade status explanation { label points }
      supplier { id name country statusReasons } adjustments { id delta }
      targetSubstances { substanceName cas kind material declarationId partNumber partName } } } } }`;
/** `active` depends on the clock: never served from the cache. */
const WITH_ACTIVE = `query($filter: RankingFilter) { supplierRankings(filter: $filter) {
  edges { node { supplier { id } adjustments { id active } } } } }`;
const ADJUST = `mutation($input: PriorityAdjustmentInput!) { adjustPriority(input: $input) { id } }`;

/**
 * The ranking page cache (src/modules/procurement/ranking-page-cache.ts) on two portals over one
 * database: a page is served from memory only while `ranking_page_version` is what it was read
 * under, and a change committed anywhere (either portal, plain SQL) is seen by the very next
 * request on both.
 */
describe("ranking page cache", () => {
  let app: TestApp;
  let first: PortalServer;
  let second: PortalServer;
  let secondSource: DataSource;
  let buyer: TestUser;
  let admin: TestUser;
  let supplierUser: TestUser;
  let glass: string;
  const suppliers: string[] = [];

  const secret = randomBytes(32).toString("hex");
  const portal = (dataSource: DataSource) =>
    createServer({
      config: app.config,
      dataSource,
      logger: pino({ level: "silent" }),
      clock: app.clock,
      jwtSecret: secret,
    });

  async function exec(
    server: PortalServer,
    token: string,
    query: string,
    variables?: Record<string, unknown>,
  ) {
    const contextValue = await server.contextFor(token);
    const response = await server.apollo.executeOperation({ query, variables }, { contextValue });
    if (response.body.kind !== "single") throw new Error("unexpected incremental response");
    return response.body.singleResult as GraphQLResult<any>;
  }
  const page = (server: PortalServer, token = buyer.token, first = 10) =>
    exec(server, token, RANKINGS, { filter: { categoryId: glass }, first });
  const names = (result: GraphQLResult<any>) =>
    result.data!.supplierRankings.edges.map((e: any) => e.node.supplier.name as string);

  async function signed(role: Role, supplierId?: string): Promise<TestUser> {
    const made = await makeUser(app, role, { supplierId: supplierId ?? null });
    const stored = await app.dataSource.manager.findOneByOrFail(User, { id: made.user.id });
    return { user: stored, token: await first.services.tokens.sign(stored.id, 0) };
  }

  beforeAll(async () => {
    app = await createTestApp();
    first = await portal(app.dataSource);
    secondSource = createDataSource({ url: app.databaseUrl, poolSize: 2 });
    await secondSource.initialize();
    second = await portal(secondSource);
    glass = await categoryId(app, "GLASS");
    for (const [name, renewable] of [
      ["Cache Alpha", 90],
      ["Cache Beta", 60],
      ["Cache Gamma", 30],
    ] as const) {
      const supplier = await makeSupplier(app, {
        name,
        country: "DE",
        declared: {
          renewableElectricityShare: renewable,
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
      suppliers.push(supplier.id);
    }
    buyer = await signed(Role.PROCUREMENT);
    admin = await signed(Role.ADMIN);
    supplierUser = await signed(Role.SUPPLIER, suppliers[0]);
  });
  afterAll(async () => {
    await second.stop();
    await secondSource.destroy();
    await first.stop();
    await app.close();
  });

  it("serves a repeated page from memory with one statement (the version), the same answer", async () => {
    const missed = await countQueries(() => page(first));
    expect(missed.result.errors).toBeUndefined();
    expect(names(missed.result)).toEqual(["Cache Alpha", "Cache Beta", "Cache Gamma"]);
    const hits = first.rankingPages.hits;
    const hit = await countQueries(() => page(first));
    expect(first.rankingPages.hits).toBe(hits + 1);
    expect(hit.statements.filter((s) => !/ranking_page_version/.test(s))).toEqual([]);
    expect(hit.count).toBe(1);
    expect(hit.result).toEqual(missed.result);
    // Another page size, filter or role is another entry, computed on its own.
    const small = await page(first, buyer.token, 2);
    expect(names(small)).toEqual(["Cache Alpha", "Cache Beta"]);
    expect(small.data!.supplierRankings.pageInfo.hasNextPage).toBe(true);
    const misses = first.rankingPages.misses;
    expect(names(await page(first, admin.token))).toEqual(names(missed.result));
    expect(first.rankingPages.misses).toBe(misses + 1);
  });

  it("keeps a page per language: an en and a zh-CN reader each get their own, each cached", async () => {
    const inChinese = async () => {
      const contextValue = await first.contextFor(buyer.token, undefined, null, "zh-CN,zh;q=0.9");
      const response = await first.apollo.executeOperation(
        { query: RANKINGS, variables: { filter: { categoryId: glass }, first: 10 } },
        { contextValue },
      );
      if (response.body.kind !== "single") throw new Error("unexpected incremental response");
      return response.body.singleResult as GraphQLResult<any>;
    };
    const labels = (result: GraphQLResult<any>) =>
      result.data!.supplierRankings.edges.flatMap((e: any) =>
        e.node.explanation.map((l: { label: string }) => l.label as string),
      );
    const en = await page(first);
    expect(labels(en)).toContain("ESG score 0 x 0.6");
    const misses = first.rankingPages.misses;
    const zh = await inChinese();
    expect(first.rankingPages.misses).toBe(misses + 1);
    expect(zh.errors).toBeUndefined();
    expect(labels(zh)).toContain("ESG 得分 0 × 0.6");
    expect(labels(zh).filter((label: string) => !/[\u4e00-\u9fff]/.test(label))).toEqual([]);
    // Each language is served again from its own entry.
    const hits = first.rankingPages.hits;
    expect(await inChinese()).toEqual(zh);
    expect(await page(first)).toEqual(en);
    expect(first.rankingPages.hits).toBe(hits + 2);
  });

  it("refuses a supplier with FORBIDDEN although a buyer's page is cached", async () => {
    expect((await page(first)).errors).toBeUndefined();
    expect(errorCodes(await page(first, supplierUser.token))).toEqual(["FORBIDDEN"]);
    expect(errorCodes(await page(first, supplierUser.token))).toEqual(["FORBIDDEN"]);
  });

  it("shows a priority adjustment made on the other portal on the very next request", async () => {
    expect(names(await page(first))).toEqual(["Cache Alpha", "Cache Beta", "Cache Gamma"]);
    expect(names(await page(second))).toEqual(["Cache Alpha", "Cache Beta", "Cache Gamma"]);
    const before = await readRankingPageVersion(app.dataSource);
    const adjusted = await exec(second, buyer.token, ADJUST, {
      input: { supplierId: suppliers[2], delta: 30, reason: "Sole qualified float-glass source" },
    });
    expect(adjusted.errors).toBeUndefined();
    // One transaction, one bump, however many rows it wrote.
    expect(await readRankingPageVersion(app.dataSource)).toBe(before + 1n);
    const after = await page(first);
    expect(names(after)).toEqual(["Cache Gamma", "Cache Alpha", "Cache Beta"]);
    expect(after.data!.supplierRankings.edges[0].node.adjustments).toEqual([
      { id: adjusted.data!.adjustPriority.id, delta: 30 },
    ]);
    expect(names(await page(second))).toEqual(["Cache Gamma", "Cache Alpha", "Cache Beta"]);
  });

  it("sees a change made outside the portal (plain SQL), and not one rolled back", async () => {
    expect(names(await page(first))[1]).toBe("Cache Alpha");
    await secondSource.query(`UPDATE supplier SET name = 'Cache Alpha Renamed' WHERE id = $1`, [
      suppliers[0],
    ]);
    expect(names(await page(first))[1]).toBe("Cache Alpha Renamed");

    const before = await readRankingPageVersion(app.dataSource);
    const runner = secondSource.createQueryRunner();
    await runner.startTransaction();
    await runner.query(`UPDATE supplier SET name = 'Never Seen' WHERE id = $1`, [suppliers[0]]);
    await runner.rollbackTransaction();
    await runner.release();
    expect(await readRankingPageVersion(app.dataSource)).toBe(before);
    const hits = first.rankingPages.hits;
    expect(names(await page(first))[1]).toBe("Cache Alpha Renamed");
    expect(first.rankingPages.hits).toBe(hits + 1);
  });

  it("never caches a field that depends on the clock or a query with other fields", async () => {
    const hits = first.rankingPages.hits;
    const misses = first.rankingPages.misses;
    for (let i = 0; i < 2; i++) {
      const result = await exec(first, buyer.token, WITH_ACTIVE, { filter: { categoryId: glass } });
      expect(result.errors).toBeUndefined();
      const both = await exec(
        first,
        buyer.token,
        `{ supplierRankings(first: 1) { totalCount } me { id } }`,
      );
      expect(both.errors).toBeUndefined();
    }
    expect([first.rankingPages.hits, first.rankingPages.misses]).toEqual([hits, misses]);
  });

  it("still refuses a page size out of range and a forged cursor, cached or not", async () => {
    for (let i = 0; i < 2; i++) {
      expect(errorCodes(await page(first, buyer.token, 0))).toEqual(["BAD_USER_INPUT"]);
      const forged = await exec(first, buyer.token, RANKINGS, { after: "bm90LWEtY3Vyc29y" });
      expect(errorCodes(forged)).toEqual(["BAD_USER_INPUT"]);
    }
  });

  it("keeps within its bounds: the least recently used page goes first", () => {
    const cache = new RankingPageCache({ maxBytes: 10_000, maxEntries: 2 });
    cache.observe(5n);
    const result = (n: number) => ({ data: { n } });
    cache.set("a", 5n, result(1));
    cache.set("b", 5n, result(2));
    expect(cache.get("a")).toEqual(result(1));
    cache.set("c", 5n, result(3));
    expect(cache.get("b")).toBeUndefined();
    expect(cache.size.entries).toBe(2);
    // An answer read under an older version is not kept; a newer version empties the cache.
    cache.set("d", 4n, result(4));
    expect(cache.get("d")).toBeUndefined();
    expect(cache.observe(6n)).toBe(true);
    expect(cache.size).toEqual({ entries: 0, bytes: 0 });
    expect(cache.observe(5n)).toBe(false);
    const big = new RankingPageCache({ maxBytes: 400, maxEntries: 10 });
    big.observe(1n);
    for (let i = 0; i < 10; i++) big.set(`k${i}`, 1n, { data: { text: "x".repeat(80) } });
    expect(big.size.bytes).toBeLessThanOrEqual(400);
    expect(big.get("k9")).toBeDefined();
  });
});
