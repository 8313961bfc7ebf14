import type { RequestContext } from "../../graphql/context";
import { reportedErrors, type ImportReport } from "../../graphql/import-report";
import { inTransaction, Tx } from "../../database/transaction";
import type { CsvRecord } from "../../shared/csv";
import { readImportTable } from "../document/import-table";
import { requireRole } from "../identity/access";
import { readScreeningFile, type ScreeningEntryRow } from "./screening-import";
import { indexEntries, type ListedEntry } from "./screening-match";
import { ScreeningListEntry } from "./screening-list-entry.entity";
import { ScreeningListVersion } from "./screening-list-version.entity";
import {
  allNodes,
  applyScreening,
  lockScreening,
  type ScreeningChanges,
} from "./screening.rescreen";
import { ScreeningListKind } from "./screening.enums";
import { SCREENING_PERMISSIONS } from "./screening.permissions";
import type { ScreeningImportResult } from "./screening.types";

export const SCREENING_LIST_VERSION = "ScreeningListVersion";

export const LIST_LABELS: Record<ScreeningListKind, string> = {
  [ScreeningListKind.RESTRICTED_ENTITY]: "restricted-entity",
  [ScreeningListKind.HIGH_RISK_REGION]: "high-risk-region",
};

const ENTRY_BATCH = 500;

/** Every map node against the file's entries (this list only; the other list is not touched). */
async function rescreenAll(
  tx: Tx,
  kind: ScreeningListKind,
  entries: readonly ListedEntry[],
  number: number,
  write: boolean,
): Promise<ScreeningChanges> {
  const index = indexEntries(entries);
  const total: ScreeningChanges = { found: 0, cleared: 0, kept: 0 };
  for await (const nodes of allNodes(tx)) {
    const changes = await applyScreening(
      tx,
      nodes,
      [kind],
      index,
      () => `not on version ${number} of the ${LIST_LABELS[kind]} list`,
      write,
    );
    total.found += changes.found;
    total.cleared += changes.cleared;
    total.kept += changes.kept;
  }
  return total;
}

const listed = (
  kind: ScreeningListKind,
  versionId: string,
  row: ScreeningEntryRow,
  id: string,
): ListedEntry => ({
  id,
  versionId,
  kind,
  name: row.name,
  aliases: row.aliases,
  regionCode: row.regionCode,
  matchKeys: row.matchKeys,
});

/**
 * Imports a screening list file as the list's next version, all or nothing, and re-screens
 * every map node against it in the same transaction: new matches become hits (the suppliers
 * are BLOCKED from this commit), hits of entries no longer listed are cleared. A dry run
 * checks the file and counts what the re-screen would change, writing nothing.
 */
export async function importScreeningList(
  ctx: RequestContext,
  kind: ScreeningListKind,
  documentId: string,
  dryRun: boolean,
): Promise<ScreeningImportResult> {
  requireRole(ctx, ...SCREENING_PERMISSIONS.importScreeningList);
  const { document: file, records } = await readImportTable(ctx, documentId);
  return importScreeningRecords(
    ctx,
    kind,
    { ...file, id: file.id as string | null },
    records,
    dryRun,
  );
}

/** The imported file as a version records it; the demo seed's lists have no upload. */
export interface ScreeningSource {
  id: string | null;
  filename: string;
  sha256: string;
}

/** `importScreeningList` for rows already read (the demo seed passes its own). */
export async function importScreeningRecords(
  ctx: RequestContext,
  kind: ScreeningListKind,
  file: ScreeningSource,
  records: readonly CsvRecord[],
  dryRun: boolean,
): Promise<ScreeningImportResult> {
  const viewer = requireRole(ctx, ...SCREENING_PERMISSIONS.importScreeningList);
  const today = ctx.clock.now().toISOString().slice(0, 10);
  const read = readScreeningFile(kind, records, today);
  const clean = read.errors.length === 0;
  const report = (applied: boolean): ImportReport => ({
    rows: read.rowCount,
    errors: reportedErrors(read.errors),
    applied,
    inserted: clean ? read.entries.length : 0,
    updated: 0,
    skipped: 0,
  });
  if (dryRun || !clean) {
    // A dry run reads in a transaction too (the same comparison), and writes nothing.
    return ctx.dataSource.transaction(async (manager) => {
      const tx = new Tx(manager, ctx);
      const changes = clean
        ? await rescreenAll(
            tx,
            kind,
            read.entries.map((row) => listed(kind, "dry-run", row, `row-${row.row}`)),
            0,
            false,
          )
        : { found: 0, cleared: 0, kept: 0 };
      return {
        report: report(false),
        version: null,
        hitsFound: changes.found,
        hitsCleared: changes.cleared,
        hitsKept: changes.kept,
      };
    });
  }
  return inTransaction(ctx, async (tx) => {
    // One import at a time, and no map edit's re-screen meanwhile: version numbers and hits
    // stay in order.
    await lockScreening(tx, "exclusive");
    const [{ last }] = (await tx.manager.query(
      `SELECT COALESCE(max(number), 0)::int AS last FROM screening_list_version WHERE kind = $1`,
      [kind],
    )) as { last: number }[];
    const number = last + 1;
    const inserted = await tx.manager.insert(ScreeningListVersion, {
      kind,
      number,
      entryCount: read.entries.length,
      sourceDocumentId: file.id,
      sourceFilename: file.filename,
      sourceSha256: file.sha256,
      importedById: viewer.userId,
      importedAt: tx.now,
    });
    const versionId = inserted.identifiers[0].id as string;
    const entries: ListedEntry[] = [];
    for (let at = 0; at < read.entries.length; at += ENTRY_BATCH) {
      const rows = read.entries.slice(at, at + ENTRY_BATCH);
      const result = await tx.manager.insert(
        ScreeningListEntry,
        rows.map((row) => ({
          versionId,
          name: row.name,
          aliases: row.aliases,
          country: row.country,
          regionCode: row.regionCode,
          source: row.source,
          listedOn: row.listedOn,
          matchKeys: row.matchKeys,
        })),
      );
      rows.forEach((row, i) =>
        entries.push(listed(kind, versionId, row, result.identifiers[i].id as string)),
      );
    }
    const changes = await rescreenAll(tx, kind, entries, number, true);
    await tx.record({
      action: "screeningList.imported",
      entityType: SCREENING_LIST_VERSION,
      entityId: versionId,
      after: {
        kind,
        number,
        entries: entries.length,
        file: file.filename,
        sha256: file.sha256,
        hitsFound: changes.found,
        hitsCleared: changes.cleared,
        hitsKept: changes.kept,
      },
    });
    return {
      report: report(true),
      version: await tx.manager.findOneByOrFail(ScreeningListVersion, { id: versionId }),
      hitsFound: changes.found,
      hitsCleared: changes.cleared,
      hitsKept: changes.kept,
    };
  });
}
