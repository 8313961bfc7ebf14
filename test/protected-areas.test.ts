import { inTransaction } from "../src/database/transaction";
import { seedProtectedAreaDemo } from "../src/demo/demo-protected-areas";
import { nodesChanged } from "../src/modules/supply-chain/node-hooks";
import {
  MAX_AREA_FEATURES,
  MAX_AREA_VERTICES,
} from "../src/modules/protected-area/protected-area.limits";
import { Role } from "../src/shared/domain/role.enum";
import type { Supplier } from "../src/modules/supplier/supplier.entity";
import { storeDocument } from "./support/documents";
import { makeRoles, makeSupplier, makeUser, type TestUser } from "./support/factories";
import { post } from "./support/http-client";
import { createTestApp, errorCodes, type GraphQLResult, type TestApp } from "./support/test-app";

const IMPORT = `mutation($list: String!, $id: ID!, $dryRun: Boolean!) {
  importProtectedAreas(listName: $list, documentId: $id, dryRun: $dryRun) {
    rows applied inserted errors { row column message } } }`;
const FLAGS = `query($supplierId: ID, $state: ProtectedAreaFlagState) {
  protectedAreaFlags(supplierId: $supplierId, state: $state, first: 50) {
    totalCount
    edges { node { id target siteId nodeId targetName state distanceKm latitude longitude
      clearedAt clearanceNote clearedBy { id } evidence { title documentId sha256 } withdrawnAt
      supplier { id } area { name designation shape radiusM } list { name } } } } }`;
const CLEAR = `mutation($id: ID!, $evidence: [EvidenceInput!]!, $note: String!) {
  clearProtectedAreaFlag(id: $id, evidence: $evidence, note: $note) {
    id state clearedAt clearanceNote clearedBy { id } evidence { title } } }`;
const STATUS = `query($id: ID!) { supplier(id: $id) { id version status statusReasons } }`;
const UPDATE_SITES = `mutation($id: ID!, $version: Int!, $sites: [SiteInput!]!) {
  updateSupplier(id: $id, expectedVersion: $version, input: { sites: $sites }) {
    version sites { id name latitude longitude } } }`;
const LISTS = `{ protectedAreaLists { id name versions { version format areaCount sourceFilename sourceSha256 } } }`;

/**
 * A fictional reserve (a made-up square of about 11 x 7 km in central Germany) and a fictional
 * wetland given as a point with a 1 km radius, 50 km east of it.
 */
const MOOR = {
  type: "Feature",
  properties: {
    WDPAID: 990001,
    NAME: "Hollow Moor Reserve",
    DESIG_ENG: "Nature Reserve",
    country: "DE",
  },
  geometry: {
    type: "Polygon",
    coordinates: [
      [
        [10.0, 50.0],
        [10.15, 50.0],
        [10.15, 50.06],
        [10.0, 50.06],
        [10.0, 50.0],
      ],
    ],
  },
};
const WETLAND = {
  type: "Feature",
  properties: { name: "Reedwater Wetland", designation: "Ramsar Site", radius_m: 1000 },
  geometry: { type: "Point", coordinates: [10.7, 50.03] },
};
const collection = (...features: unknown[]) =>
  JSON.stringify({ type: "FeatureCollection", features });

/** Degrees of latitude for `km` north: 1 degree is 111.2 km on the sphere turf measures on. */
const north = (km: number) => km / 111.195;

describe("protected areas: lists, flags on sites and map nodes, the block and its clearance", () => {
  let app: TestApp;
  let admin: TestUser;
  let procurement: TestUser;
  let auditor: TestUser;
  let supplierUser: TestUser;
  /** Has a map node inside the moor. */
  let nodeSupplier: Supplier;
  /** Has sites near and far from the wetland. */
  let siteSupplier: Supplier;
  let otherSupplierUser: TestUser;
  let insideNodeId: string;
  let url: string;

  const exec = (user: TestUser, query: string, variables?: Record<string, unknown>) =>
    app.exec(user.token, query, variables);
  const ok = async (user: TestUser, query: string, variables?: Record<string, unknown>) => {
    const result: GraphQLResult = await exec(user, query, variables);
    expect(result.errors).toBeUndefined();
    return result.data!;
  };
  const upload = (text: string, name = "areas.geojson") =>
    storeDocument(app, admin.token, Buffer.from(text), name);
  const importFile = async (text: string, dryRun = false, name?: string) => {
    const document = await upload(text, name);
    return exec(admin, IMPORT, { list: "Fictional WDPA extract", id: document.id, dryRun });
  };
  const flagsOf = async (supplierId: string, user: TestUser = admin) =>
    (await ok(user, FLAGS, { supplierId })).protectedAreaFlags.edges.map(
      (e: { node: Record<string, any> }) => e.node,
    ) as Record<string, any>[];
  const statusOf = async (supplierId: string) =>
    (await ok(admin, STATUS, { id: supplierId })).supplier;
  const count = async (table: string) =>
    Number((await app.dataSource.query(`SELECT count(*) AS n FROM ${table}`))[0].n);

  /** A map of `supplierId` with one node at the coordinates, written as the map service does. */
  async function insertNode(
    supplierId: string,
    name: string,
    lat: number | null,
    lon: number | null,
  ) {
    const [tiers] = await app.dataSource.query(
      `SELECT category_id, tier_set_id, top_tier_id FROM category_tier_set ORDER BY category_id LIMIT 1`,
    );
    const now = app.clock.now();
    const [map] = await app.dataSource.query(
      `INSERT INTO supply_chain_map (supplier_id, category_id, tier_set_id, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $4)
       ON CONFLICT (supplier_id, category_id) DO UPDATE SET updated_at = $4 RETURNING id`,
      [supplierId, tiers.category_id, tiers.tier_set_id, now],
    );
    const [node] = await app.dataSource.query(
      `INSERT INTO supply_chain_node (map_id, tier_id, is_root, name, country, latitude, longitude, updated_at)
       VALUES ($1, $2, false, $3, 'DE', $4, $5, $6) RETURNING id`,
      [map.id, tiers.top_tier_id, name, lat, lon, now],
    );
    return {
      mapId: map.id as string,
      categoryId: tiers.category_id as string,
      nodeId: node.id as string,
    };
  }

  beforeAll(async () => {
    app = await createTestApp();
    url = `http://127.0.0.1:${await app.server.listen(0, "127.0.0.1")}`;
    nodeSupplier = await makeSupplier(app, { name: "Quarzberg Silicon" });
    siteSupplier = await makeSupplier(app, { name: "Reedfield Wafers" });
    ({
      admin,
      procurement,
      auditor,
      supplier: supplierUser,
    } = await makeRoles(app, siteSupplier.id));
    otherSupplierUser = await makeUser(app, Role.SUPPLIER, { supplierId: nodeSupplier.id });
    insideNodeId = (await insertNode(nodeSupplier.id, "Hollow quartz pit", 50.03, 10.07)).nodeId;
  });

  afterAll(() => app.close());

  it("a dry run with bad features reports each by feature and property and saves nothing", async () => {
    const bad = collection(
      MOOR,
      {
        type: "Feature",
        properties: { name: "No radius" },
        geometry: { type: "Point", coordinates: [10, 50] },
      },
      { type: "Feature", properties: {}, geometry: MOOR.geometry },
      {
        type: "Feature",
        properties: { name: "Off the globe" },
        geometry: {
          type: "Polygon",
          coordinates: [
            [
              [10, 50],
              [200, 50],
              [10, 51],
              [10, 50],
            ],
          ],
        },
      },
      {
        type: "Feature",
        properties: { name: "A line" },
        geometry: {
          type: "LineString",
          coordinates: [
            [10, 50],
            [11, 51],
          ],
        },
      },
    );
    const before = [await count("protected_area"), await count("protected_area_list_version")];
    for (const dryRun of [true, false]) {
      const report = (await importFile(bad, dryRun)).data!.importProtectedAreas;
      expect(report).toMatchObject({ rows: 5, applied: false, inserted: 0 });
      expect(report.errors).toEqual([
        {
          row: 2,
          column: "properties.radius_m",
          message: "a Point needs a radius in metres above 0",
        },
        { row: 3, column: "properties.name", message: "is required" },
        {
          row: 4,
          column: "geometry.coordinates",
          message: "a longitude is not a number from -180 to 180",
        },
        {
          row: 5,
          column: "geometry.type",
          message: "is LineString; Polygon, MultiPolygon or Point",
        },
      ]);
    }
    expect([await count("protected_area"), await count("protected_area_list_version")]).toEqual(
      before,
    );
    expect(await count("protected_area_list")).toBe(0);
    expect(await flagsOf(nodeSupplier.id)).toEqual([]);
  });

  it("a clean dry run counts the areas and still saves nothing", async () => {
    const report = (await importFile(collection(MOOR, WETLAND), true)).data!.importProtectedAreas;
    expect(report).toEqual({ rows: 2, applied: false, inserted: 2, errors: [] });
    expect(await count("protected_area")).toBe(0);
  });

  it("refuses a file past the feature or vertex caps before storing anything", async () => {
    const point = {
      type: "Feature",
      properties: { name: "p", radius_m: 10 },
      geometry: { type: "Point", coordinates: [1, 1] },
    };
    const tooMany = collection(...Array.from({ length: MAX_AREA_FEATURES + 1 }, () => point));
    const many = await importFile(tooMany, true);
    expect(errorCodes(many)).toEqual(["BAD_USER_INPUT"]);
    expect(many.errors![0].extensions!.fields).toEqual([
      {
        path: "documentId",
        message: `has ${MAX_AREA_FEATURES + 1} features; at most ${MAX_AREA_FEATURES} per file`,
      },
    ]);
    // Twenty polygons whose rings together pass the file's vertex cap.
    const ring = Array.from({ length: Math.ceil(MAX_AREA_VERTICES / 20) + 1 }, () => [1, 1]);
    const heavy = {
      type: "Feature",
      properties: { name: "heavy" },
      geometry: { type: "Polygon", coordinates: [ring] },
    };
    const vertices = await importFile(collection(...Array.from({ length: 20 }, () => heavy)), true);
    expect(errorCodes(vertices)).toEqual(["BAD_USER_INPUT"]);
    expect(vertices.errors![0].extensions!.fields[0].message).toMatch(/more than 1000000 vertices/);
    expect(await count("protected_area")).toBe(0);
  });

  it("an import flags a map node inside a polygon, with the area and distance 0, and blocks its supplier", async () => {
    const report = (await importFile(collection(MOOR, WETLAND))).data!.importProtectedAreas;
    expect(report).toEqual({ rows: 2, applied: true, inserted: 2, errors: [] });
    const lists = (await ok(procurement, LISTS)).protectedAreaLists;
    expect(lists).toEqual([
      {
        id: expect.any(String),
        name: "Fictional WDPA extract",
        versions: [
          expect.objectContaining({
            version: 1,
            format: "GEOJSON",
            areaCount: 2,
            sourceFilename: "areas.geojson",
          }),
        ],
      },
    ]);
    const [flag] = await flagsOf(nodeSupplier.id);
    expect(flag).toMatchObject({
      target: "NODE",
      nodeId: insideNodeId,
      siteId: null,
      targetName: "Hollow quartz pit",
      state: "OPEN",
      distanceKm: 0,
      latitude: 50.03,
      longitude: 10.07,
      area: {
        name: "Hollow Moor Reserve",
        designation: "Nature Reserve",
        shape: "POLYGON",
        radiusM: null,
      },
      list: { name: "Fictional WDPA extract" },
    });
    const standing = await statusOf(nodeSupplier.id);
    expect(standing.status).toBe("BLOCKED");
    expect(standing.statusReasons).toContain(
      "A supply-chain node inside or near a protected area: Hollow Moor Reserve",
    );
  });

  it("a site within the buffer of a point area is flagged with its distance; one outside it is not", async () => {
    const { version } = await statusOf(siteSupplier.id);
    // 6 km north of the wetland's centre: 5 km beyond its 1 km radius, inside the 10 km buffer.
    const near = { name: "North mill", country: "DE", latitude: 50.03 + north(6), longitude: 10.7 };
    const far = { name: "Far depot", country: "DE", latitude: 50.03 + north(25), longitude: 10.7 };
    const updated = (
      await ok(admin, UPDATE_SITES, { id: siteSupplier.id, version, sites: [near, far] })
    ).updateSupplier;
    expect(updated.sites).toHaveLength(2);
    const flags = await flagsOf(siteSupplier.id);
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({
      target: "SITE",
      targetName: "North mill",
      state: "OPEN",
      area: { name: "Reedwater Wetland", shape: "POINT", radiusM: 1000 },
    });
    expect(flags[0].distanceKm).toBeCloseTo(5, 1);
    expect(flags[0].siteId).toBe(
      updated.sites.find((s: { name: string }) => s.name === "North mill").id,
    );
    const standing = await statusOf(siteSupplier.id);
    expect(standing.status).toBe("BLOCKED");
    expect(standing.statusReasons).toContain(
      "A site inside or near a protected area: Reedwater Wetland",
    );
  });

  it("a site needs both coordinates, in range", async () => {
    const { version } = await statusOf(siteSupplier.id);
    const half = await exec(admin, UPDATE_SITES, {
      id: siteSupplier.id,
      version,
      sites: [{ name: "Half", country: "DE", latitude: 50 }],
    });
    expect(half.errors![0].extensions!.fields).toEqual([
      {
        path: "input.sites.0.longitude",
        message: "is required with the other coordinate (or clear both)",
      },
    ]);
    const range = await exec(admin, UPDATE_SITES, {
      id: siteSupplier.id,
      version,
      sites: [{ name: "Off", country: "DE", latitude: 91, longitude: 10 }],
    });
    expect(errorCodes(range)).toEqual(["BAD_USER_INPUT"]);
    expect(range.errors![0].extensions!.fields[0].path).toBe("input.sites.0.latitude");
    expect(await flagsOf(siteSupplier.id)).toHaveLength(1);
  });

  it("a supplier sees the flags of its own sites only, over HTTP too", async () => {
    const own = await flagsOf(siteSupplier.id, supplierUser);
    expect(own.map((f) => f.targetName)).toEqual(["North mill"]);
    // Another supplier's id: nothing of it shows.
    expect(await flagsOf(nodeSupplier.id, supplierUser)).toEqual([]);
    const all = (await ok(supplierUser, FLAGS, {})).protectedAreaFlags;
    expect(all.totalCount).toBe(1);
    const other = await post(url, FLAGS, {}, { token: otherSupplierUser.token });
    expect(other.status).toBe(200);
    expect(other.body.data.protectedAreaFlags.edges.map((e: any) => e.node.targetName)).toEqual([
      "Hollow quartz pit",
    ]);
    const lists = await post(url, LISTS, {}, { token: supplierUser.token });
    expect(lists.body.errors?.[0].extensions?.code).toBe("FORBIDDEN");
  });

  it("a verification with evidence clears the flag and lifts the block; only auditors and admins, with evidence", async () => {
    const [flag] = await flagsOf(siteSupplier.id);
    const evidence = [{ title: "Mill intake survey 2026", url: "https://evidence.example/survey" }];
    const note = "The mill buys quartz from outside the wetland catchment only";
    expect(errorCodes(await exec(supplierUser, CLEAR, { id: flag.id, evidence, note }))).toEqual([
      "FORBIDDEN",
    ]);
    expect(errorCodes(await exec(procurement, CLEAR, { id: flag.id, evidence, note }))).toEqual([
      "FORBIDDEN",
    ]);
    const bare = await exec(auditor, CLEAR, { id: flag.id, evidence: [], note });
    expect(bare.errors![0].extensions!.fields).toEqual([
      {
        path: "evidence",
        message:
          "needs at least one piece of evidence that the point does not source from the area",
      },
    ]);
    expect((await statusOf(siteSupplier.id)).status).toBe("BLOCKED");

    const cleared = (await ok(auditor, CLEAR, { id: flag.id, evidence, note }))
      .clearProtectedAreaFlag;
    expect(cleared).toMatchObject({
      state: "CLEARED",
      clearanceNote: note,
      clearedBy: { id: auditor.user.id },
      evidence: [{ title: "Mill intake survey 2026" }],
    });
    expect(new Date(cleared.clearedAt)).toEqual(app.clock.now());
    const standing = await statusOf(siteSupplier.id);
    expect(standing.status).not.toBe("BLOCKED");
    expect(standing.statusReasons.join()).not.toMatch(/protected area/);
    // A cleared flag cannot be cleared again.
    const again = await exec(admin, CLEAR, { id: flag.id, evidence, note });
    expect(again.errors![0].extensions).toMatchObject({
      code: "CONFLICT",
      reason: "INVALID_TRANSITION",
    });
    const events = await app.dataSource.query(
      `SELECT action FROM audit_event WHERE entity_id = $1 ORDER BY at, id`,
      [flag.id],
    );
    // One fixed clock: both events carry the same time.
    expect(events.map((e: { action: string }) => e.action).sort()).toEqual([
      "protected_area.flag_cleared",
      "protected_area.flagged",
    ]);
  });

  it("moving a cleared site re-checks it: the old flag is withdrawn and the new one blocks again", async () => {
    const { version } = await statusOf(siteSupplier.id);
    const sites = (
      await ok(
        admin,
        `query($id: ID!) { supplier(id: $id) { sites { id name latitude longitude } } }`,
        {
          id: siteSupplier.id,
        },
      )
    ).supplier.sites as { id: string; name: string; latitude: number; longitude: number }[];
    const mill = sites.find((s) => s.name === "North mill")!;
    const moved = sites.map((s) => ({
      id: s.id,
      name: s.name,
      country: "DE",
      latitude: s.id === mill.id ? s.latitude - north(1) : s.latitude,
      longitude: s.longitude,
    }));
    await ok(admin, UPDATE_SITES, { id: siteSupplier.id, version, sites: moved });
    const flags = await flagsOf(siteSupplier.id);
    expect(flags.map((f) => f.state).sort()).toEqual(["OPEN", "WITHDRAWN"]);
    expect(flags.find((f) => f.state === "OPEN")!.distanceKm).toBeCloseTo(4, 1);
    expect((await statusOf(siteSupplier.id)).status).toBe("BLOCKED");
    // Editing the site's name alone changes no coordinate: nothing is re-flagged.
    const again = await statusOf(siteSupplier.id);
    await ok(admin, UPDATE_SITES, {
      id: siteSupplier.id,
      version: again.version,
      sites: moved.map((s) => ({ id: s.id, name: `${s.name} (renamed)`, country: "DE" })),
    });
    expect((await flagsOf(siteSupplier.id)).map((f) => f.state).sort()).toEqual([
      "OPEN",
      "WITHDRAWN",
    ]);
  });

  it("a map change runs the node hook: a node moved out of the area withdraws its flag, one moved in is flagged", async () => {
    const ctx = await app.server.contextFor(admin.token);
    const outside = await insertNode(nodeSupplier.id, "Outer smelter", 50.03 + north(40), 10.07);
    await app.dataSource.query(`UPDATE supply_chain_node SET latitude = $2 WHERE id = $1`, [
      insideNodeId,
      50.03 + north(30),
    ]);
    await app.dataSource.query(`UPDATE supply_chain_node SET latitude = 50.01 WHERE id = $1`, [
      outside.nodeId,
    ]);
    await inTransaction(ctx, (tx) =>
      nodesChanged(tx, {
        supplierId: nodeSupplier.id,
        categoryId: outside.categoryId,
        mapId: outside.mapId,
        changedNodeIds: [insideNodeId, outside.nodeId],
        removedNodeIds: [],
      }),
    );
    const flags = await flagsOf(nodeSupplier.id);
    expect(flags.map((f) => [f.targetName, f.state]).sort()).toEqual([
      ["Hollow quartz pit", "WITHDRAWN"],
      ["Outer smelter", "OPEN"],
    ]);
    expect((await statusOf(nodeSupplier.id)).status).toBe("BLOCKED");
  });

  it("a new list version re-checks every site and node; a clearance carries over while the area and point stay", async () => {
    const [open] = (await flagsOf(nodeSupplier.id)).filter((f) => f.state === "OPEN");
    await ok(admin, CLEAR, {
      id: open.id,
      evidence: [
        { title: "Smelter feedstock contracts", url: "https://evidence.example/contracts" },
      ],
      note: "Feedstock is bought from a quarry 200 km away",
    });
    expect((await statusOf(nodeSupplier.id)).status).not.toBe("BLOCKED");
    // Version 2: the moor as before (same WDPAID), the wetland gone, a new heath around the
    // node that was moved 30 km north of the moor.
    const heath = {
      type: "Feature",
      properties: { name: "Whin Heath", designation: "Landscape Reserve" },
      geometry: {
        type: "MultiPolygon",
        coordinates: [
          [
            [
              [10.0, 50.25],
              [10.2, 50.25],
              [10.2, 50.35],
              [10.0, 50.35],
              [10.0, 50.25],
            ],
          ],
        ],
      },
    };
    const report = (await importFile(collection(MOOR, heath), false, "areas-v2.geojson")).data!
      .importProtectedAreas;
    expect(report).toMatchObject({ applied: true, inserted: 2 });
    const lists = (await ok(auditor, LISTS)).protectedAreaLists;
    expect(lists[0].versions.map((v: { version: number }) => v.version)).toEqual([2, 1]);

    const nodeFlags = await flagsOf(nodeSupplier.id);
    expect(nodeFlags.map((f) => [f.targetName, f.state, f.area.name]).sort()).toEqual([
      ["Hollow quartz pit", "OPEN", "Whin Heath"],
      ["Hollow quartz pit", "WITHDRAWN", "Hollow Moor Reserve"],
      ["Outer smelter", "CLEARED", "Hollow Moor Reserve"],
    ]);
    expect((await statusOf(nodeSupplier.id)).statusReasons).toContain(
      "A supply-chain node inside or near a protected area: Whin Heath",
    );
    // The wetland left the list: the site's flag is withdrawn and the block lifts.
    const siteFlags = await flagsOf(siteSupplier.id);
    expect(siteFlags.map((f) => f.state)).toEqual(["WITHDRAWN", "WITHDRAWN"]);
    expect((await statusOf(siteSupplier.id)).status).not.toBe("BLOCKED");
  });

  it("reads a CSV of point areas with errors by row and column", async () => {
    const csv = [
      "name,designation,country,lat,lon,radius_m",
      "Stony Brook Reserve,Nature Reserve,DE,50.5,10.5,2500",
      "Bad Lat,,DE,95,10,100",
      "No Radius,,XX,50,10,",
    ].join("\n");
    const report = (await importFile(csv, true, "areas.csv")).data!.importProtectedAreas;
    expect(report).toMatchObject({ rows: 3, applied: false, inserted: 0 });
    expect(report.errors).toEqual([
      { row: 3, column: "lat", message: '"95" is not a latitude from -90 to 90' },
      { row: 4, column: "country", message: '"XX" is not an ISO 3166-1 alpha-2 code' },
      { row: 4, column: "radius_m", message: '"" is not a radius in metres above 0' },
    ]);
    const clean = (await importFile(csv.split("\n").slice(0, 2).join("\n"), true, "areas.csv"))
      .data!.importProtectedAreas;
    expect(clean).toEqual({ rows: 1, applied: false, inserted: 1, errors: [] });
  });

  it("the demo's fictional reserve flags the demo supplier's salar site", async () => {
    const andes = await makeSupplier(app, { name: "Andes demo" });
    const { version } = await statusOf(andes.id);
    await ok(admin, UPDATE_SITES, {
      id: andes.id,
      version,
      sites: [{ name: "Salar operation", country: "CL" }],
    });
    await seedProtectedAreaDemo(await app.server.contextFor(admin.token), { andes: andes.id });
    const flags = await flagsOf(andes.id);
    expect(flags.map((f) => [f.targetName, f.state, f.distanceKm, f.area.name])).toEqual([
      ["Salar operation", "OPEN", 0, "Laguna Ceniza Flamingo Reserve (fictional)"],
    ]);
    expect((await statusOf(andes.id)).status).toBe("BLOCKED");
  });
});
