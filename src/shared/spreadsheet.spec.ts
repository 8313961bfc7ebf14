import ExcelJS from "exceljs";
import { zipSync } from "fflate";
import { MAX_UNPACKED_XLSX_BYTES, readTable, TableFileError, XLSX_TYPE } from "./spreadsheet";

async function workbook(fill: (sheet: ExcelJS.Worksheet) => void): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  fill(book.addWorksheet("Purchases"));
  book.addWorksheet("Ignored").addRow(["only the first sheet is read"]);
  return Buffer.from(await book.xlsx.writeBuffer());
}

describe("readTable", () => {
  it("reads the first worksheet as text cells, numbered as the sheet numbers its rows", async () => {
    const bytes = await workbook((sheet) => {
      sheet.addRow(["supplier", "period", "quantity_kg", "reference"]);
      sheet.addRow(["Acme", new Date(Date.UTC(2026, 2, 1)), 1250.5, "ERP-1"]);
      sheet.addRow([]); // blank row 3: skipped, later rows keep their numbers
      sheet.getCell("A4").value = { richText: [{ text: "Bolt " }, { text: "GmbH" }] };
      sheet.getCell("B4").value = "2026-04";
      sheet.getCell("C4").value = { formula: "2*20", result: 40 };
      sheet.getCell("D4").value = { text: "ERP-2", hyperlink: "https://erp.example/2" };
      sheet.getCell("A5").value = true;
      sheet.getCell("B5").value = new Date(Date.UTC(2026, 4, 1, 13, 30));
      sheet.getCell("C5").value = { error: "#N/A" };
    });
    expect(await readTable(bytes, XLSX_TYPE)).toEqual([
      { row: 1, cells: ["supplier", "period", "quantity_kg", "reference"] },
      { row: 2, cells: ["Acme", "2026-03-01", "1250.5", "ERP-1"] },
      { row: 4, cells: ["Bolt GmbH", "2026-04", "40", "ERP-2"] },
      { row: 5, cells: ["TRUE", "2026-05-01T13:30:00.000Z", "#N/A"] },
    ]);
  });

  it("reads CSV as UTF-8 text", async () => {
    expect(await readTable(Buffer.from("a;b\n1;Zürich\n"), "text/csv")).toEqual([
      { row: 1, cells: ["a", "b"] },
      { row: 2, cells: ["1", "Zürich"] },
    ]);
  });

  it("refuses a workbook that would unpack beyond the cap, before inflating it", async () => {
    // Zeros compress about a thousandfold: a small upload, a huge sheet.
    const bomb = Buffer.from(
      zipSync({ "xl/worksheets/sheet1.xml": new Uint8Array(MAX_UNPACKED_XLSX_BYTES + 1) }),
    );
    expect(bomb.length).toBeLessThan(1024 * 1024);
    await expect(readTable(bomb, XLSX_TYPE)).rejects.toThrow(/unpacks to 97 MiB/);
  });

  it("refuses damaged workbooks and other types with a message for the uploader", async () => {
    await expect(readTable(Buffer.from("not a zip"), XLSX_TYPE)).rejects.toThrow(TableFileError);
    const notAWorkbook = Buffer.from(zipSync({ "hello.txt": new TextEncoder().encode("hi") }));
    await expect(readTable(notAWorkbook, XLSX_TYPE)).rejects.toThrow(TableFileError);
    await expect(readTable(Buffer.from("%PDF-1.7"), "application/pdf")).rejects.toThrow(
      /is application\/pdf; an import reads CSV \(UTF-8\) or XLSX/,
    );
  });
});
