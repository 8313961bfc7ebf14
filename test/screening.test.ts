import pino from "pino";
import { seedDemo } from "../src/demo/demo-seed";
import { refreshDueStandings } from "../src/modules/procurement/standing.service";
import { Role } from "../src/shared/domain/role.enum";
import { addMonths } from "../src/shared/time";
import { download, storeDocument } from "./support/documents";
import { categoryId, makeSupplier, makeUser, type TestUser } from "./support/factories";
import { createTestApp, errorCodes, type TestApp } from "./support/test-app";

/**
 * Screening (issue 18 item 3): map nodes against the restricted-entity and high-risk-region
 * lists, the BLOCKED status a hit brings, four-eyes rebuttals, and re-screening.
 */

const IMPORT = `mutation($kind: ScreeningListKind!, $id: ID!, $dryRun: Boolean!) {
  importScreeningList(kind: $kind, documentId: $id, dryRun: $dryRun) {
    report { rows applied inserted errors { row column message } }
    version { id number entryCount }
    hitsFound hitsCleared hitsKept } }`;
const HITS = `query($supplierId: ID, $state: ScreeningHitState) {
  screeningHits(supplierId: $supplierId, state: $state, first: 50) {
    totalCount
    edges { node { id state field kind nodeName matchedValue matchedAlias clearedReason explanation
      entry { name } listVersion { number } node { id categoryId } } } } }`;
const STATUS = `query($id: ID!) { supplier(id: $id) { status statusReasons } }`;
const RECORD = `mutation($input: ScreeningRebuttalInput!) {
  recordScreeningRebuttal(input: $input) { id state expiresAt evidence { title documentId sha256 } } }`;
const APPROVE = `mutation($id: ID!) { approveScreeningRebuttal(id: $id, note: "Checked the registry") {
  id state decidedBy { id } } }`;
const REJECT = `mutation($id: ID!, $reason: String!) { rejectScreeningRebuttal(id: $id, reason: $reason) {
  id state decisionNote } }`;
const CREATE_MAP = `mutation($s: ID!, $c: ID!) { createSupplyChainMap(supplierId: $s, categoryId: $c) {
  id version } }`;
const ADD_NODE = `mutation($map: ID!, $v: Int!, $input: SupplyChainNodeInput!) {
  addSupplyChainNode(mapId: $map, expectedVersion: $v, input: $input) { id version } }`;
const UPDATE_NODE = `mutation($id: ID!, $v: Int!, $input: SupplyChainNodeInput!) {
  updateSupplyChainNode(id: $id, expectedVersion: $v, input: $input) { id version } }`;
const REMOVE_NODE = `mutation($id: ID!, $v: Int!) {
  removeSupplyChainNode(id: $id, expectedVersion: $v) { id version } }`;

const BLOCK_REASON = "Restricted party or region in the supply chain";

const ENTITIES_V1 = [
  "name,aliases,country,source,listedOn",
  `"Aurora Polysilicon Co., Ltd.","Nordlicht Silicon GmbH|Aurora PS",CN,Fictional list 2026-05,2026-05-02`,
  `Ostwind Quartz Works,,CN,Fictional list 2026-05,2026-04-20`,
].join("\n");
const REGIONS_V1 = [
  "regionCode,name,aliases,source,listedOn",
  "CN-XJ,Xinjiang,Xinjiang Uyghur Autonomous Region,Fictional region list 2026-05,2026-05-01",
].join("\n");

describe("screening", () => {
  let app: TestApp;
  let admin: TestUser;
  let secondAdmin: TestUser;
  let procurement: TestUser;
  let waferId: string;
  let polysiliconTier: string;
  let quartziteTier: string;

  const ok = async <T = any>(
    user: TestUser,
    query: string,
    variables: Record<string, unknown> = {},
  ): Promise<T> => {
    const result = await app.exec(user.token, query, variables);
    expect(result.errors).toBeUndefined();
    return result.data as T;
  };
  const importList = async (kind: string, csv: string, dryRun = false, user = admin) => {
    const document = await storeDocument(app, user.token, Buffer.from(csv), `${kind}.csv`);
    return (await ok(user, IMPORT, { kind, id: document.id, dryRun })).importScreeningList;
  };
  const status = async (supplierId: string) =>
    (await ok(admin, STATUS, { id: supplierId })).supplier as {
      status: string;
      statusReasons: string[];
    };
  const hits = async (supplierId: string, state?: string) =>
    (await ok(admin, HITS, { supplierId, state })).screeningHits.edges.map(
      (e: { node: unknown }) => e.node,
    ) as any[];

  /** A supplier of wafers with a map (root only); returns the map's id and version. */
  async function supplierWithMap(name: string) {
    const supplier = await makeSupplier(app, { name });
    await app.dataSource.query(
      `INSERT INTO supplier_category (supplier_id, category_id) VALUES ($1, $2)`,
      [supplier.id, waferId],
    );
    const map = (await ok(admin, CREATE_MAP, { s: supplier.id, c: waferId })).createSupplyChainMap;
    return { supplierId: supplier.id, mapId: map.id as string, version: map.version as number };
  }
  async function addNode(
    target: { mapId: string; version: number },
    input: { name: string; region?: string; tierId?: string },
  ): Promise<string> {
    const map = (
      await ok(admin, ADD_NODE, {
        map: target.mapId,
        v: target.version,
        input: { tierId: polysiliconTier, country: "CN", ...input },
      })
    ).addSupplyChainNode;
    target.version = map.version;
    const [node] = await app.dataSource.query(
      `SELECT id FROM supply_chain_node WHERE map_id = $1 AND name = $2`,
      [target.mapId, input.name],
    );
    return node.id;
  }
  const evidence = async (user: TestUser) => {
    const document = await storeDocument(
      app,
      user.token,
      Buffer.from("%PDF-1.4 registry extract"),
      "registry.pdf",
    );
    return [{ title: "Company registry extract", documentId: document.id }];
  };
  const rebuttalInput = async (hitId: string, months = 6) => ({
    hitId,
    reason: "Different legal entity: registry number and address differ from the listed party",
    evidence: await evidence(admin),
    expiresAt: addMonths(app.clock.now(), months).toISOString(),
  });

  beforeAll(async () => {
    app = await createTestApp();
    admin = await makeUser(app, Role.ADMIN);
    secondAdmin = await makeUser(app, Role.ADMIN);
    procurement = await makeUser(app, Role.PROCUREMENT);
    waferId = await categoryId(app, "WAFER");
    const tiers: { code: string; id: string }[] = await app.dataSource.query(
      `SELECT t.code, t.id FROM supply_chain_tier t JOIN supply_chain_tier_set s ON s.id = t.tier_set_id
        WHERE s.code = 'PV'`,
    );
    polysiliconTier = tiers.find((t) => t.code === "POLYSILICON")!.id;
    quartziteTier = tiers.find((t) => t.code === "QUARTZITE")!.id;
  });
  afterAll(() => app.close());

  it("a dry run of a file with bad rows reports them by row and column and saves nothing", async () => {
    const csv = [
      "name,aliases,country,source,listedOn",
      `Good Entity Ltd,,CN,Fictional,2026-01-01`,
      `,,CN,Fictional,2026-01-01`,
      `Bad Country Co,,XYZ,Fictional,2026-01-01`,
      `Bad Date Co,,CN,,2026-13-01`,
      `"Good Entity, Ltd.",,CN,Fictional,2026-01-01`,
    ].join("\n");
    const result = await importList("RESTRICTED_ENTITY", csv, true);
    expect(result.report).toEqual({
      rows: 5,
      applied: false,
      inserted: 0,
      errors: [
        { row: 3, column: "name", message: "is empty" },
        {
          row: 4,
          column: "country",
          message: '"XYZ" is not an ISO 3166-1 alpha-2 country code',
        },
        { row: 5, column: "source", message: "is empty: say where the entry comes from" },
        { row: 5, column: "listedOn", message: '"2026-13-01" is not a date (YYYY-MM-DD)' },
        {
          row: 6,
          column: "name",
          message: 'repeats row 2 (the same name once normalised: "good entity")',
        },
      ],
    });
    expect(result.version).toBeNull();
    // Even a real run of the file saves nothing.
    const real = await importList("RESTRICTED_ENTITY", csv, false);
    expect(real.report.applied).toBe(false);
    const [{ n }] = await app.dataSource.query(
      `SELECT (SELECT count(*) FROM screening_list_version)
            + (SELECT count(*) FROM screening_list_entry) AS n`,
    );
    expect(Number(n)).toBe(0);
  });

  it("a restricted alias matches a node already on a map: the import blocks its supplier", async () => {
    const chain = await supplierWithMap("Alias Wafers");
    const nodeId = await addNode(chain, { name: "NORDLICHT  SILICON" });
    expect((await status(chain.supplierId)).statusReasons).not.toContain(
      expect.stringContaining(BLOCK_REASON),
    );

    const dry = await importList("RESTRICTED_ENTITY", ENTITIES_V1, true);
    expect(dry).toMatchObject({
      report: { applied: false, inserted: 2, errors: [] },
      hitsFound: 1,
    });
    expect(await hits(chain.supplierId)).toEqual([]);

    const result = await importList("RESTRICTED_ENTITY", ENTITIES_V1);
    expect(result).toMatchObject({
      report: { rows: 2, applied: true, inserted: 2, errors: [] },
      version: { number: 1, entryCount: 2 },
      hitsFound: 1,
      hitsCleared: 0,
    });
    const [hit] = await hits(chain.supplierId);
    expect(hit).toMatchObject({
      state: "OPEN",
      field: "ALIAS",
      kind: "RESTRICTED_ENTITY",
      nodeName: "NORDLICHT  SILICON",
      matchedValue: "nordlicht silicon",
      matchedAlias: "Nordlicht Silicon GmbH",
      entry: { name: "Aurora Polysilicon Co., Ltd." },
      listVersion: { number: 1 },
      // The map's category: the portal links the hit to the node's map page.
      node: { id: nodeId, categoryId: waferId },
    });
    expect(hit.explanation).toBe(
      'Node "NORDLICHT  SILICON": its name normalised ("nordlicht silicon") equals the alias "Nordlicht Silicon GmbH" of "Aurora Polysilicon Co., Ltd." (Fictional list 2026-05, listed 2026-05-02) on the restricted-entity list version 1',
    );
    const standing = await status(chain.supplierId);
    expect(standing.status).toBe("BLOCKED");
    expect(standing.statusReasons).toContain(
      `${BLOCK_REASON}: NORDLICHT  SILICON (restricted party)`,
    );

    // A zh-CN reader: the same hit and reason in Chinese, the names and values as they are.
    const reader = await makeUser(app, Role.ADMIN);
    await ok(reader, `mutation { setLocale(locale: "zh-CN") { id } }`);
    const seen = await ok(reader, HITS, { supplierId: chain.supplierId });
    expect(seen.screeningHits.edges[0].node.explanation).toBe(
      "节点“NORDLICHT  SILICON”：其名称规范化后（“nordlicht silicon”）与“Aurora Polysilicon Co., Ltd.”（Fictional list 2026-05，列入日期 2026-05-02）的别名“Nordlicht Silicon GmbH”相同，见受限实体名单第 1 版",
    );
    expect((await ok(reader, STATUS, { id: chain.supplierId })).supplier.statusReasons).toContain(
      "供应链中存在受限方或高风险地区：NORDLICHT  SILICON（受限方）",
    );
  });

  it("a node added or renamed later is screened through the map's hook; a removed one clears", async () => {
    const chain = await supplierWithMap("Hook Wafers");
    const nodeId = await addNode(chain, { name: "Aurora P.S." });
    const [hit] = await hits(chain.supplierId, "OPEN");
    expect(hit).toMatchObject({ field: "ALIAS", matchedValue: "aurora ps" });
    expect((await status(chain.supplierId)).status).toBe("BLOCKED");

    // Renamed to the listed name itself: the same listed party, so the same hit, now by NAME.
    const renamed = (
      await ok(admin, UPDATE_NODE, {
        id: nodeId,
        v: chain.version,
        input: {
          tierId: polysiliconTier,
          country: "CN",
          name: "Aurora Polysilicon Company Limited",
        },
      })
    ).updateSupplyChainNode;
    chain.version = renamed.version;
    const [same] = await hits(chain.supplierId);
    expect(same).toMatchObject({ id: hit.id, field: "NAME", state: "OPEN" });

    await ok(admin, REMOVE_NODE, { id: nodeId, v: chain.version });
    const [cleared] = await hits(chain.supplierId);
    expect(cleared).toMatchObject({
      id: hit.id,
      state: "CLEARED",
      clearedReason: "the node was removed from its map",
      node: null,
    });
    expect((await status(chain.supplierId)).status).not.toBe("BLOCKED");
  });

  it("a region match blocks", async () => {
    await importList("HIGH_RISK_REGION", REGIONS_V1);
    const chain = await supplierWithMap("Region Wafers");
    await addNode(chain, { name: "Far Quarry", tierId: quartziteTier, region: "cn-xj" });
    const [hit] = await hits(chain.supplierId);
    expect(hit).toMatchObject({
      state: "OPEN",
      kind: "HIGH_RISK_REGION",
      field: "REGION",
      matchedValue: "CN-XJ",
      entry: { name: "Xinjiang" },
    });
    expect((await status(chain.supplierId)).statusReasons).toContain(
      `${BLOCK_REASON}: Far Quarry (high-risk region)`,
    );
  });

  it("a rebuttal needs evidence, a reason and an expiry at most 12 months ahead", async () => {
    const chain = await supplierWithMap("Rebuttal Input Wafers");
    await addNode(chain, { name: "Ostwind Quartz Works", tierId: quartziteTier });
    const [hit] = await hits(chain.supplierId);
    const input = await rebuttalInput(hit.id);
    const refused = await app.exec(admin.token, RECORD, {
      input: {
        ...input,
        reason: "short",
        // A link alone is not enough: evidence documents are required.
        evidence: [{ title: "News article", url: "https://news.example/a" }],
        expiresAt: addMonths(app.clock.now(), 13).toISOString(),
      },
    });
    expect(errorCodes(refused)).toEqual(["BAD_USER_INPUT"]);
    expect(refused.errors![0].extensions!.fields.map((f: { path: string }) => f.path)).toEqual([
      "input.reason",
      "input.evidence",
      "input.expiresAt",
    ]);
    // Procurement decides rebuttals; only an admin records one.
    expect(errorCodes(await app.exec(procurement.token, RECORD, { input }))).toEqual(["FORBIDDEN"]);
    const [{ n }] = await app.dataSource.query(
      `SELECT count(*)::int AS n FROM screening_rebuttal WHERE hit_id = $1`,
      [hit.id],
    );
    expect(n).toBe(0);
  });

  it("four-eyes: the recorder cannot approve their own rebuttal; a second admin's approval lifts the block until it expires", async () => {
    const chain = await supplierWithMap("Four Eyes Wafers");
    await addNode(chain, { name: "Ostwind Quartz Works", tierId: quartziteTier });
    const [hit] = await hits(chain.supplierId);
    expect((await status(chain.supplierId)).status).toBe("BLOCKED");

    const input = await rebuttalInput(hit.id, 6);
    const rebuttal = (await ok(admin, RECORD, { input })).recordScreeningRebuttal;
    expect(rebuttal).toMatchObject({ state: "PENDING" });
    expect(rebuttal.evidence[0].sha256).toMatch(/^[0-9a-f]{64}$/);
    // Pending: the hit still blocks.
    expect((await status(chain.supplierId)).status).toBe("BLOCKED");

    const own = await app.exec(admin.token, APPROVE, { id: rebuttal.id });
    expect(errorCodes(own)).toEqual(["FORBIDDEN"]);
    expect(own.errors![0].message).toBe(
      "You recorded this rebuttal: another admin or a procurement user must approve it (four-eyes)",
    );
    const ownReject = await app.exec(admin.token, REJECT, {
      id: rebuttal.id,
      reason: "Withdrawn by me",
    });
    expect(errorCodes(ownReject)).toEqual(["FORBIDDEN"]);

    const approved = (await ok(secondAdmin, APPROVE, { id: rebuttal.id })).approveScreeningRebuttal;
    expect(approved).toEqual({
      id: rebuttal.id,
      state: "APPROVED",
      decidedBy: { id: secondAdmin.user.id },
    });
    const [rebutted] = await hits(chain.supplierId);
    expect(rebutted.state).toBe("REBUTTED");
    const lifted = await status(chain.supplierId);
    expect(lifted.status).not.toBe("BLOCKED");
    expect(lifted.statusReasons.join(" ")).not.toContain(BLOCK_REASON);
    const events: { action: string }[] = await app.dataSource.query(
      `SELECT action FROM audit_event WHERE entity_id = $1 ORDER BY seq`,
      [rebuttal.id],
    );
    expect(events.map((e) => e.action)).toEqual([
      "screeningRebuttal.recorded",
      "screeningRebuttal.approved",
    ]);

    // Past its expiry the rebuttal stops counting: the refresher recomputes then, no write needed.
    app.clock.set(new Date(addMonths(app.clock.now(), 6).getTime() + 60_000));
    await refreshDueStandings(app.dataSource, app.clock);
    const again = await status(chain.supplierId);
    expect(again.status).toBe("BLOCKED");
    expect(again.statusReasons).toContain(
      `${BLOCK_REASON}: Ostwind Quartz Works (restricted party)`,
    );
    const [expired] = await hits(chain.supplierId);
    expect(expired.state).toBe("OPEN");
    const listed = await ok(
      procurement,
      `query($hit: ID!) { screeningRebuttals(hitId: $hit) {
      edges { node { id state } } } }`,
      { hit: hit.id },
    );
    expect(listed.screeningRebuttals.edges).toEqual([
      { node: { id: rebuttal.id, state: "EXPIRED" } },
    ]);
  });

  it("a rejected rebuttal stays on the record and the hit stays open", async () => {
    const chain = await supplierWithMap("Rejected Wafers");
    await addNode(chain, { name: "Ostwind Quartz Works GmbH", tierId: quartziteTier });
    const [hit] = await hits(chain.supplierId);
    const rebuttal = (await ok(admin, RECORD, { input: await rebuttalInput(hit.id) }))
      .recordScreeningRebuttal;
    const rejected = (
      await ok(procurement, REJECT, {
        id: rebuttal.id,
        reason: "The registry extract is for another party",
      })
    ).rejectScreeningRebuttal;
    expect(rejected).toMatchObject({ state: "REJECTED" });
    expect(errorCodes(await app.exec(secondAdmin.token, APPROVE, { id: rebuttal.id }))).toEqual([
      "CONFLICT",
    ]);
    expect((await hits(chain.supplierId))[0].state).toBe("OPEN");
    expect((await status(chain.supplierId)).status).toBe("BLOCKED");
    const listed = await ok(
      admin,
      `query($hit: ID!) { screeningRebuttals(hitId: $hit, state: REJECTED) {
      totalCount edges { node { id decisionNote } } } }`,
      { hit: hit.id },
    );
    expect(listed.screeningRebuttals).toEqual({
      totalCount: 1,
      edges: [
        { node: { id: rebuttal.id, decisionNote: "The registry extract is for another party" } },
      ],
    });
  });

  it("a new list version re-screens every map: a removed entry unblocks, a new one blocks", async () => {
    const kept = await supplierWithMap("Kept Wafers");
    await addNode(kept, { name: "Aurora Polysilicon", tierId: polysiliconTier });
    const dropped = await supplierWithMap("Dropped Wafers");
    await addNode(dropped, { name: "Ostwind Quartz Works Ltd", tierId: quartziteTier });
    const fresh = await supplierWithMap("Fresh Wafers");
    await addNode(fresh, { name: "Südhang Metals", tierId: quartziteTier });
    expect((await status(dropped.supplierId)).status).toBe("BLOCKED");
    expect((await status(fresh.supplierId)).status).not.toBe("BLOCKED");
    const [keptHit] = await hits(kept.supplierId);

    const v2 = [
      "name,aliases,country,source,listedOn",
      `"Aurora Polysilicon Co., Ltd.","Nordlicht Silicon GmbH|Aurora PS",CN,Fictional list 2026-06,2026-05-02`,
      `Suedhang Metals AG,Südhang Metals,DE,Fictional list 2026-06,2026-05-30`,
    ].join("\n");
    const result = await importList("RESTRICTED_ENTITY", v2);
    expect(result).toMatchObject({ version: { number: 2 }, report: { applied: true } });
    expect(result.hitsFound).toBe(1);
    // Every earlier test's open Ostwind hit is cleared with the dropped one.
    expect(result.hitsCleared).toBeGreaterThanOrEqual(1);

    const [droppedHit] = await hits(dropped.supplierId);
    expect(droppedHit).toMatchObject({
      state: "CLEARED",
      clearedReason: "not on version 2 of the restricted-entity list",
    });
    expect((await status(dropped.supplierId)).status).not.toBe("BLOCKED");

    const [freshHit] = await hits(fresh.supplierId);
    expect(freshHit).toMatchObject({ state: "OPEN", field: "ALIAS", listVersion: { number: 2 } });
    expect((await status(fresh.supplierId)).status).toBe("BLOCKED");

    // Still listed: the same hit, moved to version 2's entry.
    const [stillHit] = await hits(kept.supplierId);
    expect(stillHit).toMatchObject({ id: keptHit.id, state: "OPEN", listVersion: { number: 2 } });
    // The region list was not touched by the entity import.
    const regionHits = await ok(
      admin,
      `{ screeningHits(kind: HIGH_RISK_REGION, state: OPEN) { totalCount } }`,
    );
    expect(regionHits.screeningHits.totalCount).toBe(1);
  });

  it("lists both lists with their versions; a supplier user sees none of it, only its status", async () => {
    const lists = await ok(
      procurement,
      `{ screeningLists { kind currentVersion { number }
      versions { number entries(first: 5, search: "nordlicht") { totalCount edges { node { name aliases matchKeys } } } } } }`,
    );
    expect(lists.screeningLists).toEqual([
      {
        kind: "RESTRICTED_ENTITY",
        currentVersion: { number: 2 },
        versions: [expect.objectContaining({ number: 2 }), expect.objectContaining({ number: 1 })],
      },
      {
        kind: "HIGH_RISK_REGION",
        currentVersion: { number: 1 },
        versions: [{ number: 1, entries: { totalCount: 0, edges: [] } }],
      },
    ]);
    expect(lists.screeningLists[0].versions[0].entries.edges[0].node).toEqual({
      name: "Aurora Polysilicon Co., Ltd.",
      aliases: ["Nordlicht Silicon GmbH", "Aurora PS"],
      matchKeys: ["aurora polysilicon", "nordlicht silicon", "aurora ps"],
    });

    const chain = await supplierWithMap("Own Status Wafers");
    await addNode(chain, { name: "Aurora PS", tierId: polysiliconTier });
    const supplierUser = await makeUser(app, Role.SUPPLIER, { supplierId: chain.supplierId });
    for (const query of [
      `{ screeningLists { kind } }`,
      `{ screeningHits { totalCount } }`,
      `{ screeningRebuttals { totalCount } }`,
    ])
      expect(errorCodes(await app.exec(supplierUser.token, query))).toEqual(["FORBIDDEN"]);
    const own = await ok(supplierUser, STATUS, { id: chain.supplierId });
    expect(own.supplier).toEqual({
      status: "BLOCKED",
      statusReasons: expect.arrayContaining([`${BLOCK_REASON}: Aurora PS (restricted party)`]),
    });
  });

  it("serves both templates, and each imports cleanly as it is", async () => {
    const url = `http://127.0.0.1:${await app.server.listen(0, "127.0.0.1")}`;
    for (const [file, kind] of [
      ["restricted-entities", "RESTRICTED_ENTITY"],
      ["high-risk-regions", "HIGH_RISK_REGION"],
    ]) {
      const csv = await download(url, null, `/imports/templates/screening/${file}.csv`);
      expect(csv.status).toBe(200);
      expect(csv.headers.get("content-type")).toBe("text/csv; charset=utf-8");
      const dry = await importList(kind, csv.bytes.toString("utf8"), true);
      expect(dry.report).toEqual({ rows: 1, applied: false, inserted: 1, errors: [] });
      const xlsx = await download(url, null, `/imports/templates/screening/${file}.xlsx`);
      expect(xlsx.status).toBe(200);
    }
    expect((await download(url, null, "/imports/templates/screening/other.csv")).status).toBe(404);
  });
});

describe("screening demo data", () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp();
    await seedDemo(
      app.dataSource,
      { clock: app.clock, requestId: "demo" },
      pino({ level: "silent" }),
    );
  });
  afterAll(() => app.close());

  it("has both fictional lists, an approved rebuttal on the supply-chain demo's map and a pending one on Andes", async () => {
    const rows = await app.dataSource.query(
      `SELECT s.name AS supplier, h.node_name, h.field, h.matched_alias, e.name AS entry,
              r.status, u.email AS recorder, d.email AS decider
         FROM screening_hit h JOIN supplier s ON s.id = h.supplier_id
         JOIN screening_list_entry e ON e.id = h.entry_id
         LEFT JOIN screening_rebuttal r ON r.hit_id = h.id
         LEFT JOIN app_user u ON u.id = r.recorded_by_id
         LEFT JOIN app_user d ON d.id = r.decided_by_id
        ORDER BY s.name`,
    );
    expect(rows).toEqual([
      {
        supplier: "Andes Lithium Brine S.A.",
        node_name: "Altiplano Minerals Trading",
        field: "ALIAS",
        matched_alias: "Altiplano Minerals Trading",
        entry: "Altiplano Mineral Traders S.A.",
        status: "PENDING",
        recorder: "admin@demo.esg",
        decider: null,
      },
      {
        supplier: "Sunrise Polysilicon Co.",
        node_name: "Highland Quartz Mining Co.",
        field: "ALIAS",
        matched_alias: "Highland Quartz Mining",
        entry: "Highland Quartz Group Ltd.",
        status: "APPROVED",
        recorder: "admin@demo.esg",
        decider: "buyer@demo.esg",
      },
    ]);
    const versions = await app.dataSource.query(
      `SELECT kind, number, entry_count FROM screening_list_version ORDER BY kind`,
    );
    expect(versions).toEqual([
      { kind: "HIGH_RISK_REGION", number: 1, entry_count: 1 },
      { kind: "RESTRICTED_ENTITY", number: 1, entry_count: 3 },
    ]);
    const [andes] = await app.dataSource.query(
      `SELECT st.status, st.status_reasons FROM supplier_standing st JOIN supplier s ON s.id = st.supplier_id
        WHERE s.name = 'Andes Lithium Brine S.A.'`,
    );
    expect(andes.status).toBe("BLOCKED");
    expect(andes.status_reasons).toContain(
      "Restricted party or region in the supply chain: Altiplano Minerals Trading (restricted party)",
    );
    const [sunrise] = await app.dataSource.query(
      `SELECT st.status_reasons FROM supplier_standing st JOIN supplier s ON s.id = st.supplier_id
        WHERE s.name = 'Sunrise Polysilicon Co.'`,
    );
    expect(sunrise.status_reasons.join(" ")).not.toContain("Restricted party");
  });
});
