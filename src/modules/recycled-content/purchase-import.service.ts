import type { RequestContext } from "../../graphql/context";
import { inTransaction, Tx } from "../../database/transaction";
import { readImportTable } from "../document/import-table";
import { isUuid } from "../../shared/text";
import { requireRole } from "../identity/access";
import { readPurchaseFile, type PurchaseRow, type PurchaseRowError } from "./purchase-import";
import { MAX_IMPORT_ERRORS } from "./recycled-content.limits";
import { RECYCLED_CONTENT_PERMISSIONS } from "./recycled-content.permissions";
import type { ImportReport } from "./recycled-content.types";

interface Resolved {
  supplierId: string;
  categoryId: string;
}

/**
 * Each row's supplier (by id, else registration number, else exact name) and category (by
 * code), in two queries; a name two suppliers share is an error, not a guess.
 */
async function resolveRows(
  tx: Tx,
  rows: readonly PurchaseRow[],
  supplierColumn: string,
  categoryColumn: string,
): Promise<{ resolved: (Resolved | null)[]; errors: PurchaseRowError[] }> {
  const keys = [...new Set(rows.map((r) => r.supplier))];
  const suppliers: { id: string; registration_number: string | null; name: string }[] =
    keys.length === 0
      ? []
      : await tx.manager.query(
          `SELECT id, registration_number, name FROM supplier
            WHERE id::text = ANY($1) OR registration_number = ANY($1) OR name = ANY($1)`,
          [keys],
        );
  const codes = [...new Set(rows.map((r) => r.category))];
  const categories: { id: string; code: string }[] =
    codes.length === 0
      ? []
      : await tx.manager.query(`SELECT id, code FROM material_category WHERE code = ANY($1)`, [
          codes,
        ]);
  const categoryByCode = new Map(categories.map((c) => [c.code, c.id]));
  const supplierOf = (key: string): string | string[] | null => {
    const byId = isUuid(key) ? suppliers.find((s) => s.id === key.toLowerCase()) : undefined;
    if (byId) return byId.id;
    const byRegistration = suppliers.filter((s) => s.registration_number === key);
    if (byRegistration.length === 1) return byRegistration[0].id;
    const byName = suppliers.filter((s) => s.name === key);
    if (byName.length === 1) return byName[0].id;
    return byRegistration.length + byName.length > 1
      ? [...byRegistration, ...byName].map((s) => s.id)
      : null;
  };
  const errors: PurchaseRowError[] = [];
  const resolved = rows.map((row) => {
    const supplier = supplierOf(row.supplier);
    const categoryId = categoryByCode.get(row.category);
    if (supplier === null)
      errors.push({
        row: row.row,
        column: supplierColumn,
        message: `no supplier "${row.supplier}" (id, registration number or name)`,
      });
    else if (Array.isArray(supplier))
      errors.push({
        row: row.row,
        column: supplierColumn,
        message: `"${row.supplier}" names ${supplier.length} suppliers: give the id or registration number`,
      });
    if (!categoryId)
      errors.push({
        row: row.row,
        column: categoryColumn,
        message: `no material category with code "${row.category}"`,
      });
    return typeof supplier === "string" && categoryId ? { supplierId: supplier, categoryId } : null;
  });
  return { resolved, errors };
}

/**
 * Imports an ERP purchase export. All or nothing: a file with any row error saves nothing,
 * and the report lists every error with its row. A dry run reads, checks and reports without
 * saving. Rows whose reference is already saved are skipped, so a re-import counts nothing twice.
 */
export async function importPurchases(
  ctx: RequestContext,
  documentId: string,
  dryRun: boolean,
): Promise<ImportReport> {
  const viewer = requireRole(ctx, ...RECYCLED_CONTENT_PERMISSIONS.importPurchases);
  const { document: file, records } = await readImportTable(ctx, documentId);
  const read = readPurchaseFile(records);
  const report = (
    errors: PurchaseRowError[],
    inserted: number,
    skipped: number,
    applied: boolean,
  ): ImportReport => ({
    rows: read.rowCount,
    errors: [...errors].sort((a, b) => a.row - b.row).slice(0, MAX_IMPORT_ERRORS),
    applied,
    inserted,
    skipped,
    updated: 0,
  });
  const run = async (tx: Tx): Promise<ImportReport> => {
    const { resolved, errors } = await resolveRows(
      tx,
      read.rows,
      read.headers.supplier,
      read.headers.category,
    );
    const allErrors = [...read.errors, ...errors];
    const references = read.rows.map((r) => r.reference).filter((r): r is string => r !== null);
    const existing = new Set(
      references.length === 0
        ? []
        : (
            (await tx.manager.query(
              `SELECT reference FROM purchase_record WHERE reference = ANY($1)`,
              [references],
            )) as { reference: string }[]
          ).map((r) => r.reference),
    );
    const fresh = read.rows.flatMap((row, i) =>
      row.reference && existing.has(row.reference) ? [] : [{ row, ids: resolved[i]! }],
    );
    const skipped = read.rows.length - fresh.length;
    if (dryRun || allErrors.length > 0) return report(allErrors, 0, skipped, false);
    if (fresh.length > 0) {
      await tx.manager.query(
        `INSERT INTO purchase_record (supplier_id, category_id, period, quantity_kg, reference,
           created_by_id, created_at, source_document_id)
         SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::date[], $4::numeric[], $5::varchar[],
           $6::uuid[], $7::timestamptz[], $8::uuid[])`,
        [
          fresh.map((f) => f.ids.supplierId),
          fresh.map((f) => f.ids.categoryId),
          fresh.map((f) => f.row.period),
          fresh.map((f) => f.row.quantityKg),
          fresh.map((f) => f.row.reference),
          fresh.map(() => viewer.userId),
          fresh.map(() => tx.now),
          fresh.map(() => file.id),
        ],
      );
    }
    await tx.record({
      action: "purchases.imported",
      entityType: "Document",
      entityId: file.id,
      after: { rows: read.rowCount, inserted: fresh.length, skipped },
    });
    return report([], fresh.length, skipped, true);
  };
  // A dry run reads in a transaction too (the same checks), and writes nothing.
  if (dryRun || read.errors.length > 0)
    return ctx.dataSource.transaction((manager) => run(new Tx(manager, ctx)));
  // One writer at a time: two imports of the same file cannot both pass the reference check.
  return inTransaction(ctx, async (tx) => {
    await tx.manager.query("SELECT pg_advisory_xact_lock(hashtext('purchase_record'))");
    return run(tx);
  });
}
