import { AuditEvent } from "../src/modules/audit-trail/audit-event.entity";
import { Supplier } from "../src/modules/supplier/supplier.entity";
import { categoryId, makeRoles, makeSupplier, type TestUser } from "./support/factories";
import { createTestApp, errorCodes, type TestApp } from "./support/test-app";

const SUPPLIER_FIELDS = `id name legalName country contactEmail version archived
  materialCategories { code } sites { id name country address }
  declaredSustainability { renewableElectricityShare thirdPartyVerifiedMaterialShare recycledContentShare traceability sourcesFromProtectedArea }`;

const CREATE = `mutation($input: CreateSupplierInput!) { createSupplier(input: $input) { ${SUPPLIER_FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $v: Int!, $input: UpdateSupplierInput!) {
  updateSupplier(id: $id, expectedVersion: $v, input: $input) { ${SUPPLIER_FIELDS} } }`;
const LIST = `query($first: Int, $after: String, $filter: SupplierFilter) {
  suppliers(first: $first, after: $after, filter: $filter) {
    totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id name } } } }`;

describe("suppliers", () => {
  let app: TestApp;
  let admin: TestUser;
  let home: Supplier;

  beforeAll(async () => {
    app = await createTestApp();
    home = await makeSupplier(app, { name: "Home Supplier" });
    ({ admin } = await makeRoles(app, home.id));
  });
  afterAll(() => app.close());

  const validInput = async () => ({
    name: "  Sunrise Polysilicon  ",
    legalName: "Sunrise Polysilicon Co., Ltd.",
    country: "cn",
    contactEmail: "esg@sunrise.example",
    categoryIds: [await categoryId(app, "POLYSILICON"), await categoryId(app, "WAFER")],
    sites: [{ name: "Leshan", country: "CN", address: "Leshan, Sichuan" }],
    sustainability: { renewableElectricityShare: 45.5, traceability: "TO_ORIGIN" },
  });

  it("creates a supplier with categories, sites and sustainability attributes", async () => {
    const result = await app.exec(admin.token, CREATE, { input: await validInput() });
    expect(result.errors).toBeUndefined();
    const created = result.data!.createSupplier;
    expect(created).toMatchObject({
      name: "Sunrise Polysilicon",
      country: "CN",
      version: 1,
      archived: false,
      sites: [{ name: "Leshan", country: "CN", address: "Leshan, Sichuan" }],
      declaredSustainability: {
        renewableElectricityShare: 45.5,
        thirdPartyVerifiedMaterialShare: 0,
        traceability: "TO_ORIGIN",
        sourcesFromProtectedArea: false,
      },
    });
    expect(created.materialCategories.map((c: { code: string }) => c.code).sort()).toEqual([
      "POLYSILICON",
      "WAFER",
    ]);

    const events = await app.dataSource.manager.findBy(AuditEvent, { entityId: created.id });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      action: "supplier.created",
      actorId: admin.user.id,
      role: "ADMIN",
    });
  });

  it("refuses invalid input with every field path and saves nothing", async () => {
    const before = await app.dataSource.manager.count(Supplier);
    const result = await app.exec(admin.token, CREATE, {
      input: {
        name: "",
        country: "XX",
        contactEmail: "not-an-email",
        sites: [{ name: "Ok", country: "ZZ" }],
        sustainability: { renewableElectricityShare: 120, recycledContentShare: -1 },
      },
    });
    expect(errorCodes(result)).toEqual(["BAD_USER_INPUT"]);
    const paths = result.errors![0].extensions!.fields.map((f: { path: string }) => f.path).sort();
    expect(paths).toEqual([
      "input.contactEmail",
      "input.country",
      "input.name",
      "input.sites.0.country",
      "input.sustainability.recycledContentShare",
      "input.sustainability.renewableElectricityShare",
    ]);
    expect(JSON.stringify(result.errors)).not.toMatch(/target|stack|SELECT|INSERT/i);
    expect(await app.dataSource.manager.count(Supplier)).toBe(before);
  });

  it("refuses unknown categories and rolls the whole creation back", async () => {
    const before = await app.dataSource.manager.count(Supplier);
    const input = {
      ...(await validInput()),
      categoryIds: ["00000000-0000-4000-8000-000000000000"],
    };
    const result = await app.exec(admin.token, CREATE, { input });
    expect(errorCodes(result)).toEqual(["BAD_USER_INPUT"]);
    expect(result.errors![0].extensions!.fields[0].path).toBe("input.categoryIds");
    expect(await app.dataSource.manager.count(Supplier)).toBe(before);
  });

  it("updates with the expected version and refuses a stale one without changing anything", async () => {
    const { data } = await app.exec(admin.token, CREATE, { input: await validInput() });
    const id = data!.createSupplier.id;
    const first = await app.exec(admin.token, UPDATE, {
      id,
      v: 1,
      input: { name: "Renamed", sustainability: { recycledContentShare: 12 } },
    });
    expect(first.errors).toBeUndefined();
    expect(first.data!.updateSupplier).toMatchObject({
      name: "Renamed",
      version: 2,
      declaredSustainability: { recycledContentShare: 12, renewableElectricityShare: 45.5 },
    });

    const stale = await app.exec(admin.token, UPDATE, { id, v: 1, input: { name: "Lost update" } });
    expect(errorCodes(stale)).toEqual(["CONFLICT"]);
    expect(stale.errors![0].message).toMatch(/version 1.*now 2/);
    const stored = await app.dataSource.manager.findOneByOrFail(Supplier, { id });
    expect(stored).toMatchObject({ name: "Renamed", version: 2 });

    const events = await app.dataSource.manager.findBy(AuditEvent, {
      entityId: id,
      action: "supplier.updated",
    });
    expect(events).toHaveLength(1);
    expect(events[0].changes).toMatchObject({
      name: { before: "Sunrise Polysilicon", after: "Renamed" },
      version: { before: 1, after: 2 },
    });
  });

  it("lets exactly one of several concurrent edits of the same version win", async () => {
    const supplier = await makeSupplier(app);
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        app.exec(admin.token, UPDATE, { id: supplier.id, v: 1, input: { name: `Writer ${i}` } }),
      ),
    );
    const winners = results.filter((r) => !r.errors);
    expect(winners).toHaveLength(1);
    expect(results.filter((r) => errorCodes(r)[0] === "CONFLICT")).toHaveLength(7);
    const stored = await app.dataSource.manager.findOneByOrFail(Supplier, { id: supplier.id });
    expect(stored.name).toBe(winners[0].data!.updateSupplier.name);
    expect(stored.version).toBe(2);
  });

  it("replaces sites, keeping the ones sent back with their id", async () => {
    const { data } = await app.exec(admin.token, CREATE, { input: await validInput() });
    const { id, sites } = data!.createSupplier;
    const result = await app.exec(admin.token, UPDATE, {
      id,
      v: 1,
      input: {
        sites: [
          { id: sites[0].id, name: "Leshan 2", country: "CN" },
          { name: "Baotou", country: "CN" },
        ],
      },
    });
    expect(result.errors).toBeUndefined();
    const updated = result.data!.updateSupplier.sites;
    expect(updated.map((s: { name: string }) => s.name)).toEqual(["Baotou", "Leshan 2"]);
    expect(updated.find((s: { name: string }) => s.name === "Leshan 2").id).toBe(sites[0].id);
  });

  it("answers NOT_FOUND for unknown ids", async () => {
    const missing = "5b0a6c1e-8d8e-4f57-9a54-3f1f1b9c0000";
    const read = await app.exec(admin.token, `{ supplier(id: "${missing}") { id } }`);
    expect(errorCodes(read)).toEqual(["NOT_FOUND"]);
    const update = await app.exec(admin.token, UPDATE, { id: missing, v: 1, input: { name: "x" } });
    expect(errorCodes(update)).toEqual(["NOT_FOUND"]);
  });

  it("archives instead of deleting, hides archived suppliers by default and refuses edits", async () => {
    const supplier = await makeSupplier(app, { name: "Zeta Archived Ltd" });
    const archived = await app.exec(
      admin.token,
      `mutation { archiveSupplier(id: "${supplier.id}") { archived version } }`,
    );
    expect(archived.data!.archiveSupplier).toEqual({ archived: true, version: 2 });
    const again = await app.exec(
      admin.token,
      `mutation { archiveSupplier(id: "${supplier.id}") { id } }`,
    );
    expect(errorCodes(again)).toEqual(["CONFLICT"]);
    const edit = await app.exec(admin.token, UPDATE, {
      id: supplier.id,
      v: 2,
      input: { name: "x" },
    });
    expect(errorCodes(edit)).toEqual(["CONFLICT"]);

    const hidden = await app.exec(admin.token, LIST, {
      first: 100,
      filter: { search: "Zeta Archived" },
    });
    expect(hidden.data!.suppliers.totalCount).toBe(0);
    const shown = await app.exec(admin.token, LIST, {
      first: 100,
      filter: { search: "Zeta Archived", includeArchived: true },
    });
    expect(shown.data!.suppliers.totalCount).toBe(1);
    expect(await app.dataSource.manager.countBy(Supplier, { id: supplier.id })).toBe(1);
  });

  describe("pagination", () => {
    beforeAll(async () => {
      const glass = await categoryId(app, "GLASS");
      for (let i = 0; i < 130; i++) {
        const supplier = await makeSupplier(app, {
          name: `Page Supplier ${String(i).padStart(3, "0")}`,
          country: i % 2 ? "FR" : "IT",
        });
        if (i % 10 === 0)
          await app.dataSource.query("INSERT INTO supplier_category VALUES ($1, $2)", [
            supplier.id,
            glass,
          ]);
      }
    });

    it("walks every row once in a stable order with cursors", async () => {
      const seen: string[] = [];
      let after: string | null = null;
      let pages = 0;
      do {
        const result: any = await app.exec(admin.token, LIST, {
          first: 40,
          after,
          filter: { search: "Page Supplier" },
        });
        const connection = result.data.suppliers;
        expect(connection.totalCount).toBe(130);
        seen.push(...connection.edges.map((e: { node: { name: string } }) => e.node.name));
        after = connection.pageInfo.hasNextPage ? connection.pageInfo.endCursor : null;
        pages++;
      } while (after);
      expect(pages).toBe(4);
      expect(seen).toHaveLength(130);
      expect(new Set(seen).size).toBe(130);
      expect(seen).toEqual([...seen].sort());
    });

    it("caps a page at 100 rows", async () => {
      const result = await app.exec(admin.token, LIST, { first: 101 });
      expect(errorCodes(result)).toEqual(["BAD_USER_INPUT"]);
      expect(result.errors![0].extensions!.fields[0].path).toBe("first");
      const max = await app.exec(admin.token, LIST, { first: 100 });
      expect(max.data!.suppliers.edges).toHaveLength(100);
      expect(max.data!.suppliers.pageInfo.hasNextPage).toBe(true);
    });

    it("filters by country and category", async () => {
      const fr = await app.exec(admin.token, LIST, {
        first: 100,
        filter: { country: "fr", search: "Page Supplier" },
      });
      expect(fr.data!.suppliers.totalCount).toBe(65);
      const glass = await app.exec(admin.token, LIST, {
        first: 100,
        filter: { categoryId: await categoryId(app, "GLASS") },
      });
      expect(glass.data!.suppliers.totalCount).toBe(13);
    });

    it("refuses a forged cursor", async () => {
      const result = await app.exec(admin.token, LIST, { after: "not-a-cursor" });
      expect(errorCodes(result)).toEqual(["BAD_USER_INPUT"]);
    });
  });
});

describe("re-audit planning", () => {
  let app: TestApp;
  let auditor: TestUser;
  beforeAll(async () => {
    app = await createTestApp();
    const home = await makeSupplier(app);
    ({ auditor } = await makeRoles(app, home.id));
  });
  afterAll(() => app.close());

  it("lists suppliers by next audit due, never-audited first, and filters by a due date", async () => {
    const older = await makeSupplier(app, {
      name: "Due Older",
      createdAt: new Date("2025-01-01T00:00:00Z"),
    } as never);
    const newer = await makeSupplier(app, { name: "Due Newer" });
    const query = `query($f: SupplierFilter, $after: String) { suppliers(filter: $f, orderBy: NEXT_AUDIT_DUE, first: 1, after: $after) {
      totalCount pageInfo { endCursor hasNextPage } edges { node { name nextAuditDue } } } }`;
    const first = await app.exec(auditor.token, query, { f: { search: "Due " } });
    expect(first.errors).toBeUndefined();
    expect(first.data!.suppliers.edges[0].node.name).toBe(older.name);
    const second = await app.exec(auditor.token, query, {
      f: { search: "Due " },
      after: first.data!.suppliers.pageInfo.endCursor,
    });
    expect(second.data!.suppliers.edges[0].node.name).toBe(newer.name);
    expect(second.data!.suppliers.pageInfo.hasNextPage).toBe(false);
    const dueByThen = await app.exec(auditor.token, query, {
      f: { search: "Due ", auditDueBefore: "2025-06-01T00:00:00Z" },
    });
    expect(dueByThen.data!.suppliers.totalCount).toBe(1);
  });
});
