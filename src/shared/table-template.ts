import ExcelJS from "exceljs";

/**
 * An import's downloadable template: its header row and an example row, as CSV (UTF-8, with a
 * byte-order mark so spreadsheet programs read non-ASCII names right) or as an XLSX workbook.
 */

const csvCell = (text: string): string =>
  /[",\r\n;]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;

export function templateCsv(rows: readonly (readonly string[])[]): Buffer {
  return Buffer.from(`\uFEFF${rows.map((row) => row.map(csvCell).join(",")).join("\r\n")}\r\n`);
}

export async function templateXlsx(
  sheetName: string,
  rows: readonly (readonly string[])[],
): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet(sheetName);
  for (const row of rows) sheet.addRow([...row]);
  sheet.getRow(1).font = { bold: true };
  // Text cells: an ERP id such as 00123 or a code must not turn into a number or a date.
  sheet.columns.forEach((column) => {
    column.numFmt = "@";
    column.width = 24;
  });
  return Buffer.from(await book.xlsx.writeBuffer());
}
