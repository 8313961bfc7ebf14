import { booleanPointInPolygon } from "@turf/boolean-point-in-polygon";
import { distance } from "@turf/distance";
import { pointToLineDistance } from "@turf/point-to-line-distance";
import { AreaShape } from "./protected-area.enums";
import type { PolygonSet } from "./protected-area.entity";

export interface LatLon {
  latitude: number;
  longitude: number;
}

/** What a check needs of an area: its shape and bounding box (a point area's centre). */
export interface AreaExtent {
  shape: AreaShape;
  minLat: number;
  maxLat: number;
  minLon: number;
  maxLon: number;
  radiusM: number | null;
}

const KM_PER_DEGREE_LAT = 111.32;

/**
 * Whether `point` may lie within `bufferKm` of the area, by its bounding box alone: a cheap,
 * generous test (never false for a point that is near), so only candidates are measured.
 */
export function mayBeNear(area: AreaExtent, point: LatLon, bufferKm: number): boolean {
  const reachKm = bufferKm + (area.radiusM ?? 0) / 1000;
  const latMargin = reachKm / KM_PER_DEGREE_LAT + 0.01;
  if (point.latitude < area.minLat - latMargin || point.latitude > area.maxLat + latMargin)
    return false;
  // A degree of longitude shrinks towards the poles: measure it where it is shortest within
  // reach; when that reach touches a pole, every longitude is close.
  const farthestLat =
    Math.max(Math.abs(point.latitude), Math.abs(area.minLat), Math.abs(area.maxLat)) + latMargin;
  if (farthestLat >= 90) return true;
  const lonMargin = reachKm / (KM_PER_DEGREE_LAT * Math.cos((farthestLat * Math.PI) / 180)) + 0.01;
  if (lonMargin >= 180) return true;
  // Boxes are not wrapped at the antimeridian: an area crossing it is split in the file.
  return point.longitude >= area.minLon - lonMargin && point.longitude <= area.maxLon + lonMargin;
}

/**
 * Kilometres from `point` to the area: 0 inside it (on the edge counts as inside), else to its
 * nearest edge; for a point area, to the circle of its radius. Geodesic, WGS84 degrees in.
 */
export function distanceToAreaKm(
  area: AreaExtent & { polygons: PolygonSet | null },
  point: LatLon,
): number {
  const at = [point.longitude, point.latitude];
  if (area.shape === AreaShape.POINT) {
    const centre = [area.minLon, area.minLat];
    const km = distance(at, centre, { units: "kilometers" });
    return Math.max(0, km - (area.radiusM ?? 0) / 1000);
  }
  const polygons = area.polygons ?? [];
  if (booleanPointInPolygon(at, { type: "MultiPolygon", coordinates: polygons })) return 0;
  let nearest = Infinity;
  for (const polygon of polygons) {
    for (const ring of polygon) {
      const km = pointToLineDistance(
        at,
        { type: "LineString", coordinates: ring },
        { units: "kilometers" },
      );
      if (km < nearest) nearest = km;
    }
  }
  return nearest;
}

/** Rounded for storage and display: metres are more than coordinates of a site can carry. */
export const roundKm = (km: number): number => Math.round(km * 1000) / 1000;
