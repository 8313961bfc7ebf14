import { parseCsv } from "../src/shared/csv";
import { onNodesChanged, type NodesChanged } from "../src/modules/supply-chain/node-hooks";
import { Role } from "../src/shared/domain/role.enum";
import type { Supplier } from "../src/modules/supplier/supplier.entity";
import { pngBytes, storeDocument } from "./support/documents";
import {
  categoryId,
  makeRoles,
  makeSupplier,
  makeUser,
  recompute,
  type TestUser,
} from "./support/factories";
import { codesOf, post } from "./support/graphql-client";
import { createTestApp, errorCodes, type GraphQLResult, type TestApp } from "./support/test-app";

const MAP_FIELDS = `id version
  category { code } tierSet { code }
  nodes { id name country region isRoot tier { code position } }
  links { id upstreamNodeId downstreamNodeId custody state verifiedAt verifiedBy { id }
    evidence { kind documentId sha256 reference document { filename } } }
  coverage
  traceability { level basis declaredLevel coverage pathCount verifiedPathCount originPathCount
    originTier explanation }`;
const CREATE = `mutation($supplierId: ID!, $categoryId: ID!) {
  createSupplyChainMap(supplierId: $supplierId, categoryId: $categoryId) { ${MAP_FIELDS} } }`;
const ADD_NODE = `mutation($mapId: ID!, $v: Int!, $input: SupplyChainNodeInput!) {
  addSupplyChainNode(mapId: $mapId, expectedVersion: $v, input: $input) { ${MAP_FIELDS} } }`;
const UPDATE_NODE = `mutation($id: ID!, $v: Int!, $input: SupplyChainNodeInput!) {
  updateSupplyChainNode(id: $id, expectedVersion: $v, input: $input) { ${MAP_FIELDS} } }`;
const REMOVE_NODE = `mutation($id: ID!, $v: Int!) {
  removeSupplyChainNode(id: $id, expectedVersion: $v) { ${MAP_FIELDS} } }`;
const ADD_LINK = `mutation($mapId: ID!, $v: Int!, $input: SupplyChainLinkInput!) {
  addSupplyChainLink(mapId: $mapId, expectedVersion: $v, input: $input) { ${MAP_FIELDS} } }`;
const UPDATE_LINK = `mutation($id: ID!, $v: Int!, $input: SupplyChainLinkUpdateInput!) {
  updateSupplyChainLink(id: $id, expectedVersion: $v, input: $input) { ${MAP_FIELDS} } }`;
const VERIFY = `mutation($id: ID!, $v: Int!, $evidence: [LinkEvidenceInput!]) {
  verifySupplyChainLink(id: $id, expectedVersion: $v, evidence: $evidence, note: "Invoices match")
  { ${MAP_FIELDS} } }`;
const SUPPLIER_MAP = `query($id: ID!, $categoryId: ID!) { supplier(id: $id) {
  supplyChain(categoryId: $categoryId) { ${MAP_FIELDS} }
  computedTraceability(categoryId: $categoryId) all: computedTraceability
  declaredSustainability { traceability } } }`;
const RANKINGS = `query($filter: RankingFilter) { supplierRankings(filter: $filter, first: 100) {
  edges { node { priorityScore supplier { id } explanation { label points } } } } }`;
const TIER_SETS = `{ supplyChainTierSets { code tiers { id code position }
  categories { category { code } topTier { code } } } }`;

type Map = {
  id: string;
  version: number;
  nodes: { id: string; name: string; isRoot: boolean; tier: { code: string } }[];
  links: { id: string; upstreamNodeId: string; downstreamNodeId: string; state: string }[];
  coverage: number;
  traceability: Record<string, any>;
};

describe("supply-chain maps and computed traceability (issue 18)", () => {
  let app: TestApp;
  let a: Supplier;
  let b: Supplier;
  let admin: TestUser;
  let auditor: TestUser;
  let buyer: TestUser;
  let supplierA: TestUser;
  let supplierB: TestUser;
  let polysilicon: string;
  let glass: string;
  let tiers: Record<string, string>;
  /** Uploaded by supplier A's user: evidence on A's records only. */
  let invoice: { id: string; sha256: string };
  /** Uploaded by an admin: evidence on any supplier's records. */
  let staffInvoice: string;
  const hookCalls: NodesChanged[] = [];

  const exec = (user: TestUser, query: string, variables?: Record<string, unknown>) =>
    app.exec(user.token, query, variables);
  const ok = async (user: TestUser, query: string, variables?: Record<string, unknown>) => {
    const result: GraphQLResult = await exec(user, query, variables);
    expect(result.errors).toBeUndefined();
    return result.data!;
  };
  const fieldsOf = (result: GraphQLResult) =>
    (result.errors ?? []).flatMap((e) => e.extensions?.fields ?? []);

  const supplies = async (supplier: Supplier, category: string) => {
    await app.dataSource.query("INSERT INTO supplier_category VALUES ($1, $2)", [
      supplier.id,
      category,
    ]);
    await recompute(app, supplier.id);
  };
  const node = (tier: string, name: string, extra: Record<string, unknown> = {}) => ({
    tierId: tiers[tier],
    name,
    country: "NO",
    ...extra,
  });
  const newMap = async (supplier: Supplier, user = admin): Promise<Map> =>
    (await ok(user, CREATE, { supplierId: supplier.id, categoryId: polysilicon }))
      .createSupplyChainMap;
  const addNode = async (map: Map, input: Record<string, unknown>, user = admin): Promise<Map> =>
    (await ok(user, ADD_NODE, { mapId: map.id, v: map.version, input })).addSupplyChainNode;
  const nodeId = (map: Map, name: string) => map.nodes.find((n) => n.name === name)!.id;
  const rootId = (map: Map) => map.nodes.find((n) => n.isRoot)!.id;
  const link = async (map: Map, up: string, down: string, user = admin): Promise<Map> =>
    (
      await ok(user, ADD_LINK, {
        mapId: map.id,
        v: map.version,
        input: {
          upstreamNodeId: up,
          downstreamNodeId: down,
          custody: "SEGREGATED",
          evidence: [
            {
              kind: "INVOICE",
              documentId: user === supplierA ? invoice.id : staffInvoice,
              reference: "INV-2026-001",
            },
          ],
        },
      })
    ).addSupplyChainLink;
  const linkId = (map: Map, up: string, down: string) =>
    map.links.find((l) => l.upstreamNodeId === up && l.downstreamNodeId === down)!.id;
  const verify = async (map: Map, id: string): Promise<Map> =>
    (await ok(auditor, VERIFY, { id, v: map.version })).verifySupplyChainLink;
  const rankingRow = async (supplierId: string, category: string | null) => {
    const data = await ok(buyer, RANKINGS, { filter: category ? { categoryId: category } : null });
    return data.supplierRankings.edges
      .map((e: any) => e.node)
      .find((n: any) => n.supplier.id === supplierId);
  };
  const supplierOf = async (mapId: string): Promise<string> =>
    (
      await app.dataSource.query(`SELECT supplier_id FROM supply_chain_map WHERE id = $1`, [mapId])
    )[0].supplier_id;
  const traceabilityLine = (row: { explanation: { label: string; points: number }[] }) =>
    row.explanation.find((l) => l.label.startsWith("Traceability"))!;

  /**
   * The PV chain of a polysilicon plant: two metallurgical-silicon smelters (S1, S2) and two
   * quartzite mines (Q1 supplies S1; Q2 supplies S1 and S2): three paths from the root.
   */
  const drawPvMap = async (supplier: Supplier, user = admin) => {
    let map = await newMap(supplier, user);
    for (const [tier, name] of [
      ["METALLURGICAL_SILICON", "Fjord Smelter S1"],
      ["METALLURGICAL_SILICON", "Valley Smelter S2"],
      ["QUARTZITE", "North Quarry Q1"],
      ["QUARTZITE", "South Quarry Q2"],
    ])
      map = await addNode(map, node(tier, name), user);
    const [s1, s2, q1, q2] = ["S1", "S2", "Q1", "Q2"].map(
      (n) => map.nodes.find((x) => x.name.endsWith(n))!.id,
    );
    const root = rootId(map);
    for (const [up, down] of [
      [s1, root],
      [s2, root],
      [q1, s1],
      [q2, s1],
      [q2, s2],
    ])
      map = await link(map, up, down, user);
    return { map, root, s1, s2, q1, q2 };
  };

  beforeAll(async () => {
    app = await createTestApp();
    a = await makeSupplier(app, { name: "Nordic Poly AS" });
    b = await makeSupplier(app, { name: "Other Poly Ltd" });
    polysilicon = await categoryId(app, "POLYSILICON");
    glass = await categoryId(app, "GLASS");
    for (const s of [a, b]) await supplies(s, polysilicon);
    await supplies(a, glass);
    ({ admin, auditor, procurement: buyer, supplier: supplierA } = await makeRoles(app, a.id));
    supplierB = await makeUser(app, Role.SUPPLIER, { supplierId: b.id });
    const sets = (await ok(admin, TIER_SETS)).supplyChainTierSets;
    const pv = sets.find((s: any) => s.code === "PV");
    tiers = Object.fromEntries(pv.tiers.map((t: any) => [t.code, t.id]));
    const stored = await storeDocument(app, supplierA.token, pngBytes(), "invoice-2026-001.png");
    invoice = { id: stored.id, sha256: stored.sha256 };
    staffInvoice = (await storeDocument(app, admin.token, pngBytes(8, 8), "invoice-staff.png")).id;
    onNodesChanged(async (_tx, change) => {
      hookCalls.push(change);
    });
  });
  afterAll(() => app.close());

  it("seeds the PV and battery tier sets, origin first, and the categories drawn on them", async () => {
    const sets = (await ok(supplierA, TIER_SETS)).supplyChainTierSets;
    const byCode = Object.fromEntries(sets.map((s: any) => [s.code, s]));
    expect(byCode.PV.tiers.map((t: any) => t.code)).toEqual([
      "QUARTZITE",
      "METALLURGICAL_SILICON",
      "POLYSILICON",
      "INGOT",
      "WAFER",
      "CELL",
      "MODULE",
    ]);
    expect(byCode.BATTERY.tiers.map((t: any) => t.code)).toEqual([
      "MINE",
      "REFINERY",
      "PRECURSOR",
      "ACTIVE_MATERIAL",
      "CELL",
      "PACK",
    ]);
    expect(byCode.PV.categories).toContainEqual({
      category: { code: "POLYSILICON" },
      topTier: { code: "POLYSILICON" },
    });
    expect(byCode.BATTERY.categories).toContainEqual({
      category: { code: "LITHIUM" },
      topTier: { code: "REFINERY" },
    });
  });

  it("starts a map with the supplier as root at the category's top tier; once per category", async () => {
    const c = await makeSupplier(app, { name: "Root Check GmbH", country: "DE" });
    await supplies(c, polysilicon);
    await supplies(c, glass);
    const map = await newMap(c);
    expect(map.version).toBe(1);
    expect(map.nodes).toEqual([
      expect.objectContaining({
        name: "Root Check GmbH",
        country: "DE",
        isRoot: true,
        tier: { code: "POLYSILICON", position: 3 },
      }),
    ]);
    expect(map.traceability).toMatchObject({ level: "NONE", basis: "NONE", pathCount: 0 });
    expect(hookCalls.at(-1)).toMatchObject({ supplierId: c.id, mapId: map.id });

    const again = await exec(admin, CREATE, { supplierId: c.id, categoryId: polysilicon });
    expect(errorCodes(again)).toEqual(["CONFLICT"]);
    const noTiers = await exec(admin, CREATE, { supplierId: c.id, categoryId: glass });
    expect(fieldsOf(noTiers).map((f: any) => f.path)).toEqual(["categoryId"]);
    const wafer = await categoryId(app, "WAFER");
    const notSupplied = await exec(admin, CREATE, { supplierId: c.id, categoryId: wafer });
    expect(fieldsOf(notSupplied)).toEqual([
      { path: "categoryId", message: "is not a material category this supplier supplies" },
    ]);
  });

  describe("validation", () => {
    let map: Map;
    beforeAll(async () => {
      const c = await makeSupplier(app, { name: "Validation Poly" });
      await supplies(c, polysilicon);
      map = await newMap(c);
      map = await addNode(map, node("METALLURGICAL_SILICON", "Smelter"));
      map = await addNode(map, node("QUARTZITE", "Quarry"));
    });

    it("a link goes from a lower tier to a higher one; tiers may be skipped", async () => {
      const wrongWay = await exec(admin, ADD_LINK, {
        mapId: map.id,
        v: map.version,
        input: {
          upstreamNodeId: rootId(map),
          downstreamNodeId: nodeId(map, "Smelter"),
          custody: "NONE",
        },
      });
      expect(errorCodes(wrongWay)).toEqual(["BAD_USER_INPUT"]);
      expect(fieldsOf(wrongWay)).toEqual([
        {
          path: "input.upstreamNodeId",
          message:
            "must be at a lower tier than the downstream node (POLYSILICON is not upstream of METALLURGICAL_SILICON)",
        },
      ]);
      // The quarry straight to the plant (a trader's route): METALLURGICAL_SILICON is skipped.
      map = await link(map, nodeId(map, "Quarry"), rootId(map));
      expect(map.links).toHaveLength(1);
    });

    it("refuses a link that would close a cycle, and one that exists already", async () => {
      map = await link(map, nodeId(map, "Quarry"), nodeId(map, "Smelter"));
      map = await link(map, nodeId(map, "Smelter"), rootId(map));
      const cycle = await exec(admin, ADD_LINK, {
        mapId: map.id,
        v: map.version,
        input: {
          upstreamNodeId: rootId(map),
          downstreamNodeId: nodeId(map, "Quarry"),
          custody: "NONE",
        },
      });
      expect(fieldsOf(cycle)).toEqual([
        {
          path: "input.upstreamNodeId",
          message: "would close a cycle: Quarry already supplies Validation Poly",
        },
        {
          path: "input.upstreamNodeId",
          message:
            "must be at a lower tier than the downstream node (POLYSILICON is not upstream of QUARTZITE)",
        },
      ]);
      const twice = await exec(admin, ADD_LINK, {
        mapId: map.id,
        v: map.version,
        input: {
          upstreamNodeId: nodeId(map, "Smelter"),
          downstreamNodeId: rootId(map),
          custody: "NONE",
        },
      });
      expect(fieldsOf(twice)).toEqual([
        { path: "input.downstreamNodeId", message: "Smelter is already linked to Validation Poly" },
      ]);
    });

    it("nodes stay below the root's tier, in order with their links, in their own map", async () => {
      const above = await exec(admin, ADD_NODE, {
        mapId: map.id,
        v: map.version,
        input: node("INGOT", "Ingot plant"),
      });
      expect(fieldsOf(above)).toEqual([
        { path: "input.tierId", message: "must be a tier upstream of the root's (POLYSILICON)" },
      ]);
      const moved = await exec(admin, UPDATE_NODE, {
        id: nodeId(map, "Quarry"),
        v: map.version,
        input: node("METALLURGICAL_SILICON", "Quarry"),
      });
      expect(fieldsOf(moved)).toEqual([
        {
          path: "input.tierId",
          message:
            "METALLURGICAL_SILICON would put the link with Smelter (METALLURGICAL_SILICON) out of tier order",
        },
      ]);
      const region = await exec(admin, ADD_NODE, {
        mapId: map.id,
        v: map.version,
        input: node("QUARTZITE", "Desert Quarry", { country: "DE", region: "CN-XJ", latitude: 44 }),
      });
      expect(fieldsOf(region)).toEqual([
        { path: "input.region", message: "must be a subdivision of DE (DE-...)" },
        { path: "input.longitude", message: "give latitude and longitude together" },
      ]);
      const other = await drawPvMap(b);
      const foreign = await exec(admin, ADD_LINK, {
        mapId: map.id,
        v: map.version,
        input: { upstreamNodeId: other.q1, downstreamNodeId: rootId(map), custody: "NONE" },
      });
      expect(fieldsOf(foreign)).toEqual([
        { path: "input.upstreamNodeId", message: "is not a node of this map" },
      ]);
      const root = await exec(admin, REMOVE_NODE, { id: rootId(map), v: map.version });
      expect(errorCodes(root)).toEqual(["BAD_USER_INPUT"]);
      // Nothing of the refused edits was kept.
      const data = await ok(admin, SUPPLIER_MAP, {
        id: await supplierOf(map.id),
        categoryId: polysilicon,
      });
      const after = data.supplier.supplyChain;
      expect(after.version).toBe(map.version);
      expect(after.nodes).toHaveLength(3);
    });

    it("refuses an edit made on a version someone else changed (CONFLICT, STALE_VERSION)", async () => {
      const first = await addNode(map, node("QUARTZITE", "East Quarry"));
      const stale = await exec(admin, ADD_NODE, {
        mapId: map.id,
        v: map.version,
        input: node("QUARTZITE", "West Quarry"),
      });
      expect(errorCodes(stale)).toEqual(["CONFLICT"]);
      expect(stale.errors![0].extensions!.reason).toBe("STALE_VERSION");
      expect(first.version).toBe(map.version + 1);
      const removed = await ok(admin, REMOVE_NODE, {
        id: nodeId(first, "East Quarry"),
        v: first.version,
      });
      expect(removed.removeSupplyChainNode.nodes).toHaveLength(3);
      expect(hookCalls.at(-1)).toMatchObject({ removedNodeIds: [nodeId(first, "East Quarry")] });
    });
  });

  describe("computed traceability", () => {
    it("missing map: NONE, and the ranking says so", async () => {
      const c = await makeSupplier(app, { name: "Unmapped Poly" });
      await supplies(c, polysilicon);
      const data = await ok(admin, SUPPLIER_MAP, { id: c.id, categoryId: polysilicon });
      expect(data.supplier.supplyChain).toBeNull();
      expect(data.supplier.computedTraceability).toBe("NONE");
      // The factory's supplier declared (and had verified) TIER1: no longer the score's input.
      expect(data.supplier.declaredSustainability.traceability).toBe("TIER1");
      const row = await rankingRow(c.id, polysilicon);
      expect(traceabilityLine(row)).toEqual({
        label: "Traceability none (0 points), no supply-chain map for POLYSILICON x 0.2 x 0.4",
        points: 0,
      });
    });

    it("declared links count one level lower; verified ones count in full", async () => {
      const { map, root, s1, s2, q1, q2 } = await drawPvMap(a, supplierA);
      expect(map.traceability).toEqual({
        level: "TIER1",
        basis: "DECLARED",
        declaredLevel: "TO_ORIGIN",
        coverage: 0,
        pathCount: 3,
        verifiedPathCount: 0,
        originPathCount: 3,
        originTier: "QUARTZITE",
        explanation:
          "computed from the POLYSILICON supply-chain map: 0 of 3 paths verified to QUARTZITE; declared links only: to origin, counted one level lower",
      });
      expect(traceabilityLine(await rankingRow(a.id, polysilicon)).points).toBe(4); // 50 x 0.2 x 0.4
      // A zh-CN reader gets the same wording in Chinese, the codes as they are.
      const reader = await makeUser(app, Role.ADMIN);
      await ok(reader, `mutation { setLocale(locale: "zh-CN") { id } }`);
      const seen = await ok(reader, SUPPLIER_MAP, { id: a.id, categoryId: polysilicon });
      expect(seen.supplier.supplyChain.traceability.explanation).toBe(
        "根据 POLYSILICON 供应链图谱计算：3 条路径中的 0 条已验证至 QUARTZITE；仅凭申报的链接为追溯至源头，降一级计",
      );

      // The direct suppliers verified: TIER1 on verified links; one path verified to origin.
      let current = await verify(map, linkId(map, s1, root));
      current = await verify(current, linkId(current, s2, root));
      current = await verify(current, linkId(current, q1, s1));
      expect(current.traceability).toMatchObject({
        level: "TIER1",
        basis: "VERIFIED",
        verifiedPathCount: 1,
        coverage: 33.3,
      });
      expect(current.coverage).toBe(33.3);

      // Every path verified: TO_ORIGIN, in the ranking of the category at once.
      current = await verify(current, linkId(current, q2, s1));
      current = await verify(current, linkId(current, q2, s2));
      expect(current.traceability).toMatchObject({
        level: "TO_ORIGIN",
        basis: "VERIFIED",
        coverage: 100,
      });
      const data = await ok(supplierA, SUPPLIER_MAP, { id: a.id, categoryId: polysilicon });
      expect(data.supplier.computedTraceability).toBe("TO_ORIGIN");
      // Without a category: the lowest over the categories that can be mapped (GLASS cannot).
      expect(data.supplier.all).toBe("TO_ORIGIN");
      const row = await rankingRow(a.id, polysilicon);
      expect(traceabilityLine(row)).toEqual({
        label:
          "Traceability to origin (100 points), computed from the POLYSILICON supply-chain map: 3 of 3 paths verified to QUARTZITE x 0.2 x 0.4",
        points: 8,
      });
      const history = await app.dataSource.query(
        `SELECT count(*)::int AS n FROM audit_event WHERE action = 'supplyChainLink.verified'
           AND entity_id = ANY($1::uuid[])`,
        [current.links.map((l) => l.id)],
      );
      expect(history[0].n).toBe(5);
    });

    it("a partial map: a smelter without a known quarry keeps the supplier at TIER1", async () => {
      const c = await makeSupplier(app, { name: "Partial Poly" });
      await supplies(c, polysilicon);
      let map = await newMap(c);
      map = await addNode(map, node("METALLURGICAL_SILICON", "Known Smelter"));
      map = await addNode(map, node("METALLURGICAL_SILICON", "Unknown-source Smelter"));
      map = await addNode(map, node("QUARTZITE", "Known Quarry"));
      map = await link(map, nodeId(map, "Known Smelter"), rootId(map));
      map = await link(map, nodeId(map, "Unknown-source Smelter"), rootId(map));
      map = await link(map, nodeId(map, "Known Quarry"), nodeId(map, "Known Smelter"));
      for (const l of map.links) map = await verify(map, l.id);
      expect(map.traceability).toMatchObject({
        level: "TIER1",
        basis: "VERIFIED",
        declaredLevel: "TIER1",
        pathCount: 2,
        verifiedPathCount: 1,
        originPathCount: 1,
        coverage: 50,
      });
      const all = await rankingRow(c.id, null);
      expect(traceabilityLine(all).label).toBe(
        "Traceability tier 1 (50 points), computed from the POLYSILICON supply-chain map: 1 of 2 paths verified to QUARTZITE x 0.2 x 0.4",
      );
    });
  });

  describe("verification", () => {
    let map: Map;
    let bare: string;
    beforeAll(async () => {
      const c = await makeSupplier(app, { name: "Verify Poly" });
      await supplies(c, polysilicon);
      map = await newMap(c);
      map = await addNode(map, node("QUARTZITE", "Quarry"));
      map = (
        await ok(admin, ADD_LINK, {
          mapId: map.id,
          v: map.version,
          input: {
            upstreamNodeId: nodeId(map, "Quarry"),
            downstreamNodeId: rootId(map),
            custody: "MASS_BALANCE",
          },
        })
      ).addSupplyChainLink;
      bare = map.links[0].id;
    });

    it("needs at least one evidence document on the link; the verifier may add it", async () => {
      const refused = await exec(auditor, VERIFY, { id: bare, v: map.version });
      expect(errorCodes(refused)).toEqual(["BAD_USER_INPUT"]);
      expect(fieldsOf(refused).map((f: any) => f.path)).toEqual(["evidence"]);
      const bySupplier = await exec(supplierA, VERIFY, { id: bare, v: map.version });
      expect(errorCodes(bySupplier)).toEqual(["FORBIDDEN"]);
      const bol = await storeDocument(app, auditor.token, pngBytes(20, 10), "bill-of-lading.png");
      map = (
        await ok(auditor, VERIFY, {
          id: bare,
          v: map.version,
          evidence: [{ kind: "BILL_OF_LADING", documentId: bol.id, reference: "BL-778" }],
        })
      ).verifySupplyChainLink;
      expect(map.links[0]).toMatchObject({
        state: "VERIFIED",
        verifiedBy: { id: auditor.user.id },
        evidence: [
          {
            kind: "BILL_OF_LADING",
            documentId: bol.id,
            sha256: bol.sha256,
            reference: "BL-778",
            document: { filename: "bill-of-lading.png" },
          },
        ],
      });
    });

    it("a change to a verified link or one of its nodes makes it DECLARED again", async () => {
      const current = map.links[0] as any;
      const updated = (
        await ok(admin, UPDATE_LINK, {
          id: bare,
          v: map.version,
          input: {
            custody: "SEGREGATED",
            evidence: current.evidence.map((e: any) => ({
              kind: e.kind,
              documentId: e.documentId,
            })),
          },
        })
      ).updateSupplyChainLink;
      expect(updated.links[0]).toMatchObject({
        state: "DECLARED",
        verifiedAt: null,
        custody: "SEGREGATED",
      });
      map = await verify(updated, bare);
      expect(map.links[0].state).toBe("VERIFIED");
      // The same node written again changes nothing; a new address un-verifies.
      const same = (
        await ok(admin, UPDATE_NODE, {
          id: nodeId(map, "Quarry"),
          v: map.version,
          input: node("QUARTZITE", "Quarry"),
        })
      ).updateSupplyChainNode;
      expect(same.links[0].state).toBe("VERIFIED");
      const moved = (
        await ok(admin, UPDATE_NODE, {
          id: nodeId(map, "Quarry"),
          v: same.version,
          input: node("QUARTZITE", "Quarry", { address: "Pit 2, Quarry Road" }),
        })
      ).updateSupplyChainNode;
      expect(moved.links[0].state).toBe("DECLARED");
    });
  });

  describe("over HTTP", () => {
    let url: string;
    let aMap: { id: string; version: number; nodes: { id: string; isRoot: boolean }[] };

    beforeAll(async () => {
      url = `http://127.0.0.1:${await app.server.listen(0, "127.0.0.1")}`;
      aMap = (await ok(supplierA, SUPPLIER_MAP, { id: a.id, categoryId: polysilicon })).supplier
        .supplyChain;
    });

    it("a supplier sees and edits its own map only", async () => {
      const own = await post(
        url,
        SUPPLIER_MAP,
        { id: a.id, categoryId: polysilicon },
        { token: supplierA.token },
      );
      expect(own.body.data.supplier.supplyChain.id).toBe(aMap.id);
      const others = await post(
        url,
        SUPPLIER_MAP,
        { id: a.id, categoryId: polysilicon },
        { token: supplierB.token },
      );
      expect(others.body.data?.supplier ?? null).toBeNull();
      expect(codesOf(others)).toEqual(["NOT_FOUND"]);
      const edit = await post(
        url,
        ADD_NODE,
        { mapId: aMap.id, v: aMap.version, input: node("QUARTZITE", "Intruder Quarry") },
        { token: supplierB.token },
      );
      expect(codesOf(edit)).toEqual(["NOT_FOUND"]);
      const create = await post(
        url,
        CREATE,
        { supplierId: a.id, categoryId: polysilicon },
        { token: supplierB.token },
      );
      expect(codesOf(create)).toEqual(["NOT_FOUND"]);
      const verifyOwn = await post(
        url,
        VERIFY,
        { id: aMap.nodes[0].id, v: aMap.version },
        { token: supplierA.token },
      );
      expect(codesOf(verifyOwn)).toEqual(["FORBIDDEN"]);
      const unchanged = await ok(admin, SUPPLIER_MAP, { id: a.id, categoryId: polysilicon });
      expect(unchanged.supplier.supplyChain.version).toBe(aMap.version);
    });

    it("lists a supplier's maps, to its own users and staff only", async () => {
      const MAPS = `query($id: ID!) { supplier(id: $id) { supplyChainMaps {
        id category { id } traceability { level } } } }`;
      const own = await post(url, MAPS, { id: a.id }, { token: supplierA.token });
      expect(own.body.data.supplier.supplyChainMaps.map((m: { id: string }) => m.id)).toEqual([
        aMap.id,
      ]);
      expect(own.body.data.supplier.supplyChainMaps[0].category.id).toBe(polysilicon);
      const staff = await ok(admin, MAPS, { id: a.id });
      expect(staff.supplier.supplyChainMaps).toHaveLength(1);
      const others = await post(url, MAPS, { id: a.id }, { token: supplierB.token });
      expect(codesOf(others)).toEqual(["NOT_FOUND"]);
    });

    it("exports the chain as a due-diligence CSV with the same visibility", async () => {
      const path = `${url}/exports/supply-chain/${a.id}/${polysilicon}.csv`;
      const response = await fetch(path, { headers: { authorization: `Bearer ${buyer.token}` } });
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
      expect(response.headers.get("content-disposition")).toBe(
        'attachment; filename="supply-chain-nordic-poly-as-polysilicon.csv"',
      );
      const [header, ...records] = parseCsv(await response.text()).filter(
        (r) => r.cells.join("") !== "",
      );
      const rows = records.map((r) =>
        Object.fromEntries(header.cells.map((column, i) => [column, r.cells[i]])),
      );
      expect(rows.map((r) => r.record)).toEqual([
        "MAP",
        ...Array(5).fill("NODE"),
        ...Array(5).fill(["LINK", "EVIDENCE"]).flat(),
      ]);
      expect(rows[0]).toMatchObject({ id: aMap.id, state: "TO_ORIGIN (VERIFIED)" });
      expect(rows[1]).toMatchObject({ tier: "POLYSILICON", name: "Nordic Poly AS (root)" });

      // Chinese headers for a Chinese reader; the cells, codes included, are the same.
      const zh = await fetch(path, {
        headers: { authorization: `Bearer ${buyer.token}`, "accept-language": "zh-CN" },
      });
      const [zhHeader, ...zhRecords] = parseCsv(await zh.text()).filter(
        (r) => r.cells.join("") !== "",
      );
      expect(zhHeader.cells.slice(0, 4)).toEqual(["记录类型代码", "ID", "层级代码", "名称"]);
      expect(zhHeader.cells).toHaveLength(header.cells.length);
      expect(zhRecords.map((r) => r.cells)).toEqual(records.map((r) => r.cells));
      expect(rows.slice(4, 6).map((r) => r.tier)).toEqual(["QUARTZITE", "QUARTZITE"]);
      const firstLink = rows[6];
      expect(firstLink).toMatchObject({ custody: "SEGREGATED", state: "VERIFIED" });
      expect(firstLink.verified_by).toBe(auditor.user.name);
      expect(rows[7]).toEqual(
        expect.objectContaining({
          record: "EVIDENCE",
          id: firstLink.id,
          evidence_kind: "INVOICE",
          reference: "INV-2026-001",
          document_id: invoice.id,
          filename: "invoice-2026-001.png",
          sha256: invoice.sha256,
        }),
      );
      const own = await fetch(path, { headers: { authorization: `Bearer ${supplierA.token}` } });
      expect(own.status).toBe(200);
      const other = await fetch(path, { headers: { authorization: `Bearer ${supplierB.token}` } });
      expect(other.status).toBe(404);
      const anonymous = await fetch(path);
      expect(anonymous.status).toBe(401);
      const malformed = await fetch(`${url}/exports/supply-chain/not-an-id/${polysilicon}.csv`, {
        headers: { authorization: `Bearer ${buyer.token}` },
      });
      expect(malformed.status).toBe(404);
    });
  });
});
