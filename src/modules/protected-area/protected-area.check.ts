import type { Tx } from "../../database/transaction";
import type { NodesChanged } from "../supply-chain/node-hooks";
import { distanceToAreaKm, mayBeNear, roundKm, type AreaExtent } from "./area-geometry";
import type { PolygonSet } from "./protected-area.entity";
import { FlagState, FlagTarget } from "./protected-area.enums";
import { DEFAULT_PROTECTED_AREA_BUFFER_KM } from "../../shared/domain/protected-area-buffer";
import "./protected-area.services";

/** A site or map node as a check sees it; no coordinates: nothing to flag. */
export interface CheckedPoint {
  target: FlagTarget;
  id: string;
  supplierId: string;
  name: string;
  latitude: number | null;
  longitude: number | null;
}

interface CurrentArea extends AreaExtent {
  id: string;
  listId: string;
  areaKey: string;
  name: string;
}

interface ActiveFlag {
  id: string;
  supplier_id: string;
  target: FlagTarget;
  site_id: string | null;
  node_id: string | null;
  list_id: string;
  area_key: string;
  area_id: string;
  latitude: number;
  longitude: number;
  distance_km: number;
  state: FlagState;
}

interface Match {
  point: CheckedPoint;
  area: CurrentArea;
  distanceKm: number;
}

export const bufferKmOf = (tx: Tx): number =>
  tx.ctx.app.protectedAreas?.bufferKm ?? DEFAULT_PROTECTED_AREA_BUFFER_KM;

/** The areas of each list's newest version, without their geometry. */
async function currentAreas(tx: Tx): Promise<CurrentArea[]> {
  const rows = (await tx.manager.query(
    `SELECT a.id, v.list_id, a.area_key, a.name, a.shape, a.radius_m,
       a.min_lat, a.max_lat, a.min_lon, a.max_lon
     FROM protected_area a
     JOIN (SELECT DISTINCT ON (list_id) id, list_id FROM protected_area_list_version
           ORDER BY list_id, version DESC) v ON v.id = a.version_id`,
  )) as {
    id: string;
    list_id: string;
    area_key: string;
    name: string;
    shape: CurrentArea["shape"];
    radius_m: number | null;
    min_lat: number;
    max_lat: number;
    min_lon: number;
    max_lon: number;
  }[];
  return rows.map((r) => ({
    id: r.id,
    listId: r.list_id,
    areaKey: r.area_key,
    name: r.name,
    shape: r.shape,
    radiusM: r.radius_m,
    minLat: r.min_lat,
    maxLat: r.max_lat,
    minLon: r.min_lon,
    maxLon: r.max_lon,
  }));
}

/**
 * Each point's areas within the buffer, the nearest per list and area key. Bounding boxes
 * pick the candidates; only their polygons are read, in one query.
 */
async function matchesOf(
  tx: Tx,
  points: readonly CheckedPoint[],
  bufferKm: number,
): Promise<Match[]> {
  const located = points.filter((p) => p.latitude !== null && p.longitude !== null);
  if (located.length === 0) return [];
  const areas = await currentAreas(tx);
  const candidates = located.map((point) => ({
    point,
    areas: areas.filter((area) =>
      mayBeNear(area, { latitude: point.latitude!, longitude: point.longitude! }, bufferKm),
    ),
  }));
  const polygonIds = [
    ...new Set(candidates.flatMap((c) => c.areas.filter((a) => a.shape === "POLYGON"))),
  ].map((a) => a.id);
  const polygons = new Map<string, PolygonSet>(
    polygonIds.length === 0
      ? []
      : (
          (await tx.manager.query(
            `SELECT id, polygons FROM protected_area WHERE id = ANY($1::uuid[])`,
            [polygonIds],
          )) as { id: string; polygons: PolygonSet }[]
        ).map((r) => [r.id, r.polygons]),
  );
  const matches = new Map<string, Match>();
  for (const { point, areas: near } of candidates) {
    for (const area of near) {
      const km = distanceToAreaKm(
        { ...area, polygons: polygons.get(area.id) ?? null },
        { latitude: point.latitude!, longitude: point.longitude! },
      );
      if (km > bufferKm) continue;
      const key = `${point.id}/${area.listId}/${area.areaKey}`;
      const known = matches.get(key);
      if (!known || km < known.distanceKm)
        matches.set(key, { point, area, distanceKm: roundKm(km) });
    }
  }
  return [...matches.values()];
}

const pointIdOf = (flag: ActiveFlag) =>
  (flag.target === FlagTarget.SITE ? flag.site_id : flag.node_id)!;

/**
 * Re-checks points against the current lists and brings their flags in line: a match a flag
 * already holds (same area, same coordinates) keeps its state, cleared or not, and points at
 * the newest version's area; a new match is a new OPEN flag; a flag no longer matched is
 * WITHDRAWN. Suppliers whose flags changed are touched, so their standing is recomputed in
 * this transaction. Returns the flags opened.
 */
export async function recheckPoints(tx: Tx, points: readonly CheckedPoint[]): Promise<number> {
  if (points.length === 0) return 0;
  const bufferKm = bufferKmOf(tx);
  const sites = points.filter((p) => p.target === FlagTarget.SITE).map((p) => p.id);
  const nodes = points.filter((p) => p.target === FlagTarget.NODE).map((p) => p.id);
  const active = (await tx.manager.query(
    `SELECT id, supplier_id, target, site_id, node_id, list_id, area_key, area_id, latitude,
       longitude, distance_km, state
     FROM protected_area_flag
     WHERE state <> 'WITHDRAWN' AND (site_id = ANY($1::uuid[]) OR node_id = ANY($2::uuid[]))
     FOR UPDATE`,
    [sites, nodes],
  )) as ActiveFlag[];
  const matches = await matchesOf(tx, points, bufferKm);
  const byPoint = new Map<string, ActiveFlag[]>();
  for (const flag of active) {
    const list = byPoint.get(pointIdOf(flag)) ?? [];
    list.push(flag);
    byPoint.set(pointIdOf(flag), list);
  }
  const kept = new Set<string>();
  const touched = new Set<string>();
  let opened = 0;
  for (const { point, area, distanceKm } of matches) {
    const held = (byPoint.get(point.id) ?? []).find(
      (f) =>
        f.list_id === area.listId &&
        f.area_key === area.areaKey &&
        f.latitude === point.latitude &&
        f.longitude === point.longitude,
    );
    if (held) {
      kept.add(held.id);
      if (held.area_id !== area.id || held.distance_km !== distanceKm)
        await tx.manager.query(
          `UPDATE protected_area_flag SET area_id = $2, distance_km = $3 WHERE id = $1`,
          [held.id, area.id, distanceKm],
        );
      continue;
    }
    const [{ id }] = (await tx.manager.query(
      `INSERT INTO protected_area_flag (supplier_id, target, site_id, node_id, target_name,
         list_id, area_id, area_key, latitude, longitude, distance_km, state, flagged_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, 'OPEN', $12) RETURNING id`,
      [
        point.supplierId,
        point.target,
        point.target === FlagTarget.SITE ? point.id : null,
        point.target === FlagTarget.NODE ? point.id : null,
        point.name.slice(0, 300),
        area.listId,
        area.id,
        area.areaKey,
        point.latitude,
        point.longitude,
        distanceKm,
        tx.now,
      ],
    )) as { id: string }[];
    await tx.record({
      action: "protected_area.flagged",
      entityType: "ProtectedAreaFlag",
      entityId: id,
      after: {
        supplierId: point.supplierId,
        target: point.target,
        targetId: point.id,
        area: area.name,
        latitude: point.latitude,
        longitude: point.longitude,
        distanceKm,
      },
    });
    touched.add(point.supplierId);
    opened += 1;
  }
  for (const flag of active.filter((f) => !kept.has(f.id))) {
    await tx.manager.query(
      `UPDATE protected_area_flag SET state = 'WITHDRAWN', withdrawn_at = $2 WHERE id = $1`,
      [flag.id, tx.now],
    );
    await tx.record({
      action: "protected_area.flag_withdrawn",
      entityType: "ProtectedAreaFlag",
      entityId: flag.id,
      before: { state: flag.state },
      after: { state: FlagState.WITHDRAWN },
    });
    touched.add(flag.supplier_id);
  }
  for (const supplierId of touched) tx.touchSupplier(supplierId, "PROTECTED_AREA_CHECKED");
  return opened;
}

interface PointRow {
  id: string;
  supplier_id: string;
  name: string;
  latitude: number | null;
  longitude: number | null;
}

const asPoints = (target: FlagTarget, rows: readonly PointRow[]): CheckedPoint[] =>
  rows.map((r) => ({
    target,
    id: r.id,
    supplierId: r.supplier_id,
    name: r.name,
    latitude: r.latitude,
    longitude: r.longitude,
  }));

/** A supplier's sites after they were written (the supplier module's hook). */
export async function recheckSupplierSites(tx: Tx, supplierId: string): Promise<void> {
  const rows = (await tx.manager.query(
    `SELECT id, supplier_id, name, latitude, longitude FROM supplier_site WHERE supplier_id = $1`,
    [supplierId],
  )) as PointRow[];
  await recheckPoints(tx, asPoints(FlagTarget.SITE, rows));
}

const NODE_POINTS = `SELECT n.id, m.supplier_id, n.name, n.latitude, n.longitude
  FROM supply_chain_node n JOIN supply_chain_map m ON m.id = n.map_id`;

/** A map's added and edited nodes (the supply-chain module's hook). */
export async function recheckChangedNodes(tx: Tx, change: NodesChanged): Promise<void> {
  const rows =
    change.changedNodeIds.length === 0
      ? []
      : ((await tx.manager.query(`${NODE_POINTS} WHERE n.id = ANY($1::uuid[])`, [
          change.changedNodeIds,
        ])) as PointRow[]);
  await recheckPoints(tx, asPoints(FlagTarget.NODE, rows));
  // A removed node's flags went with it (ON DELETE CASCADE): an open one may have blocked.
  if (change.removedNodeIds.length > 0)
    tx.touchSupplier(change.supplierId, "PROTECTED_AREA_CHECKED");
}

/** Every site and map node with coordinates or a flag: after a new list version. */
export async function recheckEverything(tx: Tx): Promise<number> {
  const active = `(SELECT site_id FROM protected_area_flag WHERE state <> 'WITHDRAWN')`;
  const sites = (await tx.manager.query(
    `SELECT id, supplier_id, name, latitude, longitude FROM supplier_site
      WHERE latitude IS NOT NULL OR id IN ${active}`,
  )) as PointRow[];
  const nodes = (await tx.manager.query(
    `${NODE_POINTS} WHERE n.latitude IS NOT NULL
       OR n.id IN (SELECT node_id FROM protected_area_flag WHERE state <> 'WITHDRAWN')`,
  )) as PointRow[];
  return recheckPoints(tx, [
    ...asPoints(FlagTarget.SITE, sites),
    ...asPoints(FlagTarget.NODE, nodes),
  ]);
}
