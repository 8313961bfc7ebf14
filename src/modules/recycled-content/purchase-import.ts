import type { CsvRecord, CsvRowError } from "../../shared/csv";
import { monthStart } from "./month";
import { MAX_IMPORT_ROWS, MAX_QUANTITY_KG, MAX_REFERENCE_LENGTH } from "./recycled-content.limits";

/**
 * Reads an ERP purchase export (CSV or XLSX): columns by header, in any order, others ignored:
 * `supplier` (id, registration number or exact name), `category` (code), `period` (YYYY-MM),
 * `quantity_kg`, and optionally `reference`. Pure: the file's rows in, rows and row errors out; the
 * service resolves suppliers and categories and writes.
 */

export type PurchaseRowError = CsvRowError;

export interface PurchaseRow {
  row: number;
  supplier: string;
  category: string;
  /** The 1st of the month, `YYYY-MM-DD`. */
  period: string;
  quantityKg: number;
  reference: string | null;
}

export interface PurchaseFileRead {
  rows: PurchaseRow[];
  /** Data rows read (blank ones not counted). */
  rowCount: number;
  errors: PurchaseRowError[];
  /** The supplier and category columns' headers as the file writes them. */
  headers: { supplier: string; category: string };
}

type Column = "supplier" | "category" | "period" | "quantity" | "reference";

const HEADERS: Record<Column, string[]> = {
  supplier: ["supplier", "supplierid", "suppliername"],
  category: ["category", "categorycode", "materialcategory"],
  period: ["period", "month"],
  quantity: ["quantitykg", "quantity", "kg"],
  reference: ["reference", "ref", "erpreference"],
};
const REQUIRED: Column[] = ["supplier", "category", "period", "quantity"];

const keyOf = (header: string) => header.toLowerCase().replace(/[^a-z]/g, "");

/**
 * `1234.5` or `1234,5` kg (a European sheet writes a decimal comma). No thousands separator:
 * one mark is always the decimal one, so `1,234` is 1.234 kg, never 1 234.
 */
export function parseQuantity(text: string): number | null {
  const value = text.trim();
  if (!/^\d+([.,]\d+)?$/.test(value)) return null;
  return Number(value.replace(",", "."));
}

export function readPurchaseFile(file: readonly CsvRecord[]): PurchaseFileRead {
  const records = file.filter((r) => r.cells.some((c) => c.trim() !== ""));
  const errors: PurchaseRowError[] = [];
  const header = records.shift();
  if (!header)
    return {
      rows: [],
      rowCount: 0,
      errors: [{ row: 1, column: null, message: "the file is empty" }],
      headers: { supplier: "supplier", category: "category" },
    };
  const index = {} as Record<Column, number>;
  const names = {} as Record<Column, string>;
  for (const column of Object.keys(HEADERS) as Column[]) {
    const at = header.cells.findIndex((cell) => HEADERS[column].includes(keyOf(cell)));
    index[column] = at;
    names[column] = at >= 0 ? header.cells[at].trim() : column;
  }
  const headers = { supplier: names.supplier, category: names.category };
  const missing = REQUIRED.filter((column) => index[column] < 0);
  if (missing.length > 0)
    return {
      rows: [],
      rowCount: records.length,
      headers,
      errors: [
        {
          row: header.row,
          column: null,
          message: `the header has no ${missing.map((c) => (c === "quantity" ? "quantity_kg" : c)).join(", ")} column`,
        },
      ],
    };
  if (records.length > MAX_IMPORT_ROWS)
    return {
      rows: [],
      rowCount: records.length,
      headers,
      errors: [
        { row: header.row, column: null, message: `at most ${MAX_IMPORT_ROWS} rows per file` },
      ],
    };
  const rows: PurchaseRow[] = [];
  const seenReferences = new Map<string, number>();
  for (const record of records) {
    const cell = (column: Column) =>
      index[column] >= 0 ? (record.cells[index[column]] ?? "").trim() : "";
    const problem = (column: Column, message: string) =>
      errors.push({ row: record.row, column: names[column], message });
    const before = errors.length;
    const supplier = cell("supplier");
    if (!supplier) problem("supplier", "is empty");
    const category = cell("category");
    if (!category) problem("category", "is empty");
    // A spreadsheet turns "2026-03" into a date cell: the 1st of the month reads as that month.
    const period = monthStart(cell("period").replace(/^(\d{4}-\d{2})-01$/, "$1"));
    if (!period) problem("period", `"${cell("period")}" is not a month (YYYY-MM)`);
    const quantityKg = parseQuantity(cell("quantity"));
    if (quantityKg === null || quantityKg <= 0)
      problem("quantity", `"${cell("quantity")}" is not a quantity in kg above 0`);
    else if (quantityKg > MAX_QUANTITY_KG) problem("quantity", `is above ${MAX_QUANTITY_KG} kg`);
    const reference = cell("reference") || null;
    if (reference && reference.length > MAX_REFERENCE_LENGTH)
      problem("reference", `is longer than ${MAX_REFERENCE_LENGTH} characters`);
    else if (reference) {
      const first = seenReferences.get(reference);
      if (first !== undefined) problem("reference", `repeats the reference of row ${first}`);
      else seenReferences.set(reference, record.row);
    }
    if (errors.length === before)
      rows.push({
        row: record.row,
        supplier,
        category,
        period: period!,
        quantityKg: quantityKg!,
        reference,
      });
  }
  return { rows, rowCount: records.length, errors, headers };
}
