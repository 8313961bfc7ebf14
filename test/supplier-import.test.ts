import ExcelJS from "exceljs";
import { readTable, XLSX_TYPE } from "../src/shared/spreadsheet";
import { upload } from "./support/documents";
import { makeSupplier, makeUser, type TestUser } from "./support/factories";
import { loginOver } from "./support/graphql-client";
import { createTestApp, errorCodes, type TestApp } from "./support/test-app";
import { Role } from "../src/shared/domain/role.enum";

/** Bulk import of suppliers (with categories and sites) and users, from CSV or XLSX. */

const SUPPLIERS = `mutation($id: ID!, $dryRun: Boolean!) {
  importSuppliers(documentId: $id, dryRun: $dryRun) {
    rows applied inserted updated skipped errors { row column message } } }`;
const USERS = `mutation($id: ID!, $dryRun: Boolean!) {
  importUsers(documentId: $id, dryRun: $dryRun) {
    report { rows applied inserted updated skipped errors { row column message } }
    passwords { email oneTimePassword } } }`;

const HEADER = [
  "externalId",
  "name",
  "legalName",
  "registrationNumber",
  "country",
  "contactEmail",
  "categories",
  "sites",
];
const CATEGORY_CYCLE = ["POLYSILICON", "WAFER|CELL", "GLASS;ALU_FRAME", ""];

/** Row i of the 500-row master: every fourth without categories, every third with two sites. */
function masterRow(prefix: string, i: number): string[] {
  const n = String(i).padStart(4, "0");
  return [
    `${prefix}-${n}`,
    `${prefix} Supplier ${n}`,
    i % 2 === 0 ? `${prefix} Supplier ${n} GmbH` : "",
    `REG-${prefix}-${n}`,
    i % 5 === 0 ? "cn" : "DE",
    `esg-${n}@${prefix.toLowerCase()}.example`,
    CATEGORY_CYCLE[i % 4],
    i % 3 === 0 ? `Plant ${n}@CN|Depot ${n}@DE` : "",
  ];
}
const master = (prefix: string, count = 500) =>
  Array.from({ length: count }, (_, i) => masterRow(prefix, i + 1));

const csvOf = (rows: string[][]): Buffer =>
  Buffer.from(
    rows
      .map((row) => row.map((c) => (/[,"]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(","))
      .join("\n"),
  );

async function xlsxOf(rows: string[][]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet("Vendors");
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await book.xlsx.writeBuffer());
}

describe("bulk import", () => {
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
  const importFile = async (id: string, dryRun: boolean, user = procurement) =>
    (await ok(user, SUPPLIERS, { id, dryRun })).importSuppliers;
  const count = async (sql: string, params: unknown[] = []) =>
    Number((await app.dataSource.query(sql, params))[0].n);
  const suppliersLike = (prefix: string) =>
    count(`SELECT count(*) AS n FROM supplier WHERE external_id LIKE $1`, [`${prefix}-%`]);

  beforeAll(async () => {
    app = await createTestApp();
    url = `http://127.0.0.1:${await app.server.listen(0, "127.0.0.1")}`;
    admin = await makeUser(app, Role.ADMIN);
    procurement = await makeUser(app, Role.PROCUREMENT);
  });
  afterAll(() => app.close());

  it("imports a 500-row CSV in one transaction: suppliers, categories and sites", async () => {
    const id = await send(procurement, csvOf([HEADER, ...master("CSV")]), "vendors.csv");
    const preview = await importFile(id, true);
    expect(preview).toEqual({
      rows: 500,
      applied: false,
      inserted: 500,
      updated: 0,
      skipped: 0,
      errors: [],
    });
    expect(await suppliersLike("CSV")).toBe(0);

    const applied = await importFile(id, false);
    expect(applied).toEqual({ ...preview, applied: true });
    expect(await suppliersLike("CSV")).toBe(500);
    // Rows written by one transaction carry its id (xmin): one for all 500.
    expect(
      await count(
        `SELECT count(DISTINCT xmin::text) AS n FROM supplier WHERE external_id LIKE 'CSV-%'`,
      ),
    ).toBe(1);
    // Categories: 125 rows each of POLYSILICON, WAFER|CELL, GLASS;ALU_FRAME, none.
    expect(
      await count(
        `SELECT count(*) AS n FROM supplier_category sc JOIN supplier s ON s.id = sc.supplier_id
          WHERE s.external_id LIKE 'CSV-%'`,
      ),
    ).toBe(125 + 250 + 250);
    // Sites: rows 3, 6, ... 498 (166 rows) with two each.
    expect(
      await count(
        `SELECT count(*) AS n FROM supplier_site ss JOIN supplier s ON s.id = ss.supplier_id
          WHERE s.external_id LIKE 'CSV-%'`,
      ),
    ).toBe(332);
    const [row6] = await app.dataSource.query(
      `SELECT s.name, s.legal_name, s.registration_number, s.country, s.contact_email,
              array(SELECT c.code FROM supplier_category sc JOIN material_category c ON c.id = sc.category_id
                     WHERE sc.supplier_id = s.id ORDER BY c.code) AS codes,
              array(SELECT ss.name || '@' || ss.country FROM supplier_site ss
                     WHERE ss.supplier_id = s.id ORDER BY ss.name) AS sites
         FROM supplier s WHERE s.external_id = 'CSV-0006'`,
    );
    expect(row6).toEqual({
      name: "CSV Supplier 0006",
      legal_name: "CSV Supplier 0006 GmbH",
      registration_number: "REG-CSV-0006",
      country: "DE",
      contact_email: "esg-0006@csv.example",
      codes: ["ALU_FRAME", "GLASS"],
      sites: ["Depot 0006@DE", "Plant 0006@CN"],
    });
    // Row 5 wrote its country in lower case.
    expect(
      (await app.dataSource.query(`SELECT country FROM supplier WHERE external_id = 'CSV-0005'`))[0]
        .country,
    ).toBe("CN");
    // Every supplier went through the creation path: one audit event each, plus the import's.
    expect(
      await count(
        `SELECT count(*) AS n FROM audit_event e JOIN supplier s ON s.id = e.entity_id
          WHERE e.action = 'supplier.created' AND s.external_id LIKE 'CSV-%'`,
      ),
    ).toBe(500);
    expect(
      await count(
        `SELECT count(*) AS n FROM audit_event WHERE action = 'suppliers.imported' AND entity_id = $1`,
        [id],
      ),
    ).toBe(1);
    // The ranking sees them: each has a standing, computed before the commit.
    expect(
      await count(
        `SELECT count(*) AS n FROM supplier_standing st JOIN supplier s ON s.id = st.supplier_id
          WHERE s.external_id LIKE 'CSV-%'`,
      ),
    ).toBe(500);
  }, 120_000);

  it("imports the same rows as XLSX, and the CSV's rows again as XLSX change nothing", async () => {
    const id = await send(admin, await xlsxOf([HEADER, ...master("XLS")]), "vendors.xlsx");
    expect(await importFile(id, false, admin)).toEqual({
      rows: 500,
      applied: true,
      inserted: 500,
      updated: 0,
      skipped: 0,
      errors: [],
    });
    expect(await suppliersLike("XLS")).toBe(500);
    expect(
      await count(
        `SELECT count(DISTINCT xmin::text) AS n FROM supplier WHERE external_id LIKE 'XLS-%'`,
      ),
    ).toBe(1);
    // The CSV's 500 rows, read from a workbook, are the stored suppliers exactly.
    const again = await send(admin, await xlsxOf([HEADER, ...master("CSV")]), "again.xlsx");
    expect(await importFile(again, false, admin)).toMatchObject({
      rows: 500,
      applied: true,
      inserted: 0,
      updated: 0,
      skipped: 500,
    });
    expect(await suppliersLike("CSV")).toBe(500);
  }, 120_000);

  it("a dry run with 3 bad rows reports each by row and column and saves nothing; so does the real run", async () => {
    const rows = [HEADER, ...master("BAD", 10)];
    rows[3][4] = "Germany"; // row 4 (the header is row 1)
    rows[6][0] = "BAD-0002"; // row 7 repeats row 3's externalId
    rows[9][6] = "POLYSILICON|NO_SUCH_CODE"; // row 10: unknown category, found by the service
    const id = await send(procurement, csvOf(rows), "bad.csv");
    const supplierEvents = () =>
      count(`SELECT count(*) AS n FROM audit_event WHERE action LIKE 'supplier%'`);
    const eventsBefore = await supplierEvents();
    const expected = [
      { row: 4, column: "country", message: '"Germany" is not an ISO 3166-1 alpha-2 country code' },
      { row: 7, column: "externalId", message: "repeats the externalId of row 3" },
      { row: 10, column: "categories", message: 'no material category with code "NO_SUCH_CODE"' },
    ];
    for (const dryRun of [true, false]) {
      const report = await importFile(id, dryRun);
      expect(report).toEqual({
        rows: 10,
        applied: false,
        inserted: 0,
        updated: 0,
        skipped: 0,
        errors: expected,
      });
    }
    expect(await suppliersLike("BAD")).toBe(0);
    expect(await supplierEvents()).toBe(eventsBefore);
  });

  it("re-importing updates by externalId: no duplicates, the buyer's fields only", async () => {
    const rows = [HEADER, ...master("RE", 3)];
    const first = await send(procurement, csvOf(rows), "re.csv");
    expect(await importFile(first, false)).toMatchObject({ inserted: 3, applied: true });
    const [before] = await app.dataSource.query(
      `SELECT id, version FROM supplier WHERE external_id = 'RE-0002'`,
    );
    // The supplier declares its own attributes meanwhile.
    await app.dataSource.query(
      `UPDATE supplier SET renewable_electricity_share = 40, recycled_content_share = 12 WHERE id = $1`,
      [before.id],
    );
    rows[2][1] = "RE Supplier Two Renamed";
    rows[2][6] = "WAFER|CELL|GLASS"; // gains GLASS
    rows[2][7] = "Plant new@VN";
    rows[3][5] = ""; // an empty contact e-mail keeps the stored one
    const second = await send(procurement, csvOf(rows), "re2.csv");
    expect(await importFile(second, true)).toMatchObject({ inserted: 0, updated: 1, skipped: 2 });
    expect(await importFile(second, false)).toEqual({
      rows: 3,
      applied: true,
      inserted: 0,
      updated: 1,
      skipped: 2,
      errors: [],
    });
    expect(await suppliersLike("RE")).toBe(3);
    const [after] = await app.dataSource.query(
      `SELECT s.id, s.name, s.version, s.renewable_electricity_share, s.recycled_content_share,
              array(SELECT c.code FROM supplier_category sc JOIN material_category c ON c.id = sc.category_id
                     WHERE sc.supplier_id = s.id ORDER BY c.code) AS codes,
              array(SELECT ss.name FROM supplier_site ss WHERE ss.supplier_id = s.id ORDER BY ss.name) AS sites
         FROM supplier s WHERE s.external_id = 'RE-0002'`,
    );
    expect(after).toEqual({
      id: before.id,
      name: "RE Supplier Two Renamed",
      version: before.version + 1,
      renewable_electricity_share: 40,
      recycled_content_share: 12,
      codes: ["CELL", "GLASS", "WAFER"],
      // Sites are added, never removed: row 2 had none before.
      sites: ["Plant new"],
    });
    // The same path as editing by hand: a supplier.updated event with the new categories.
    const [event] = await app.dataSource.query(
      `SELECT changes FROM audit_event WHERE action = 'supplier.updated' AND entity_id = $1`,
      [before.id],
    );
    expect(Object.keys(event.changes)).toEqual(
      expect.arrayContaining(["name", "categoryIds", "sites"]),
    );
    expect(
      (
        await app.dataSource.query(
          `SELECT contact_email FROM supplier WHERE external_id = 'RE-0003'`,
        )
      )[0].contact_email,
    ).toBe("esg-0003@re.example");
  });

  it("refuses an archived supplier's row and a new supplier without a contact e-mail", async () => {
    await makeSupplier(app, { externalId: "ARCH-1", name: "Archived Co", archived: true });
    const id = await send(
      procurement,
      csvOf([
        HEADER,
        ["ARCH-1", "Archived Co", "", "", "DE", "", "", ""],
        ["NEW-1", "New Co", "", "", "FR", "", "", ""],
      ]),
      "arch.csv",
    );
    expect((await importFile(id, true)).errors).toEqual([
      {
        row: 2,
        column: "externalId",
        message: "is supplier Archived Co, which is archived: it cannot be edited",
      },
      { row: 3, column: "contactEmail", message: "is empty: a new supplier needs one" },
    ]);
  });

  it("refuses a file without the required columns, and more rows than the cap", async () => {
    const noCountry = await send(
      procurement,
      csvOf([
        ["externalId", "name"],
        ["A", "B"],
      ]),
      "x.csv",
    );
    expect((await importFile(noCountry, true)).errors).toEqual([
      { row: 1, column: null, message: "the header has no country column" },
    ]);
    const tooMany = await send(procurement, csvOf([HEADER, ...master("CAP", 5001)]), "cap.csv");
    expect(await importFile(tooMany, true)).toMatchObject({
      rows: 5001,
      errors: [{ row: 1, column: null, message: "at most 5000 rows per file" }],
    });
    const pdf = await send(procurement, Buffer.from("%PDF-1.4\n%%EOF\n"), "x.pdf");
    const refused = await app.exec(procurement.token, SUPPLIERS, { id: pdf, dryRun: true });
    expect(errorCodes(refused)).toEqual(["BAD_USER_INPUT"]);
  });

  it("serves the templates with the exact headers, as CSV and XLSX", async () => {
    const csv = await fetch(`${url}/imports/templates/suppliers.csv`);
    expect(csv.status).toBe(200);
    expect(csv.headers.get("content-type")).toContain("text/csv");
    const csvRows = await readTable(Buffer.from(await csv.arrayBuffer()), "text/csv");
    expect(csvRows[0].cells.map((c) => c.replace(/^\uFEFF/, ""))).toEqual(HEADER);
    const xlsx = await fetch(`${url}/imports/templates/suppliers.xlsx`);
    expect(xlsx.headers.get("content-type")).toBe(XLSX_TYPE);
    const xlsxRows = await readTable(Buffer.from(await xlsx.arrayBuffer()), XLSX_TYPE);
    expect(xlsxRows[0].cells).toEqual(HEADER);
    expect(xlsxRows[1].cells[0]).toBe("V-10001");
    const users = await fetch(`${url}/imports/templates/users.csv`);
    expect((await users.text()).split("\r\n")[0].replace(/^\uFEFF/, "")).toBe(
      "email,name,role,supplier",
    );
    expect((await fetch(`${url}/imports/templates/other.csv`)).status).toBe(404);
  });

  it("the template's example row imports as it is", async () => {
    const template = Buffer.from(
      await (await fetch(`${url}/imports/templates/suppliers.xlsx`)).arrayBuffer(),
    );
    const id = await send(procurement, template, "template.xlsx");
    expect(await importFile(id, true)).toEqual({
      rows: 1,
      applied: false,
      inserted: 1,
      updated: 0,
      skipped: 0,
      errors: [],
    });
  });

  it("imports users with one-time passwords; SUPPLIER users by externalId or registration number", async () => {
    const supplier = await makeSupplier(app, {
      externalId: "U-SUP",
      registrationNumber: "U-REG-9",
    });
    const header = ["email", "name", "role", "supplier"];
    const bad = await send(
      admin,
      csvOf([
        header,
        ["Anna@Example.com", "Anna", "procurement", ""],
        ["bob@example", "Bob", "AUDITOR", ""],
        ["carl@example.com", "Carl", "SUPPLIER", "NOPE"],
        ["dora@example.com", "Dora", "AUDITOR", "U-SUP"],
      ]),
      "users.csv",
    );
    const refused = (await ok(admin, USERS, { id: bad, dryRun: true })).importUsers;
    expect(refused.report.errors).toEqual([
      { row: 3, column: "email", message: '"bob@example" is not an e-mail address' },
      {
        row: 4,
        column: "supplier",
        message: 'no supplier with externalId or registration number "NOPE"',
      },
      {
        row: 5,
        column: "supplier",
        message: "is only for SUPPLIER users (this row's role is AUDITOR)",
      },
    ]);
    expect(refused.passwords).toEqual([]);

    const good = await send(
      admin,
      csvOf([
        header,
        ["Anna@Example.com", "Anna", "procurement", ""],
        ["carl@example.com", "Carl", "SUPPLIER", "U-SUP"],
        ["eve@example.com", "Eve", "SUPPLIER", "U-REG-9"],
      ]),
      "users.csv",
    );
    const users = async () =>
      app.dataSource.query(
        `SELECT email, name, role, supplier_id, must_change_password FROM app_user
          WHERE email IN ('anna@example.com', 'carl@example.com', 'eve@example.com') ORDER BY email`,
      );
    const preview = (await ok(admin, USERS, { id: good, dryRun: true })).importUsers;
    expect(preview).toEqual({
      report: { rows: 3, applied: false, inserted: 3, updated: 0, skipped: 0, errors: [] },
      passwords: [],
    });
    expect(await users()).toEqual([]);
    const applied = (await ok(admin, USERS, { id: good, dryRun: false })).importUsers;
    expect(applied.report).toEqual({
      rows: 3,
      applied: true,
      inserted: 3,
      updated: 0,
      skipped: 0,
      errors: [],
    });
    expect(applied.passwords.map((p: { email: string }) => p.email)).toEqual([
      "anna@example.com",
      "carl@example.com",
      "eve@example.com",
    ]);
    expect(await users()).toEqual([
      {
        email: "anna@example.com",
        name: "Anna",
        role: "PROCUREMENT",
        supplier_id: null,
        must_change_password: true,
      },
      {
        email: "carl@example.com",
        name: "Carl",
        role: "SUPPLIER",
        supplier_id: supplier.id,
        must_change_password: true,
      },
      {
        email: "eve@example.com",
        name: "Eve",
        role: "SUPPLIER",
        supplier_id: supplier.id,
        must_change_password: true,
      },
    ]);
    // The one-time password logs in (and must then be changed).
    const carl = applied.passwords[1].oneTimePassword as string;
    expect(await loginOver(`${url}/graphql`, "carl@example.com", carl)).toBeTruthy();

    // Again: nothing new; a renamed row updates the name; a different role is refused.
    const again = await send(
      admin,
      csvOf([
        header,
        ["anna@example.com", "Anna Berg", "PROCUREMENT", ""],
        ["eve@example.com", "Eve", "SUPPLIER", "U-SUP"],
      ]),
      "users.csv",
    );
    expect((await ok(admin, USERS, { id: again, dryRun: false })).importUsers).toEqual({
      report: { rows: 2, applied: true, inserted: 0, updated: 1, skipped: 1, errors: [] },
      passwords: [],
    });
    const promote = await send(
      admin,
      csvOf([header, ["anna@example.com", "Anna", "ADMIN", ""]]),
      "u.csv",
    );
    expect(
      (await ok(admin, USERS, { id: promote, dryRun: false })).importUsers.report.errors,
    ).toEqual([
      {
        row: 2,
        column: "role",
        message:
          "anna@example.com is already a PROCUREMENT user: change an account's role or supplier by hand",
      },
    ]);
    expect((await users())[0]).toMatchObject({ name: "Anna Berg", role: "PROCUREMENT" });
  }, 60_000);
});
