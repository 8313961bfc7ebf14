import type { RequestContext } from "../../graphql/context";
import { inTransaction } from "../../database/transaction";
import { badInput } from "../../shared/errors";
import { sentenceText } from "../../shared/i18n/sentences";
import { readImportTable } from "../document/import-table";
import { requireRole } from "../identity/access";
import { insertEntries, assertLabelFree, lockList } from "./regulatory-list.service";
import { RegulatoryListVersion } from "./regulatory-list-version.entity";
import { EntryApplicability, LIST_CODES, ThresholdBasis } from "./substance.enums";
import { MAX_LABEL_LENGTH, MAX_REPORTED_ERRORS } from "./substance.limits";
import { SUBSTANCE_PERMISSIONS } from "./substance.permissions";
import { LIST_VERSION, resolveSubstances } from "./substance.repository";
import type { ListImportReport } from "./substance.types";
import { readCandidateList, type CandidateListRead } from "./svhc-import";

/** REACH Article 7(2) and 33: notification and information duties above 0.1 % w/w per article. */
const SVHC_THRESHOLD_PERCENT = 0.1;
const SVHC_SCOPE = "per article";

function report(
  read: CandidateListRead,
  dryRun: boolean,
  applied: number,
  version: RegulatoryListVersion | null,
): ListImportReport {
  return {
    rows: read.rows,
    entries: read.entries.reduce((n, e) => n + Math.max(e.cas.length, 1), 0),
    applied,
    errorCount: read.errors.length,
    errors: read.errors.slice(0, MAX_REPORTED_ERRORS),
    dryRun,
    version,
  };
}

/**
 * Imports ECHA's candidate list export (an uploaded CSV or XLSX) as a new DRAFT version of REACH_SVHC,
 * every entry at 0.1 % per article. All or nothing: a file with any row error writes nothing
 * (a legal list silently missing an entry would pass articles it should not), and the report
 * names each bad cell by row and column. A dry run reads and reports without writing.
 */
export async function importSvhcList(
  ctx: RequestContext,
  documentId: string,
  versionLabel: string,
  effectiveDate: Date,
  dryRun: boolean,
): Promise<ListImportReport> {
  const viewer = requireRole(ctx, ...SUBSTANCE_PERMISSIONS.importSvhcList);
  const label = versionLabel.trim();
  if (!label || label.length > MAX_LABEL_LENGTH)
    throw badInput([
      {
        path: "versionLabel",
        message: label ? `must be at most ${MAX_LABEL_LENGTH} characters` : "must not be blank",
      },
    ]);
  const { document: file, records } = await readImportTable(ctx, documentId);
  const read = readCandidateList(records);
  if (dryRun || read.errors.length > 0) {
    // The label is checked on a dry run too, so a clean dry run means the import will go in.
    if (read.errors.length === 0)
      await inTransaction(ctx, async (tx) =>
        assertLabelFree(tx, await lockList(tx, LIST_CODES.REACH_SVHC), label),
      );
    return report(read, dryRun, 0, null);
  }
  return inTransaction(ctx, async (tx) => {
    const list = await lockList(tx, LIST_CODES.REACH_SVHC);
    await assertLabelFree(tx, list, label);
    // One entry per CAS number (a row listing several makes several); one without a CAS
    // stands for its substance by EC number or name.
    const keyed = read.entries.flatMap((entry) =>
      (entry.cas.length > 0 ? entry.cas : [null]).map((cas) => ({ entry, cas })),
    );
    const { ids, added } = await resolveSubstances(
      tx,
      keyed.map(({ entry, cas }) => ({
        cas,
        ec: entry.cas.length <= 1 ? entry.ec : null,
        name: entry.name,
      })),
    );
    // Two rows without CAS may name the same substance (same EC): one entry for it.
    const seen = new Set<string>();
    const rows = keyed.flatMap(({ entry }, index) => {
      if (seen.has(ids[index])) return [];
      seen.add(ids[index]);
      return [
        {
          substanceId: ids[index],
          groupId: null,
          listedName: entry.name,
          thresholdPercent: SVHC_THRESHOLD_PERCENT,
          basis: ThresholdBasis.ARTICLE,
          appliesTo: EntryApplicability.ALL,
          scope: SVHC_SCOPE,
          dateOfInclusion: entry.dateOfInclusion,
          reason: entry.reason,
        },
      ];
    });
    const [row] = (await tx.manager.query(
      `INSERT INTO regulatory_list_version (list_id, label, effective_date, status, imported_at,
         source, source_document_id, source_sha256, created_by_id, created_at)
       VALUES ($1, $2, $3, 'DRAFT', $4, $5, $6, $7, $8, $4) RETURNING id`,
      [
        list.id,
        label,
        effectiveDate,
        tx.now,
        sentenceText("en", "substance.svhcSource", {
          file: file.filename,
          day: tx.now.toISOString().slice(0, 10),
        }),
        file.id,
        file.sha256,
        viewer.userId,
      ],
    )) as { id: string }[];
    await insertEntries(tx, row.id, rows);
    const version = await tx.manager.findOneByOrFail(RegulatoryListVersion, { id: row.id });
    await tx.record({
      action: "regulatoryListVersion.imported",
      entityType: LIST_VERSION,
      entityId: version.id,
      after: {
        list: list.code,
        label,
        effectiveDate,
        rows: read.rows,
        entries: rows.length,
        substancesAdded: added,
        documentId: file.id,
        sha256: file.sha256,
      },
    });
    return report(read, false, rows.length, version);
  });
}
