import { isISO31661Alpha2 } from "class-validator";
import type { CsvRecord, CsvRowError } from "../../shared/csv";
import { cellOf, readImportHeader } from "../../shared/import-columns";
import { normaliseName, normaliseRegion } from "./name-normalisation";
import { ScreeningListKind } from "./screening.enums";
import {
  MAX_ALIASES_PER_ENTRY,
  MAX_ENTRY_NAME_LENGTH,
  MAX_SCREENING_IMPORT_ROWS,
  MAX_SOURCE_LENGTH,
} from "./screening.limits";

/**
 * Reads a screening list file (CSV or XLSX): columns by header, any order, others ignored.
 * Restricted entities: name, aliases (`|` or `;` between them), country (ISO 3166-1 alpha-2,
 * optional), source, listedOn (YYYY-MM-DD). High-risk regions: regionCode (ISO 3166-2), name,
 * aliases, source, listedOn. Pure: rows in, entries and row errors out.
 */

export const ENTITY_TEMPLATE_HEADERS = [
  "name",
  "aliases",
  "country",
  "source",
  "listedOn",
] as const;
export const ENTITY_TEMPLATE_EXAMPLE = [
  "Example Restricted Silicon Co., Ltd.",
  "Example Silicon|ERS Metals",
  "CN",
  "Company policy list 2026-01",
  "2026-01-15",
];
export const REGION_TEMPLATE_HEADERS = [
  "regionCode",
  "name",
  "aliases",
  "source",
  "listedOn",
] as const;
export const REGION_TEMPLATE_EXAMPLE = [
  "CN-XJ",
  "Xinjiang",
  "Xinjiang Uyghur Autonomous Region",
  "Company policy list 2026-01",
  "2026-01-15",
];

type Column = "name" | "aliases" | "country" | "regionCode" | "source" | "listedOn";

const HEADERS: Record<Column, readonly string[]> = {
  name: ["name", "entityname", "regionname"],
  aliases: ["aliases", "alias", "aka", "alsoknownas"],
  country: ["country", "countrycode"],
  regionCode: ["regioncode", "region", "iso", "subdivision", "subdivisioncode"],
  source: ["source", "listsource"],
  listedOn: ["listedon", "date", "listeddate", "dateadded"],
};
const REQUIRED: Record<ScreeningListKind, Column[]> = {
  [ScreeningListKind.RESTRICTED_ENTITY]: ["name", "source", "listedOn"],
  [ScreeningListKind.HIGH_RISK_REGION]: ["regionCode", "name", "source", "listedOn"],
};

export interface ScreeningEntryRow {
  row: number;
  name: string;
  aliases: string[];
  country: string | null;
  regionCode: string | null;
  source: string;
  /** `YYYY-MM-DD`. */
  listedOn: string;
  /** What matching compares: the normalised name, then each normalised alias (entities only). */
  matchKeys: string[];
}

export interface ScreeningFileRead {
  entries: ScreeningEntryRow[];
  rowCount: number;
  errors: CsvRowError[];
}

const listOf = (cell: string): string[] =>
  cell
    .split(/[|;]/)
    .map((item) => item.trim())
    .filter((item) => item !== "");

/** A calendar day `YYYY-MM-DD` that exists (a spreadsheet's date cell reads as one). */
function dayOf(text: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})(T00:00:00(\.000)?Z?)?$/.exec(text);
  if (!match) return null;
  const day = `${match[1]}-${match[2]}-${match[3]}`;
  const parsed = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(day) ? day : null;
}

export function readScreeningFile(
  kind: ScreeningListKind,
  file: readonly CsvRecord[],
  today: string,
): ScreeningFileRead {
  const { columns, records, error } = readImportHeader(
    file,
    HEADERS,
    REQUIRED[kind],
    MAX_SCREENING_IMPORT_ROWS,
  );
  if (error) return { entries: [], rowCount: records.length, errors: [error] };
  if (records.length === 0)
    return {
      entries: [],
      rowCount: 0,
      errors: [{ row: 1, column: null, message: "the file has no entries under its header" }],
    };
  const regions = kind === ScreeningListKind.HIGH_RISK_REGION;
  const errors: CsvRowError[] = [];
  const entries: ScreeningEntryRow[] = [];
  const firstRowOf = new Map<string, number>();
  for (const record of records) {
    const cell = (column: Column) => cellOf(columns, record, column);
    const problem = (column: Column, message: string) =>
      errors.push({ row: record.row, column: columns.names[column], message });
    const before = errors.length;
    const name = cell("name");
    if (!name) problem("name", "is empty");
    else if (name.length > MAX_ENTRY_NAME_LENGTH)
      problem("name", `is longer than ${MAX_ENTRY_NAME_LENGTH} characters`);
    else if (!regions && normaliseName(name) === "")
      problem("name", "has no letters or digits to match on");
    const aliases = [...new Set(listOf(cell("aliases")))];
    if (aliases.length > MAX_ALIASES_PER_ENTRY)
      problem("aliases", `has more than ${MAX_ALIASES_PER_ENTRY} aliases`);
    const longAlias = aliases.find((a) => a.length > MAX_ENTRY_NAME_LENGTH);
    if (longAlias)
      problem("aliases", `an alias is longer than ${MAX_ENTRY_NAME_LENGTH} characters`);
    const emptyAlias = !regions && aliases.find((a) => normaliseName(a) === "");
    if (emptyAlias) problem("aliases", `"${emptyAlias}" has no letters or digits to match on`);
    const country = cell("country").toUpperCase() || null;
    if (country && !isISO31661Alpha2(country))
      problem("country", `"${cell("country")}" is not an ISO 3166-1 alpha-2 country code`);
    const regionCode = regions ? normaliseRegion(cell("regionCode")) : null;
    if (regions && !regionCode)
      problem(
        "regionCode",
        `"${cell("regionCode")}" is not an ISO 3166-2 region code (e.g. CN-XJ: country, hyphen, subdivision)`,
      );
    else if (regionCode && !isISO31661Alpha2(regionCode.slice(0, 2)))
      problem("regionCode", `"${regionCode.slice(0, 2)}" is not an ISO 3166-1 country code`);
    const source = cell("source");
    if (!source) problem("source", "is empty: say where the entry comes from");
    else if (source.length > MAX_SOURCE_LENGTH)
      problem("source", `is longer than ${MAX_SOURCE_LENGTH} characters`);
    const listedOn = dayOf(cell("listedOn"));
    if (!listedOn) problem("listedOn", `"${cell("listedOn")}" is not a date (YYYY-MM-DD)`);
    else if (listedOn > today) problem("listedOn", `${listedOn} is in the future`);
    const matchKeys = regions
      ? []
      : [...new Set([normaliseName(name), ...aliases.map(normaliseName)])];
    // Two rows for one party (or region) would make two hits of one match.
    const key = regions ? regionCode : matchKeys[0];
    if (errors.length === before && key) {
      const first = firstRowOf.get(key);
      if (first !== undefined)
        problem(
          regions ? "regionCode" : "name",
          `repeats row ${first} (${regions ? key : `the same name once normalised: "${key}"`})`,
        );
      else firstRowOf.set(key, record.row);
    }
    if (errors.length === before)
      entries.push({
        row: record.row,
        name,
        aliases,
        country: regions ? (regionCode?.slice(0, 2) ?? null) : country,
        regionCode,
        source,
        listedOn: listedOn!,
        matchKeys,
      });
  }
  return { entries, rowCount: records.length, errors };
}
