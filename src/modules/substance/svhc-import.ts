import { casProblem, EC_FORMAT, normaliseCas } from "./cas";
import type { CsvRecord, CsvRowError } from "../../shared/csv";
import {
  MAX_ENTRIES_PER_VERSION,
  MAX_REASON_LENGTH,
  MAX_SUBSTANCE_NAME_LENGTH,
} from "./substance.limits";

/**
 * Reads ECHA's Candidate List export (CSV or XLSX, as "Export" on the candidate list page saves
 * it): one row per entry with the columns name, EC, CAS, date of inclusion
 * and reason (matched by header, in any order, other columns ignored). Pure: the file's rows in,
 * entries and row errors out; the service writes them.
 */

export type ImportRowError = CsvRowError;

export interface CandidateEntry {
  row: number;
  name: string;
  /** A substance per CAS number; several when the cell lists several (boric acid's forms). */
  cas: string[];
  ec: string | null;
  dateOfInclusion: string;
  reason: string | null;
}

export interface CandidateListRead {
  /** Data rows read (blank rows not counted). */
  rows: number;
  entries: CandidateEntry[];
  errors: ImportRowError[];
}

type Column = "name" | "ec" | "cas" | "date" | "reason";

const HEADERS: Record<Column, (key: string) => boolean> = {
  name: (k) => k === "name" || k === "substancename" || k === "substance",
  ec: (k) => k === "ec" || k === "ecno" || k === "ecnumber",
  cas: (k) => k === "cas" || k === "casno" || k === "casnumber",
  date: (k) => k.startsWith("dateofinclusion") || k === "inclusiondate",
  reason: (k) => k.startsWith("reasonforinclusion") || k === "reason",
};
const COLUMNS = Object.keys(HEADERS) as Column[];
const HEADER_SEARCH_ROWS = 10;

const keyOf = (header: string) => header.toLowerCase().replace(/[^a-z]/g, "");

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/** ISO day from `2018-06-27`, `27/06/2018`, `27.06.2018`, `27-Jun-2018` or `27 June 2018`. */
export function parseInclusionDate(text: string): string | null {
  const value = text.trim();
  let year: number, month: number, day: number;
  let m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ].*)?$/.exec(value);
  if (m) [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  else if ((m = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$/.exec(value)))
    [day, month, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
  else if ((m = /^(\d{1,2})[- ]([A-Za-z]{3,9})[- ](\d{4})$/.exec(value))) {
    const index = MONTHS.indexOf(m[2].slice(0, 3).toLowerCase());
    if (index < 0) return null;
    [day, month, year] = [Number(m[1]), index + 1, Number(m[3])];
  } else return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (
    date.getUTCFullYear() !== year ||
    date.getUTCMonth() !== month - 1 ||
    date.getUTCDate() !== day
  )
    return null;
  return date.toISOString().slice(0, 10);
}

/** The cell's numbers: none for blank or "-", several when separated by commas, ; or space. */
const numbersIn = (cell: string): string[] =>
  cell
    .split(/[,;\s]+/)
    .map((part) => part.trim())
    .filter((part) => part.length > 0 && !/^[-\u2013\u2014]+$/.test(part));

export function readCandidateList(records: readonly CsvRecord[]): CandidateListRead {
  const errors: ImportRowError[] = [];
  const headerIndex = records
    .slice(0, HEADER_SEARCH_ROWS)
    .findIndex(
      (r) =>
        r.cells.some((c) => HEADERS.name(keyOf(c))) && r.cells.some((c) => HEADERS.cas(keyOf(c))),
    );
  if (headerIndex < 0) {
    return {
      rows: 0,
      entries: [],
      errors: [
        {
          row: 1,
          column: null,
          message:
            "no header row with the columns name, EC, CAS, date of inclusion and reason in the first 10 rows",
        },
      ],
    };
  }
  const header = records[headerIndex];
  const at = {} as Record<Column, number>;
  for (const column of COLUMNS) {
    at[column] = header.cells.findIndex((c) => HEADERS[column](keyOf(c)));
  }
  const missing = COLUMNS.filter((column) => at[column] < 0);
  if (missing.length > 0) {
    return {
      rows: 0,
      entries: [],
      errors: [
        {
          row: header.row,
          column: null,
          message: `the header has no column for: ${missing.join(", ")}`,
        },
      ],
    };
  }
  const title = (column: Column) => header.cells[at[column]].trim();
  const entries: CandidateEntry[] = [];
  const seenCas = new Map<string, number>();
  let rows = 0;
  for (const record of records.slice(headerIndex + 1)) {
    if (record.cells.every((c) => c.trim() === "")) continue;
    rows++;
    if (rows > MAX_ENTRIES_PER_VERSION) {
      errors.push({
        row: record.row,
        column: null,
        message: `more than ${MAX_ENTRIES_PER_VERSION} entries: a list version holds at most that many`,
      });
      break;
    }
    const cell = (column: Column) => (record.cells[at[column]] ?? "").trim();
    const rowErrors: ImportRowError[] = [];
    const problem = (column: Column, message: string) =>
      rowErrors.push({ row: record.row, column: title(column), message });

    const name = cell("name").replace(/\s+/g, " ");
    if (!name) problem("name", "is blank: every entry needs the substance's name");
    else if (name.length > MAX_SUBSTANCE_NAME_LENGTH)
      problem("name", `is longer than ${MAX_SUBSTANCE_NAME_LENGTH} characters`);

    const cas: string[] = [];
    for (const raw of numbersIn(cell("cas"))) {
      const value = normaliseCas(raw);
      const why = casProblem(value);
      if (why) problem("cas", `"${raw}" ${why}`);
      else if (seenCas.has(value))
        problem("cas", `${value} is already on row ${seenCas.get(value)}`);
      else if (!cas.includes(value)) cas.push(value);
    }

    const ecs = numbersIn(cell("ec"));
    for (const ec of ecs)
      if (!EC_FORMAT.test(ec)) problem("ec", `"${ec}" is not an EC number (NNN-NNN-N)`);
    const ec = ecs.length === 1 && cas.length <= 1 && EC_FORMAT.test(ecs[0]) ? ecs[0] : null;

    const dateText = cell("date");
    const dateOfInclusion = parseInclusionDate(dateText);
    if (!dateOfInclusion)
      problem(
        "date",
        dateText ? `"${dateText}" is not a date (2018-06-27 or 27/06/2018)` : "is blank",
      );

    const reason = cell("reason").replace(/\s+/g, " ") || null;
    if (reason && reason.length > MAX_REASON_LENGTH)
      problem("reason", `is longer than ${MAX_REASON_LENGTH} characters`);

    if (rowErrors.length > 0) {
      errors.push(...rowErrors);
      continue;
    }
    for (const value of cas) seenCas.set(value, record.row);
    entries.push({ row: record.row, name, cas, ec, dateOfInclusion: dateOfInclusion!, reason });
  }
  return { rows, entries, errors };
}
