import { randomUUID } from "node:crypto";
import { PROTECTED_AREA_PERMISSIONS as P } from "../../src/modules/protected-area/protected-area.permissions";
import { storeDocument } from "../support/documents";
import type { MatrixCase, MatrixFixture } from "./matrix";

const AREA_FILE = JSON.stringify({
  type: "FeatureCollection",
  features: [
    {
      type: "Feature",
      properties: { name: "Matrix Marsh", radius_m: 500 },
      geometry: { type: "Point", coordinates: [8.5, 47.5] },
    },
  ],
});

/** An OPEN flag on a fresh site of the own supplier, written as a check would. */
async function openFlag(fx: MatrixFixture): Promise<string> {
  const db = fx.app.dataSource;
  const [list] = await db.query(
    `INSERT INTO protected_area_list (name, created_at) VALUES ($1, now()) RETURNING id`,
    [`matrix-${randomUUID()}`],
  );
  const [version] = await db.query(
    `INSERT INTO protected_area_list_version (list_id, version, format, source_document_id,
       source_filename, source_sha256, area_count, imported_by_id, imported_at)
     VALUES ($1, 1, 'GEOJSON', $2, 'm.geojson', repeat('0', 64), 1, $3, now()) RETURNING id`,
    [list.id, randomUUID(), fx.users.ADMIN.user.id],
  );
  const [area] = await db.query(
    `INSERT INTO protected_area (version_id, area_key, name, shape, radius_m, min_lat, max_lat,
       min_lon, max_lon)
     VALUES ($1, 'name:matrix marsh||', 'Matrix Marsh', 'POINT', 500, 47.5, 47.5, 8.5, 8.5)
     RETURNING id`,
    [version.id],
  );
  const [site] = await db.query(
    `INSERT INTO supplier_site (supplier_id, name, country, latitude, longitude)
     VALUES ($1, 'Matrix site', 'CH', 47.5, 8.5) RETURNING id`,
    [fx.ownSupplier.id],
  );
  const [flag] = await db.query(
    `INSERT INTO protected_area_flag (supplier_id, target, site_id, target_name, list_id, area_id,
       area_key, latitude, longitude, distance_km, state, flagged_at)
     VALUES ($1, 'SITE', $2, 'Matrix site', $3, $4, 'name:matrix marsh||', 47.5, 8.5, 0, 'OPEN', now())
     RETURNING id`,
    [fx.ownSupplier.id, site.id, list.id, area.id],
  );
  return flag.id as string;
}

export const CASES: MatrixCase[] = [
  {
    operation: "protectedAreaLists",
    kind: "query",
    allowed: P.protectedAreaLists,
    prepare: async () => ({
      query: `{ protectedAreaLists { id name versions { version areaCount } } }`,
    }),
  },
  {
    operation: "importProtectedAreas",
    kind: "mutation",
    allowed: P.importProtectedAreas,
    prepare: async (fx) => {
      const document = await storeDocument(
        fx.app,
        fx.users.ADMIN.token,
        Buffer.from(AREA_FILE),
        "areas.geojson",
      );
      return {
        query: `mutation($id: ID!) { importProtectedAreas(listName: "Matrix list", documentId: $id, dryRun: true) { rows applied errors { row } } }`,
        variables: { id: document.id },
      };
    },
  },
  {
    operation: "protectedAreaFlags",
    kind: "query",
    allowed: P.protectedAreaFlags,
    prepare: async (fx) => ({
      query: `query($id: ID) { protectedAreaFlags(supplierId: $id, first: 5) { totalCount edges { node { id state } } } }`,
      variables: { id: fx.ownSupplier.id },
    }),
  },
  {
    operation: "clearProtectedAreaFlag",
    kind: "mutation",
    allowed: P.clearProtectedAreaFlag,
    prepare: async (fx) => ({
      query: `mutation($id: ID!) { clearProtectedAreaFlag(id: $id, note: "Checked on site",
        evidence: [{ title: "Site visit", url: "https://evidence.example/visit" }]) { id state } }`,
      variables: { id: await openFlag(fx) },
    }),
  },
];
