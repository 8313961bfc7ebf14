import ExcelJS from "exceljs";
import { unzipSync } from "fflate";
import { parseCsv, type CsvRecord } from "./csv";

/**
 * The tables that imports read (the candidate list, ERP purchases): CSV as text, or the first
 * worksheet of an XLSX workbook, both as rows of text cells numbered as the spreadsheet numbers
 * them, so one reader per import serves both formats and row errors point at the same row.
 */

export const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
export const TABLE_TYPES: ReadonlySet<string> = new Set(["text/csv", "text/plain", XLSX_TYPE]);

/**
 * An XLSX is a zip: a few megabytes can unpack to gigabytes. The entries' sizes are checked
 * before anything is inflated; real ERP exports of the import's row cap stay far below this.
 */
export const MAX_UNPACKED_XLSX_BYTES = 96 * 1024 * 1024;

/** A file that is not a readable table; the message is for the person who uploaded it. */
export class TableFileError extends Error {}

function unpackedSize(bytes: Uint8Array): number {
  let total = 0;
  // The filter sees each entry's declared size and says "skip": nothing is inflated here.
  unzipSync(bytes, {
    filter: (entry) => {
      total += entry.originalSize;
      return false;
    },
  });
  return total;
}

const isoDay = (date: Date): string => date.toISOString().slice(0, 10);

/** A cell as the sheet shows its value: dates as ISO days, formulas by their result. */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) {
    const iso = value.toISOString();
    return iso.endsWith("T00:00:00.000Z") ? isoDay(value) : iso;
  }
  if (typeof value === "number") return String(value);
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "string") return value;
  if ("richText" in value) return value.richText.map((run) => run.text).join("");
  if ("formula" in value || "sharedFormula" in value)
    return cellText((value as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
  if ("hyperlink" in value) return String(value.text);
  if ("error" in value) return value.error;
  return "";
}

async function readXlsx(bytes: Buffer): Promise<CsvRecord[]> {
  let size: number;
  try {
    size = unpackedSize(bytes);
  } catch {
    throw new TableFileError("is not a readable XLSX workbook (the zip container is damaged)");
  }
  if (size > MAX_UNPACKED_XLSX_BYTES)
    throw new TableFileError(
      `unpacks to ${Math.ceil(size / 1024 / 1024)} MiB, more than the ${MAX_UNPACKED_XLSX_BYTES / 1024 / 1024} MiB an import reads`,
    );
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw new TableFileError("is not a readable XLSX workbook");
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new TableFileError("has no worksheet");
  const records: CsvRecord[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    // row.values is 1-based (index 0 is empty): cell A is values[1].
    const values = (row.values as ExcelJS.CellValue[]).slice(1);
    records.push({ row: rowNumber, cells: Array.from(values, (v) => cellText(v)) });
  });
  return records;
}

/** The rows of an uploaded CSV (UTF-8) or XLSX file; `contentType` as the upload detected it. */
export async function readTable(bytes: Buffer, contentType: string): Promise<CsvRecord[]> {
  if (contentType === XLSX_TYPE) return readXlsx(bytes);
  if (TABLE_TYPES.has(contentType)) return parseCsv(bytes.toString("utf8"));
  throw new TableFileError(`is ${contentType}; an import reads CSV (UTF-8) or XLSX`);
}
