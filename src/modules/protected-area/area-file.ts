import { isISO31661Alpha2 } from "class-validator";
import type { CsvRecord, CsvRowError } from "../../shared/csv";
import { AreaFileFormat, AreaShape } from "./protected-area.enums";
import type { PolygonSet } from "./protected-area.entity";
import {
  MAX_AREA_FEATURES,
  MAX_AREA_NAME_LENGTH,
  MAX_AREA_RADIUS_M,
  MAX_AREA_VERTICES,
  MAX_DESIGNATION_LENGTH,
  MAX_FEATURE_VERTICES,
} from "./protected-area.limits";

/**
 * Reads a protected-area file: a GeoJSON FeatureCollection (Polygon, MultiPolygon, or Point
 * with a radius in metres) or a table (CSV or XLSX: name, designation, country, lat, lon,
 * radius_m). Pure: text or rows in, areas and errors by feature or row out. A file past a cap
 * is refused whole (`AreaFileRefused`) before its geometry is walked further.
 */

export interface AreaDraft {
  /** The feature's number (1-based) or the table row. */
  row: number;
  areaKey: string;
  name: string;
  designation: string | null;
  country: string | null;
  shape: AreaShape;
  polygons: PolygonSet | null;
  radiusM: number | null;
  minLat: number;
  maxLat: number;
  minLon: number;
  maxLon: number;
}

export interface AreaFileRead {
  format: AreaFileFormat;
  areas: AreaDraft[];
  /** Features or data rows read. */
  rowCount: number;
  errors: CsvRowError[];
}

/** A file the import refuses as a whole: too large, or not a list of areas at all. */
export class AreaFileRefused extends Error {}

/** GeoJSON starts with an object; anything else is read as a table. */
export const looksLikeGeoJson = (text: string): boolean => /^\uFEFF?\s*\{/.test(text);

type Json = unknown;

const isObject = (value: Json): value is Record<string, Json> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

function text(value: Json, max: number): string | null {
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  if (typeof value !== "string") return null;
  const trimmed = value.trim();
  return trimmed === "" ? null : trimmed.slice(0, max);
}

const normalise = (value: string) => value.normalize("NFKC").toLowerCase().replace(/\s+/g, " ");

function keyOf(
  id: string | null,
  name: string,
  designation: string | null,
  country: string | null,
): string {
  if (id) return `id:${id}`.slice(0, 400);
  return `name:${normalise(name)}|${normalise(designation ?? "")}|${country ?? ""}`.slice(0, 400);
}

/** Counts vertices across the file so the cap holds however the features split them. */
class VertexBudget {
  used = 0;
  take(count: number): void {
    this.used += count;
    if (this.used > MAX_AREA_VERTICES)
      throw new AreaFileRefused(
        `has more than ${MAX_AREA_VERTICES} vertices: simplify the polygons or split the file`,
      );
  }
}

interface Box {
  minLat: number;
  maxLat: number;
  minLon: number;
  maxLon: number;
}

/** A position's problem, or null; `box` grows to hold it. */
function position(value: Json, box: Box): string | null {
  if (!Array.isArray(value) || value.length < 2) return "a position is not [longitude, latitude]";
  const [lon, lat] = value as Json[];
  if (typeof lon !== "number" || !Number.isFinite(lon) || lon < -180 || lon > 180)
    return "a longitude is not a number from -180 to 180";
  if (typeof lat !== "number" || !Number.isFinite(lat) || lat < -90 || lat > 90)
    return "a latitude is not a number from -90 to 90";
  box.minLat = Math.min(box.minLat, lat);
  box.maxLat = Math.max(box.maxLat, lat);
  box.minLon = Math.min(box.minLon, lon);
  box.maxLon = Math.max(box.maxLon, lon);
  return null;
}

/** One polygon's rings as [lon, lat] pairs, each closed; or its first problem. */
function polygon(value: Json, box: Box, budget: VertexBudget): number[][][] | string {
  if (!Array.isArray(value) || value.length === 0) return "a polygon has no rings";
  const rings: number[][][] = [];
  for (const ring of value as Json[]) {
    if (!Array.isArray(ring)) return "a ring is not a list of positions";
    budget.take(ring.length);
    const points: number[][] = [];
    for (const at of ring as Json[]) {
      const problem = position(at, box);
      if (problem) return problem;
      const [lon, lat] = at as number[];
      points.push([lon, lat]);
    }
    const [first, last] = [points[0], points[points.length - 1]];
    // GeoJSON repeats the first position last; a file that does not is closed here.
    if (first && (first[0] !== last[0] || first[1] !== last[1])) points.push(first);
    if (points.length < 4) return "a ring has fewer than 3 distinct positions";
    rings.push(points);
  }
  return rings;
}

const emptyBox = (): Box => ({
  minLat: Infinity,
  maxLat: -Infinity,
  minLon: Infinity,
  maxLon: -Infinity,
});

const PROPERTY_NAMES = {
  name: ["name", "NAME", "Name", "ORIG_NAME"],
  designation: ["designation", "DESIG_ENG", "DESIG", "Designation"],
  country: ["country", "COUNTRY", "iso2", "ISO2"],
  id: ["WDPAID", "wdpaid", "id", "ID"],
  radius: ["radius_m", "radius", "RADIUS_M"],
  /** WDPA points carry a reported area (km²) instead of a radius. */
  reportedArea: ["REP_AREA", "rep_area"],
} as const;

function property(properties: Record<string, Json>, names: readonly string[]): Json {
  for (const name of names) if (properties[name] !== undefined) return properties[name];
  return undefined;
}

function feature(
  value: Json,
  row: number,
  budget: VertexBudget,
): { area: AreaDraft } | { error: CsvRowError } {
  const fail = (column: string | null, message: string) => ({ error: { row, column, message } });
  if (!isObject(value) || value.type !== "Feature") return fail(null, "is not a Feature");
  const properties = isObject(value.properties) ? value.properties : {};
  const name = text(property(properties, PROPERTY_NAMES.name), MAX_AREA_NAME_LENGTH);
  if (!name) return fail("properties.name", "is required");
  const designation = text(
    property(properties, PROPERTY_NAMES.designation),
    MAX_DESIGNATION_LENGTH,
  );
  const countryText = text(property(properties, PROPERTY_NAMES.country), 10)?.toUpperCase();
  // WDPA writes ISO3 codes; only an alpha-2 code is kept, anything else is left out.
  const country = countryText && isISO31661Alpha2(countryText) ? countryText : null;
  const id =
    text(property(properties, PROPERTY_NAMES.id), 100) ?? text(value.id as Json, 100) ?? null;
  const geometry = value.geometry;
  if (!isObject(geometry)) return fail("geometry", "is missing");
  const box = emptyBox();
  const base = { row, name, designation, country, areaKey: keyOf(id, name, designation, country) };
  const before = budget.used;
  if (geometry.type === "Point") {
    const problem = position(geometry.coordinates, box);
    if (problem) return fail("geometry.coordinates", problem);
    budget.take(1);
    let radiusM = property(properties, PROPERTY_NAMES.radius);
    const reported = property(properties, PROPERTY_NAMES.reportedArea);
    if (radiusM === undefined && typeof reported === "number" && reported > 0)
      radiusM = Math.sqrt((reported * 1e6) / Math.PI);
    if (typeof radiusM === "string" && radiusM.trim() !== "") radiusM = Number(radiusM);
    if (typeof radiusM !== "number" || !Number.isFinite(radiusM) || radiusM <= 0)
      return fail("properties.radius_m", "a Point needs a radius in metres above 0");
    if (radiusM > MAX_AREA_RADIUS_M)
      return fail("properties.radius_m", `is above ${MAX_AREA_RADIUS_M} m`);
    return { area: { ...base, ...box, shape: AreaShape.POINT, polygons: null, radiusM } };
  }
  let polygons: PolygonSet;
  if (geometry.type === "Polygon") {
    const read = polygon(geometry.coordinates, box, budget);
    if (typeof read === "string") return fail("geometry.coordinates", read);
    polygons = [read];
  } else if (geometry.type === "MultiPolygon") {
    if (!Array.isArray(geometry.coordinates) || geometry.coordinates.length === 0)
      return fail("geometry.coordinates", "a MultiPolygon has no polygons");
    polygons = [];
    for (const part of geometry.coordinates as Json[]) {
      const read = polygon(part, box, budget);
      if (typeof read === "string") return fail("geometry.coordinates", read);
      polygons.push(read);
    }
  } else {
    return fail("geometry.type", `is ${String(geometry.type)}; Polygon, MultiPolygon or Point`);
  }
  if (budget.used - before > MAX_FEATURE_VERTICES)
    return fail("geometry.coordinates", `has more than ${MAX_FEATURE_VERTICES} vertices`);
  return { area: { ...base, ...box, shape: AreaShape.POLYGON, polygons, radiusM: null } };
}

export function readGeoJson(source: string): AreaFileRead {
  let parsed: Json;
  try {
    parsed = JSON.parse(source.replace(/^\uFEFF/, ""));
  } catch (error) {
    throw new AreaFileRefused(`is not valid JSON (${(error as Error).message})`);
  }
  if (!isObject(parsed) || parsed.type !== "FeatureCollection" || !Array.isArray(parsed.features))
    throw new AreaFileRefused("is not a GeoJSON FeatureCollection");
  const features = parsed.features as Json[];
  if (features.length > MAX_AREA_FEATURES)
    throw new AreaFileRefused(
      `has ${features.length} features; at most ${MAX_AREA_FEATURES} per file`,
    );
  const budget = new VertexBudget();
  const areas: AreaDraft[] = [];
  const errors: CsvRowError[] = [];
  features.forEach((value, index) => {
    const read = feature(value, index + 1, budget);
    if ("area" in read) areas.push(read.area);
    else errors.push(read.error);
  });
  if (features.length === 0) errors.push({ row: 1, column: null, message: "has no features" });
  return { format: AreaFileFormat.GEOJSON, areas, rowCount: features.length, errors };
}

type Column = "name" | "designation" | "country" | "lat" | "lon" | "radius";

const HEADERS: Record<Column, string[]> = {
  name: ["name", "areaname"],
  designation: ["designation", "desig", "desigeng"],
  country: ["country", "countrycode", "iso2"],
  lat: ["lat", "latitude"],
  lon: ["lon", "lng", "long", "longitude"],
  radius: ["radiusm", "radius"],
};
const REQUIRED: Column[] = ["name", "lat", "lon", "radius"];
const headerKey = (header: string) => header.toLowerCase().replace(/[^a-z]/g, "");

function coordinate(cell: string, limit: number): number | null {
  if (!/^-?\d+(\.\d+)?$/.test(cell)) return null;
  const value = Number(cell);
  return Math.abs(value) <= limit ? value : null;
}

/** A table of point areas: each row a centre and a radius in metres. */
export function readAreaTable(file: readonly CsvRecord[]): AreaFileRead {
  const records = file.filter((r) => r.cells.some((c) => c.trim() !== ""));
  const header = records.shift();
  const read = (errors: CsvRowError[], areas: AreaDraft[] = []): AreaFileRead => ({
    format: AreaFileFormat.CSV,
    areas,
    rowCount: records.length,
    errors,
  });
  if (!header) return read([{ row: 1, column: null, message: "the file is empty" }]);
  const index = {} as Record<Column, number>;
  const names = {} as Record<Column, string>;
  for (const column of Object.keys(HEADERS) as Column[]) {
    const at = header.cells.findIndex((cell) => HEADERS[column].includes(headerKey(cell)));
    index[column] = at;
    names[column] = at >= 0 ? header.cells[at].trim() : column;
  }
  const missing = REQUIRED.filter((column) => index[column] < 0);
  if (missing.length > 0)
    return read([
      {
        row: header.row,
        column: null,
        message: `the header has no ${missing.map((c) => (c === "radius" ? "radius_m" : c)).join(", ")} column`,
      },
    ]);
  if (records.length > MAX_AREA_FEATURES)
    throw new AreaFileRefused(`has ${records.length} rows; at most ${MAX_AREA_FEATURES} per file`);
  const errors: CsvRowError[] = [];
  const areas: AreaDraft[] = [];
  for (const record of records) {
    const cell = (column: Column) =>
      index[column] >= 0 ? (record.cells[index[column]] ?? "").trim() : "";
    const before = errors.length;
    const problem = (column: Column, message: string) =>
      errors.push({ row: record.row, column: names[column], message });
    const name = cell("name").slice(0, MAX_AREA_NAME_LENGTH);
    if (!name) problem("name", "is empty");
    const designation = cell("designation").slice(0, MAX_DESIGNATION_LENGTH) || null;
    const country = cell("country").toUpperCase() || null;
    if (country && !isISO31661Alpha2(country))
      problem("country", `"${cell("country")}" is not an ISO 3166-1 alpha-2 code`);
    const lat = coordinate(cell("lat"), 90);
    if (lat === null) problem("lat", `"${cell("lat")}" is not a latitude from -90 to 90`);
    const lon = coordinate(cell("lon"), 180);
    if (lon === null) problem("lon", `"${cell("lon")}" is not a longitude from -180 to 180`);
    const radiusM = /^\d+(\.\d+)?$/.test(cell("radius")) ? Number(cell("radius")) : null;
    if (radiusM === null || radiusM <= 0)
      problem("radius", `"${cell("radius")}" is not a radius in metres above 0`);
    else if (radiusM > MAX_AREA_RADIUS_M) problem("radius", `is above ${MAX_AREA_RADIUS_M} m`);
    if (errors.length > before) continue;
    areas.push({
      row: record.row,
      areaKey: keyOf(null, name, designation, country),
      name,
      designation,
      country,
      shape: AreaShape.POINT,
      polygons: null,
      radiusM: radiusM!,
      minLat: lat!,
      maxLat: lat!,
      minLon: lon!,
      maxLon: lon!,
    });
  }
  return read(errors, areas);
}
