/**
 * A small RFC 4180 reader for imported files (the candidate list, ERP purchases): quoted
 * fields (with `""` and line breaks inside), CRLF or LF, a UTF-8 byte-order mark, and `,` or
 * `;` as the separator (spreadsheets in many European locales save with `;`), told from the
 * first line.
 */
export interface CsvRecord {
  /** 1-based record number: the spreadsheet's row, whatever line breaks quoted cells hold. */
  row: number;
  cells: string[];
}

function separatorOf(text: string): "," | ";" {
  const firstLine = text.split(/\r?\n/, 1)[0] ?? "";
  const outsideQuotes = firstLine.replace(/"[^"]*"/g, "");
  const count = (char: string) => outsideQuotes.split(char).length - 1;
  return count(";") > count(",") ? ";" : ",";
}

export function parseCsv(input: string): CsvRecord[] {
  const text = input.startsWith("\ufeff") ? input.slice(1) : input;
  const separator = separatorOf(text);
  const records: CsvRecord[] = [];
  let cells: string[] = [];
  let cell = "";
  let quoted = false;
  let row = 1;
  const endRecord = () => {
    cells.push(cell);
    records.push({ row: row++, cells });
    cells = [];
    cell = "";
  };
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"' && cell.length === 0) quoted = true;
    else if (char === separator) {
      cells.push(cell);
      cell = "";
    } else if (char === "\n" || char === "\r") {
      if (char === "\r" && text[i + 1] === "\n") i++;
      endRecord();
    } else cell += char;
  }
  if (cell.length > 0 || cells.length > 0) endRecord();
  return records;
}

/** A problem of an imported file at a row (the header is row 1) and, when known, a column. */
export interface CsvRowError {
  row: number;
  /** The column's header as the file writes it; null for the row as a whole. */
  column: string | null;
  message: string;
}

/** OWASP "CSV injection": a cell starting with one of these is read as a formula by spreadsheets. */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Neutralises a text cell by prefixing a single quote, as OWASP advises, so a supplier named
 * `=HYPERLINK(...)`, `-1+2` or `@SUM(A1)` stays text. Numbers (ranks, scores, negative ones too)
 * are written as numbers: they come from the database, never from a user, and a quote would
 * turn them into text for whoever sums the column.
 */
export function neutraliseCell(value: unknown): unknown {
  return typeof value === "string" && FORMULA_START.test(value) ? `'${value}` : value;
}
