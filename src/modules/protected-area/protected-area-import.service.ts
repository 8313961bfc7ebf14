import type { RequestContext } from "../../graphql/context";
import { reportedErrors, type ImportReport } from "../../graphql/import-report";
import { inTransaction, type Tx } from "../../database/transaction";
import { badInput } from "../../shared/errors";
import { readTable, TableFileError, TABLE_TYPES } from "../../shared/spreadsheet";
import { documentStore } from "../document/document-store";
import { readableDocument } from "../document/document.service";
import { requireRole, requireViewer } from "../identity/access";
import {
  AreaFileRefused,
  looksLikeGeoJson,
  readAreaTable,
  readGeoJson,
  type AreaDraft,
  type AreaFileRead,
} from "./area-file";
import { recheckEverything } from "./protected-area.check";
import { MAX_AREA_FILE_BYTES, MAX_LIST_NAME_LENGTH } from "./protected-area.limits";
import { PROTECTED_AREA_PERMISSIONS as P } from "./protected-area.permissions";

/** Areas per INSERT: polygons are large, so a statement stays well below the wire limits. */
const INSERT_BATCH = 200;

const onDocument = (message: string) => badInput([{ path: "documentId", message }]);

async function readAreaFile(
  ctx: RequestContext,
  documentId: string,
): Promise<{
  read: AreaFileRead;
  document: { id: string; filename: string; sha256: string };
}> {
  const document = await readableDocument(ctx, documentId);
  if (!document)
    throw onDocument("is not a document you may read (upload it with POST /documents)");
  if (!TABLE_TYPES.has(document.contentType))
    throw onDocument(
      `is ${document.contentType}; the import reads GeoJSON (a FeatureCollection), CSV or XLSX`,
    );
  // Checked before a byte is read: a parse holds the whole file and its geometry in memory.
  if (document.size > MAX_AREA_FILE_BYTES)
    throw onDocument(`is larger than ${MAX_AREA_FILE_BYTES / 1024 / 1024} MB: split the file`);
  const chunks: Buffer[] = [];
  for await (const chunk of documentStore.open(ctx.dataSource.manager, document.id))
    chunks.push(chunk as Buffer);
  const bytes = Buffer.concat(chunks);
  try {
    const text = document.contentType.startsWith("text/") ? bytes.toString("utf8") : null;
    const read =
      text !== null && looksLikeGeoJson(text)
        ? readGeoJson(text)
        : readAreaTable(await readTable(bytes, document.contentType));
    return { read, document };
  } catch (error) {
    if (error instanceof AreaFileRefused || error instanceof TableFileError)
      throw onDocument(error.message);
    throw error;
  }
}

async function insertAreas(
  manager: RequestContext["dataSource"]["manager"],
  versionId: string,
  areas: readonly AreaDraft[],
): Promise<void> {
  for (let at = 0; at < areas.length; at += INSERT_BATCH) {
    const batch = areas.slice(at, at + INSERT_BATCH);
    await manager.query(
      `INSERT INTO protected_area (version_id, area_key, name, designation, country, shape,
         polygons, radius_m, min_lat, max_lat, min_lon, max_lon)
       SELECT $1::uuid, * FROM unnest($2::varchar[], $3::varchar[], $4::varchar[], $5::char(2)[],
         $6::varchar[], $7::jsonb[], $8::float8[], $9::float8[], $10::float8[], $11::float8[],
         $12::float8[])`,
      [
        versionId,
        batch.map((a) => a.areaKey),
        batch.map((a) => a.name),
        batch.map((a) => a.designation),
        batch.map((a) => a.country),
        batch.map((a) => a.shape),
        batch.map((a) => (a.polygons ? JSON.stringify(a.polygons) : null)),
        batch.map((a) => a.radiusM),
        batch.map((a) => a.minLat),
        batch.map((a) => a.maxLat),
        batch.map((a) => a.minLon),
        batch.map((a) => a.maxLon),
      ],
    );
  }
}

/** Where a list version came from: the uploaded document (null: written by the portal). */
export interface AreaSource {
  id: string | null;
  filename: string;
  sha256: string;
}

/**
 * Stores a clean read as the next version of the list named `name` (created by its first
 * version) and re-checks every site and map node against the lists' newest versions, in the
 * caller's transaction. Returns the flags it opened.
 */
export async function storeAreaVersion(
  tx: Tx,
  name: string,
  source: AreaSource,
  read: AreaFileRead,
): Promise<number> {
  const viewer = requireViewer(tx.ctx);
  // One import of a list at a time: versions are numbered in order.
  await tx.manager.query("SELECT pg_advisory_xact_lock(hashtext('protected_area_list'))");
  let [list] = (await tx.manager.query(`SELECT id FROM protected_area_list WHERE name = $1`, [
    name,
  ])) as { id: string }[];
  if (!list) {
    [list] = (await tx.manager.query(
      `INSERT INTO protected_area_list (name, created_at) VALUES ($1, $2) RETURNING id`,
      [name, tx.now],
    )) as { id: string }[];
  }
  const [version] = (await tx.manager.query(
    `INSERT INTO protected_area_list_version (list_id, version, format, source_document_id,
       source_filename, source_sha256, area_count, imported_by_id, imported_at)
     SELECT $1, COALESCE(MAX(version), 0) + 1, $2, $3::uuid, $4, $5, $6, $7, $8
       FROM protected_area_list_version WHERE list_id = $1
     RETURNING id, version`,
    [
      list.id,
      read.format,
      source.id,
      source.filename.slice(0, 200),
      source.sha256,
      read.areas.length,
      viewer.userId,
      tx.now,
    ],
  )) as { id: string; version: number }[];
  await insertAreas(tx.manager, version.id, read.areas);
  const opened = await recheckEverything(tx);
  await tx.record({
    action: "protected_area_list.imported",
    entityType: "ProtectedAreaList",
    entityId: list.id,
    after: {
      name,
      version: version.version,
      versionId: version.id,
      format: read.format,
      areas: read.areas.length,
      documentId: source.id,
      sha256: source.sha256,
      flagsOpened: opened,
    },
  });
  return opened;
}

/**
 * Imports a protected-area file as the next version of the list named `listName`. All or
 * nothing: a file with any feature or row error saves nothing, and a dry run only reads and
 * reports. `inserted` counts the areas (a dry run: the areas the real run would store).
 */
export async function importProtectedAreas(
  ctx: RequestContext,
  listName: string,
  documentId: string,
  dryRun: boolean,
): Promise<ImportReport> {
  requireRole(ctx, ...P.importProtectedAreas);
  const name = listName.trim();
  if (name.length === 0 || name.length > MAX_LIST_NAME_LENGTH)
    throw badInput([
      { path: "listName", message: `must be 1 to ${MAX_LIST_NAME_LENGTH} characters` },
    ]);
  const { read, document } = await readAreaFile(ctx, documentId);
  const report = (applied: boolean): ImportReport => ({
    rows: read.rowCount,
    errors: reportedErrors(read.errors),
    applied,
    inserted: read.errors.length === 0 ? read.areas.length : 0,
    skipped: 0,
    updated: 0,
  });
  if (dryRun || read.errors.length > 0) return report(false);
  return inTransaction(ctx, async (tx) => {
    await storeAreaVersion(tx, name, document, read);
    return report(true);
  });
}
