import ExcelJS from "exceljs";
import { upload } from "./support/documents";
import { categoryId, makeSupplier, makeUser, type TestUser } from "./support/factories";
import { createTestApp, errorCodes, type TestApp } from "./support/test-app";
import { Role } from "../src/shared/domain/role.enum";

/** Both file imports read XLSX as well as CSV: the ERP purchases and the candidate list. */

const PURCHASES = `mutation($id: ID!, $dryRun: Boolean!) {
  importPurchases(documentId: $id, dryRun: $dryRun) { rows applied inserted skipped errors { row column message } } }`;
const CANDIDATES = `mutation($id: ID!, $dryRun: Boolean!) {
  importSvhcList(documentId: $id, versionLabel: "2026-01 (XLSX)", effectiveDate: "2026-01-15T00:00:00Z", dryRun: $dryRun) {
    rows entries applied errorCount errors { row column message } version { label status } } }`;

async function xlsx(rows: ExcelJS.CellValue[][], blankRowsBefore = 0): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet("Export");
  for (let i = 0; i < blankRowsBefore; i++) sheet.addRow([]);
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await book.xlsx.writeBuffer());
}

describe("XLSX imports", () => {
  let app: TestApp;
  let url: string;
  let admin: TestUser;
  let procurement: TestUser;

  const ok = async (user: TestUser, query: string, variables: Record<string, unknown>) => {
    const result = await app.exec(user.token, query, variables);
    expect(result.errors).toBeUndefined();
    return result.data!;
  };
  const send = async (user: TestUser, bytes: Buffer, filename: string): Promise<string> => {
    const sent = await upload(url, user.token, bytes, filename);
    expect(sent.status).toBe(201);
    return sent.body.id;
  };
  const purchaseRows = async () =>
    Number((await app.dataSource.query(`SELECT count(*) AS n FROM purchase_record`))[0].n);

  beforeAll(async () => {
    app = await createTestApp();
    url = `http://127.0.0.1:${await app.server.listen(0, "127.0.0.1")}`;
    admin = await makeUser(app, Role.ADMIN);
    procurement = await makeUser(app, Role.PROCUREMENT);
  });
  afterAll(() => app.close());

  it("imports purchases from a workbook: date cells as months, numbers as kg, sheet row numbers in errors", async () => {
    const supplier = await makeSupplier(app, { registrationNumber: "XLSX-1" });
    expect(await categoryId(app, "LITHIUM")).toBeTruthy();
    const header = ["Supplier", "Category", "Period", "Quantity kg", "Reference"];
    const bad = await send(
      procurement,
      await xlsx([
        header,
        ["XLSX-1", "LITHIUM", new Date(Date.UTC(2026, 0, 1)), 1200.5, "X-1"],
        ["XLSX-1", "LITHIUM", new Date(Date.UTC(2026, 0, 15)), 10, "X-2"], // not a month
        ["XLSX-1", "LITHIUM", "2026-02", -3, "X-3"],
      ]),
      "erp.xlsx",
    );
    const refused = (await ok(procurement, PURCHASES, { id: bad, dryRun: false })).importPurchases;
    expect(refused).toMatchObject({ rows: 3, applied: false, inserted: 0 });
    expect(refused.errors).toEqual([
      { row: 3, column: "Period", message: '"2026-01-15" is not a month (YYYY-MM)' },
      { row: 4, column: "Quantity kg", message: '"-3" is not a quantity in kg above 0' },
    ]);
    expect(await purchaseRows()).toBe(0);

    const good = await send(
      procurement,
      await xlsx([
        header,
        [supplier.id, "LITHIUM", new Date(Date.UTC(2026, 0, 1)), 1200.5, "X-1"],
        ["XLSX-1", "LITHIUM", "2026-02", { formula: "2*400", result: 800 }, "X-2"],
      ]),
      "erp.xlsx",
    );
    const applied = (await ok(procurement, PURCHASES, { id: good, dryRun: false })).importPurchases;
    expect(applied).toEqual({ rows: 2, applied: true, inserted: 2, skipped: 0, errors: [] });
    expect(
      await app.dataSource.query(
        `SELECT to_char(period, 'YYYY-MM') AS month, quantity_kg::float AS kg FROM purchase_record
          WHERE supplier_id = $1 ORDER BY period`,
        [supplier.id],
      ),
    ).toEqual([
      { month: "2026-01", kg: 1200.5 },
      { month: "2026-02", kg: 800 },
    ]);
    // The same workbook again: every reference is known, nothing is counted twice.
    const again = (await ok(procurement, PURCHASES, { id: good, dryRun: false })).importPurchases;
    expect(again).toMatchObject({ applied: true, inserted: 0, skipped: 2 });
    expect(await purchaseRows()).toBe(2);
  });

  it("imports the candidate list from ECHA's XLSX export, title rows above the header", async () => {
    const id = await send(
      admin,
      await xlsx(
        [
          ["Candidate List of substances of very high concern for Authorisation"],
          ["Substance name", "Description", "EC No.", "CAS No.", "Date of inclusion", "Reason"],
          ["Lead", "", "231-100-4", "7439-92-1", new Date(Date.UTC(2018, 5, 27)), "Toxic (57c)"],
          ["Cadmium", "", "231-152-8", "7440-43-9", "20/06/2013", "Carcinogenic (57a)"],
        ],
        1,
      ),
      "candidate-list.xlsx",
    );
    const dry = (await ok(admin, CANDIDATES, { id, dryRun: true })).importSvhcList;
    expect(dry).toMatchObject({ rows: 2, entries: 2, applied: 0, errorCount: 0, version: null });
    const report = (await ok(admin, CANDIDATES, { id, dryRun: false })).importSvhcList;
    expect(report).toMatchObject({
      applied: 2,
      version: { label: "2026-01 (XLSX)", status: "DRAFT" },
    });
    const entries = await app.dataSource.query(
      `SELECT s.cas, e.date_of_inclusion::text AS included FROM regulatory_list_entry e
         JOIN regulatory_list_version v ON v.id = e.version_id JOIN substance s ON s.id = e.substance_id
        WHERE v.label = '2026-01 (XLSX)' ORDER BY s.cas`,
    );
    expect(entries).toEqual([
      { cas: "7439-92-1", included: "2018-06-27" },
      { cas: "7440-43-9", included: "2013-06-20" },
    ]);
  });

  it("names a document that is no table on documentId, changing nothing", async () => {
    const pdf = await send(procurement, Buffer.from("%PDF-1.7\n%%EOF\n"), "erp.pdf");
    const refused = await app.exec(procurement.token, PURCHASES, { id: pdf, dryRun: false });
    expect(errorCodes(refused)).toEqual(["BAD_USER_INPUT"]);
    expect(refused.errors![0].extensions!.fields).toEqual([
      { path: "documentId", message: "is application/pdf; the import reads CSV (UTF-8) or XLSX" },
    ]);
    expect(await purchaseRows()).toBe(2);
  });
});
