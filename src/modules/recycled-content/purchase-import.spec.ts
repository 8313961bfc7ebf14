import { parseCsv } from "../../shared/csv";
import { parseQuantity, readPurchaseFile as readRecords } from "./purchase-import";

const readPurchaseFile = (text: string) => readRecords(parseCsv(text));

describe("parseQuantity", () => {
  it.each([
    ["1000", 1000],
    ["1000.5", 1000.5],
    ["1000,5", 1000.5],
    [" 12 ", 12],
    ["1,234", 1.234],
    ["-5", null],
    ["1 000", null],
    ["1.000,5", null],
    ["", null],
    ["1e3", null],
  ])("%j -> %j", (text, expected) => {
    expect(parseQuantity(text)).toBe(expected);
  });
});

describe("readPurchaseFile", () => {
  it("takes the columns by header, in any order, and numbers rows as the sheet does", () => {
    const read = readPurchaseFile(
      "Reference,Quantity_kg,Period,Category,Supplier,Comment\n" +
        "R-1,10,2026-01,LITHIUM,Acme,x\n\n" +
        ",2.5,2026-02,LITHIUM,REG-1,\n",
    );
    expect(read.errors).toEqual([]);
    expect(read.rowCount).toBe(2);
    expect(read.rows).toEqual([
      {
        row: 2,
        supplier: "Acme",
        category: "LITHIUM",
        period: "2026-01-01",
        quantityKg: 10,
        reference: "R-1",
      },
      {
        row: 4,
        supplier: "REG-1",
        category: "LITHIUM",
        period: "2026-02-01",
        quantityKg: 2.5,
        reference: null,
      },
    ]);
  });

  it("reports every bad cell by row and column", () => {
    const read = readPurchaseFile(
      "supplier;category;period;quantity_kg;reference\n" +
        ";LITHIUM;2026-1;0;R-1\n" +
        "Acme;;2026-01;5;R-1\n",
    );
    expect(read.rows).toEqual([]);
    expect(read.errors).toEqual([
      { row: 2, column: "supplier", message: "is empty" },
      { row: 2, column: "period", message: '"2026-1" is not a month (YYYY-MM)' },
      { row: 2, column: "quantity_kg", message: '"0" is not a quantity in kg above 0' },
      { row: 3, column: "category", message: "is empty" },
      { row: 3, column: "reference", message: "repeats the reference of row 2" },
    ]);
  });

  it("names the missing columns", () => {
    expect(readPurchaseFile("supplier,period\nAcme,2026-01\n").errors).toEqual([
      { row: 1, column: null, message: "the header has no category, quantity_kg column" },
    ]);
    expect(readPurchaseFile("").errors).toEqual([
      { row: 1, column: null, message: "the file is empty" },
    ]);
  });
});
