import { isEmail, isISO31661Alpha2 } from "class-validator";
import type { CsvRecord, CsvRowError } from "../../shared/csv";
import { cellOf, readImportHeader } from "../../shared/import-columns";

/**
 * Reads a supplier master export (CSV or XLSX; docs/onboarding-and-integration.md): columns by
 * header, in any order, others ignored. Pure: the file's rows in, rows and row errors out; the
 * service matches rows to stored suppliers by `externalId`, resolves category codes and writes.
 */

/** One file holds at most this many suppliers: a day-one master fits, one transaction stays short. */
export const MAX_SUPPLIER_IMPORT_ROWS = 5000;

/** The template's headers, in its order (GET /imports/templates/suppliers.csv). */
export const SUPPLIER_TEMPLATE_HEADERS = [
  "externalId",
  "name",
  "legalName",
  "registrationNumber",
  "country",
  "contactEmail",
  "categories",
  "sites",
] as const;

/** The template's example row, under its headers. */
export const SUPPLIER_TEMPLATE_EXAMPLE = [
  "V-10001",
  "Sunrise Polysilicon Co",
  "Sunrise Polysilicon Co., Ltd.",
  "91320500MA1234567X",
  "CN",
  "esg@sunrise.example",
  "POLYSILICON|WAFER",
  "Suzhou plant@CN|Leshan plant@CN",
];

type Column = (typeof SUPPLIER_TEMPLATE_HEADERS)[number];

const HEADERS: Record<Column, readonly string[]> = {
  externalId: ["externalid", "vendorid", "erpvendorid", "erpid"],
  name: ["name", "suppliername"],
  legalName: ["legalname"],
  registrationNumber: ["registrationnumber", "registrationno", "regno"],
  country: ["country", "countrycode"],
  contactEmail: ["contactemail", "email"],
  categories: ["categories", "categorycodes", "category"],
  sites: ["sites", "site"],
};
const REQUIRED: Column[] = ["externalId", "name", "country"];
const LENGTHS: Partial<Record<Column, number>> = {
  externalId: 64,
  name: 200,
  legalName: 200,
  registrationNumber: 64,
  contactEmail: 254,
};
const MAX_SITE_NAME = 200;

export interface ImportedSite {
  name: string;
  country: string;
}

export interface SupplierImportRow {
  row: number;
  externalId: string;
  name: string;
  /** null: the cell is empty, which keeps what is stored (a file never erases a value). */
  legalName: string | null;
  registrationNumber: string | null;
  country: string;
  contactEmail: string | null;
  /** Material category codes, upper case; null: the cell is empty. */
  categoryCodes: string[] | null;
  sites: ImportedSite[] | null;
}

export interface SupplierFileRead {
  rows: SupplierImportRow[];
  /** Data rows read (blank ones not counted). */
  rowCount: number;
  errors: CsvRowError[];
  /** The headers as the file writes them, for the service's row errors. */
  names: Record<Column, string>;
}

/** `A|B;C`: the separators the categories and sites cells accept. */
const listOf = (cell: string): string[] =>
  cell
    .split(/[|;]/)
    .map((item) => item.trim())
    .filter((item) => item !== "");

/** `Suzhou plant@CN`: the last `@` splits a site's name from its country. */
function siteOf(item: string): ImportedSite | string {
  const at = item.lastIndexOf("@");
  if (at < 0) return `"${item}" is not name@country (e.g. Suzhou plant@CN)`;
  const name = item.slice(0, at).trim();
  const country = item
    .slice(at + 1)
    .trim()
    .toUpperCase();
  if (!name) return `"${item}" has no site name before @`;
  if (name.length > MAX_SITE_NAME) return `a site name is longer than ${MAX_SITE_NAME} characters`;
  if (!isISO31661Alpha2(country))
    return `"${item}": "${country}" is not an ISO 3166-1 alpha-2 country code`;
  return { name, country };
}

export function readSupplierFile(file: readonly CsvRecord[]): SupplierFileRead {
  const { columns, records, error } = readImportHeader(
    file,
    HEADERS,
    REQUIRED,
    MAX_SUPPLIER_IMPORT_ROWS,
  );
  const { names } = columns;
  if (error) return { rows: [], rowCount: records.length, errors: [error], names };
  const errors: CsvRowError[] = [];
  const rows: SupplierImportRow[] = [];
  const firstRowOf = new Map<string, number>();
  for (const record of records) {
    const cell = (column: Column) => cellOf(columns, record, column);
    const problem = (column: Column, message: string) =>
      errors.push({ row: record.row, column: names[column], message });
    const before = errors.length;
    for (const [column, max] of Object.entries(LENGTHS) as [Column, number][])
      if (cell(column).length > max) problem(column, `is longer than ${max} characters`);
    const externalId = cell("externalId");
    if (!externalId) problem("externalId", "is empty: every row needs the ERP vendor id");
    else {
      const first = firstRowOf.get(externalId);
      if (first !== undefined) problem("externalId", `repeats the externalId of row ${first}`);
      else firstRowOf.set(externalId, record.row);
    }
    const name = cell("name");
    if (!name) problem("name", "is empty");
    const country = cell("country").toUpperCase();
    if (!isISO31661Alpha2(country))
      problem("country", `"${cell("country")}" is not an ISO 3166-1 alpha-2 country code`);
    const contactEmail = cell("contactEmail") || null;
    if (contactEmail && !isEmail(contactEmail))
      problem("contactEmail", `"${contactEmail}" is not an e-mail address`);
    const categoryCodes = cell("categories")
      ? listOf(cell("categories")).map((c) => c.toUpperCase())
      : null;
    const sites: ImportedSite[] = [];
    for (const item of listOf(cell("sites"))) {
      const site = siteOf(item);
      if (typeof site === "string") problem("sites", site);
      else sites.push(site);
    }
    if (errors.length === before)
      rows.push({
        row: record.row,
        externalId,
        name,
        legalName: cell("legalName") || null,
        registrationNumber: cell("registrationNumber") || null,
        country,
        contactEmail,
        categoryCodes: categoryCodes && [...new Set(categoryCodes)],
        sites: cell("sites") ? sites : null,
      });
  }
  return { rows, rowCount: records.length, errors, names };
}
