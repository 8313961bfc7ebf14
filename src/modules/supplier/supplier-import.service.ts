import type { RequestContext } from "../../graphql/context";
import { reportedErrors, type ImportReport } from "../../graphql/import-report";
import { advisoryLock } from "../../database/change";
import { inTransaction, Tx } from "../../database/transaction";
import type { CsvRowError } from "../../shared/csv";
import { readImportTable } from "../document/import-table";
import { requireRole } from "../identity/access";
import { readSupplierFile, type SupplierImportRow } from "./supplier-import";
import type { CreateSupplierInput, UpdateSupplierInput } from "./supplier.inputs";
import { SUPPLIER_PERMISSIONS } from "./supplier.permissions";
import { applySupplierUpdate, insertSupplier } from "./supplier.service";

interface StoredSupplier {
  id: string;
  external_id: string;
  name: string;
  legal_name: string | null;
  registration_number: string | null;
  country: string;
  contact_email: string;
  archived: boolean;
  version: number;
}

interface StoredSite {
  id: string;
  supplier_id: string;
  name: string;
  country: string;
  address: string | null;
}

/** What one clean row does: create a supplier, change one (the fields that differ), or nothing. */
type Plan =
  | { kind: "create"; row: SupplierImportRow; input: CreateSupplierInput }
  | {
      kind: "update";
      row: SupplierImportRow;
      id: string;
      version: number;
      input: UpdateSupplierInput;
    }
  | { kind: "same"; row: SupplierImportRow };

const sameSite = (a: { name: string; country: string }, b: { name: string; country: string }) =>
  a.name.toLowerCase() === b.name.toLowerCase() && a.country === b.country;

/**
 * Each row against the stored suppliers (by externalId) and categories (by code), in four
 * queries. Only the buyer's master data is written: name, legal name, registration number,
 * country, categories (replaced), the contact e-mail, and sites the supplier does not have yet
 * (added; a site is never removed). The supplier's declared attributes are never touched.
 */
async function planRows(
  tx: Tx,
  rows: readonly SupplierImportRow[],
  names: Record<string, string>,
): Promise<{ plans: Plan[]; errors: CsvRowError[] }> {
  const ids = rows.map((r) => r.externalId);
  const stored: StoredSupplier[] =
    ids.length === 0
      ? []
      : await tx.manager.query(
          `SELECT id, external_id, name, legal_name, registration_number, country, contact_email,
                  archived, version
             FROM supplier WHERE external_id = ANY($1)`,
          [ids],
        );
  const byExternalId = new Map(stored.map((s) => [s.external_id, s]));
  const storedIds = stored.map((s) => s.id);
  const codes = [...new Set(rows.flatMap((r) => r.categoryCodes ?? []))];
  const categories: { id: string; code: string }[] =
    codes.length === 0
      ? []
      : await tx.manager.query(`SELECT id, code FROM material_category WHERE code = ANY($1)`, [
          codes,
        ]);
  const categoryByCode = new Map(categories.map((c) => [c.code, c.id]));
  const links: { supplier_id: string; category_id: string }[] =
    storedIds.length === 0
      ? []
      : await tx.manager.query(
          `SELECT supplier_id, category_id FROM supplier_category WHERE supplier_id = ANY($1)`,
          [storedIds],
        );
  const sites: StoredSite[] =
    storedIds.length === 0
      ? []
      : await tx.manager.query(
          `SELECT id, supplier_id, name, country, address FROM supplier_site
            WHERE supplier_id = ANY($1) ORDER BY name, id`,
          [storedIds],
        );

  const errors: CsvRowError[] = [];
  const plans: Plan[] = [];
  for (const row of rows) {
    const problem = (column: string, message: string) =>
      errors.push({ row: row.row, column: names[column], message });
    const unknown = (row.categoryCodes ?? []).filter((code) => !categoryByCode.has(code));
    if (unknown.length > 0)
      problem(
        "categories",
        `no material category with code ${unknown.map((c) => `"${c}"`).join(", ")}`,
      );
    const categoryIds = row.categoryCodes?.map((code) => categoryByCode.get(code)!);
    const existing = byExternalId.get(row.externalId);
    if (!existing) {
      if (!row.contactEmail) problem("contactEmail", "is empty: a new supplier needs one");
      if (unknown.length === 0 && row.contactEmail)
        plans.push({
          kind: "create",
          row,
          input: {
            name: row.name,
            legalName: row.legalName ?? undefined,
            registrationNumber: row.registrationNumber ?? undefined,
            country: row.country,
            contactEmail: row.contactEmail,
            categoryIds,
            sites: row.sites ?? undefined,
          },
        });
      continue;
    }
    if (existing.archived) {
      problem("externalId", `is supplier ${existing.name}, which is archived: it cannot be edited`);
      continue;
    }
    if (unknown.length > 0) continue;
    const input: UpdateSupplierInput = {};
    if (row.name !== existing.name) input.name = row.name;
    if (row.legalName !== null && row.legalName !== existing.legal_name)
      input.legalName = row.legalName;
    if (row.registrationNumber !== null && row.registrationNumber !== existing.registration_number)
      input.registrationNumber = row.registrationNumber;
    if (row.country !== existing.country) input.country = row.country;
    if (row.contactEmail !== null && row.contactEmail !== existing.contact_email)
      input.contactEmail = row.contactEmail;
    if (categoryIds) {
      const had = new Set(
        links.filter((l) => l.supplier_id === existing.id).map((l) => l.category_id),
      );
      if (had.size !== categoryIds.length || categoryIds.some((id) => !had.has(id)))
        input.categoryIds = categoryIds;
    }
    if (row.sites) {
      const own = sites.filter((s) => s.supplier_id === existing.id);
      const added = row.sites.filter(
        (site, i) =>
          !own.some((s) => sameSite(s, site)) &&
          row.sites!.findIndex((other) => sameSite(other, site)) === i,
      );
      if (added.length > 0)
        input.sites = [
          ...own.map((s) => ({ id: s.id, name: s.name, country: s.country, address: s.address })),
          ...added,
        ];
    }
    plans.push(
      Object.keys(input).length === 0
        ? { kind: "same", row }
        : { kind: "update", row, id: existing.id, version: existing.version, input },
    );
  }
  return { plans, errors };
}

/**
 * Imports an uploaded supplier master (CSV or XLSX). All or nothing: a file with any row
 * error saves nothing, and the report lists every error with its row and column. A dry run
 * checks the same and counts what a real run would create and change, writing nothing. Rows
 * match stored suppliers by externalId, so a re-import changes them instead of duplicating.
 */
export async function importSuppliers(
  ctx: RequestContext,
  documentId: string,
  dryRun: boolean,
): Promise<ImportReport> {
  requireRole(ctx, ...SUPPLIER_PERMISSIONS.importSuppliers);
  const { document: file, records } = await readImportTable(ctx, documentId);
  const read = readSupplierFile(records);
  const run = async (tx: Tx): Promise<ImportReport> => {
    const { plans, errors } = await planRows(tx, read.rows, read.names);
    const allErrors = [...read.errors, ...errors];
    const count = (kind: Plan["kind"]) => plans.filter((p) => p.kind === kind).length;
    const clean = allErrors.length === 0;
    const report: ImportReport = {
      rows: read.rowCount,
      errors: reportedErrors(allErrors),
      applied: clean && !dryRun,
      inserted: clean ? count("create") : 0,
      updated: clean ? count("update") : 0,
      skipped: clean ? count("same") : 0,
    };
    if (dryRun || !clean) return report;
    // The same paths as createSupplier and updateSupplier: their hooks (the risk register's
    // "gained a category", the standing recompute) run for every imported supplier.
    for (const plan of plans) {
      if (plan.kind === "create") await insertSupplier(tx, plan.input, plan.row.externalId);
      else if (plan.kind === "update")
        await applySupplierUpdate(tx, plan.id, plan.version, plan.input);
    }
    await tx.record({
      action: "suppliers.imported",
      entityType: "Document",
      entityId: file.id,
      after: {
        rows: report.rows,
        inserted: report.inserted,
        updated: report.updated,
        skipped: report.skipped,
      },
    });
    return report;
  };
  // A dry run reads in a transaction too (the same checks), and writes nothing.
  if (dryRun || read.errors.length > 0)
    return ctx.dataSource.transaction((manager) => run(new Tx(manager, ctx)));
  // One import at a time: two files naming the same new externalId cannot both create it.
  return inTransaction(ctx, async (tx) => {
    await advisoryLock(tx, "supplier_import");
    return run(tx);
  });
}
