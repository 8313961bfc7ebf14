import type { CsvRecord, CsvRowError } from "./csv";

/** A header as a reader compares it: letters only, lower case ("External ID" is "externalid"). */
export const headerKey = (header: string): string => header.toLowerCase().replace(/[^a-z]/g, "");

/** Where each column of an import is (by header, any order; -1: absent) and its header as written. */
export interface ImportColumns<C extends string> {
  index: Record<C, number>;
  names: Record<C, string>;
}

/** Finds each column by the header keys it may have (`headerKey` forms); others are ignored. */
export function importColumns<C extends string>(
  header: CsvRecord,
  accepted: Readonly<Record<C, readonly string[]>>,
): ImportColumns<C> {
  const index = {} as Record<C, number>;
  const names = {} as Record<C, string>;
  for (const column of Object.keys(accepted) as C[]) {
    const at = header.cells.findIndex((cell) => accepted[column].includes(headerKey(cell)));
    index[column] = at;
    names[column] = at >= 0 ? header.cells[at].trim() : column;
  }
  return { index, names };
}

/**
 * The file's rows without blank ones, split into the header and the data rows, or the one
 * error that stops reading: no header, a missing required column, more rows than `maxRows`.
 */
export function readImportHeader<C extends string>(
  file: readonly CsvRecord[],
  accepted: Readonly<Record<C, readonly string[]>>,
  required: readonly C[],
  maxRows: number,
): { columns: ImportColumns<C>; records: CsvRecord[]; error: CsvRowError | null } {
  const records = file.filter((r) => r.cells.some((c) => c.trim() !== ""));
  const header = records.shift();
  if (!header) {
    const columns = importColumns({ row: 1, cells: [] }, accepted);
    return { columns, records, error: { row: 1, column: null, message: "the file is empty" } };
  }
  const columns = importColumns(header, accepted);
  const missing = required.filter((column) => columns.index[column] < 0);
  const error: CsvRowError | null =
    missing.length > 0
      ? { row: header.row, column: null, message: `the header has no ${missing.join(", ")} column` }
      : records.length > maxRows
        ? { row: header.row, column: null, message: `at most ${maxRows} rows per file` }
        : null;
  return { columns, records, error };
}

/** A row's trimmed cell of a column ("" when the column is absent). */
export function cellOf<C extends string>(
  columns: ImportColumns<C>,
  record: CsvRecord,
  column: C,
): string {
  const at = columns.index[column];
  return at >= 0 ? (record.cells[at] ?? "").trim() : "";
}
