import { randomUUID } from "node:crypto";
import { Role } from "../src/shared/domain/role.enum";
import { makeSupplier, makeUser, type TestUser } from "./support/factories";
import { codesOf, post } from "./support/graphql-client";
import { createTestApp, type TestApp } from "./support/test-app";

const CREATE = `mutation($i: CreateMaterialCategoryInput!) { createMaterialCategory(input: $i) { id code name version } }`;
const RENAME = `mutation($id: ID!, $v: Int!, $name: String!) {
  updateMaterialCategory(id: $id, expectedVersion: $v, input: { name: $name }) { id code name version } }`;
const LIST = `{ materialCategories { id code name version supplierCount } }`;
const TRAIL = `query($id: ID!) { auditTrail(entityType: "MaterialCategory", entityId: $id) {
  edges { node { action actor { id } changes } } } }`;

/** Renaming material categories and the supplier counts, over HTTP. */
describe("material categories", () => {
  let app: TestApp;
  let url: string;
  let admin: TestUser;
  let category: { id: string; code: string };

  beforeAll(async () => {
    app = await createTestApp();
    url = `http://127.0.0.1:${await app.server.listen(0, "127.0.0.1")}`;
    admin = await makeUser(app, Role.ADMIN);
    const code = `T${randomUUID().slice(0, 6)}`.toUpperCase();
    const created = await post(
      url,
      CREATE,
      { i: { code, name: "Test frames" } },
      {
        token: admin.token,
      },
    );
    category = created.body.data.createMaterialCategory;
  });
  afterAll(() => app.close());

  it("renames a category, keeps its code, bumps the version and records the rename", async () => {
    const renamed = await post(
      url,
      RENAME,
      { id: category.id, v: 1, name: "  Aluminium frames " },
      {
        token: admin.token,
      },
    );
    expect(renamed.body.data.updateMaterialCategory).toEqual({
      id: category.id,
      code: category.code,
      name: "Aluminium frames",
      version: 2,
    });
    const trail = await post(url, TRAIL, { id: category.id }, { token: admin.token });
    expect(trail.body.data.auditTrail.edges.map((e: { node: unknown }) => e.node)).toEqual([
      {
        action: "material_category.renamed",
        actor: { id: admin.user.id },
        changes: { name: { before: "Test frames", after: "Aluminium frames" } },
      },
      expect.objectContaining({ action: "material_category.created" }),
    ]);
  });

  it("refuses a stale version, a too-short or unchanged name, and an unknown category", async () => {
    const [{ version, name }] = (await app.dataSource.query(
      `SELECT version, name FROM material_category WHERE id = $1`,
      [category.id],
    )) as { version: number; name: string }[];
    const stale = await post(
      url,
      RENAME,
      { id: category.id, v: version - 1, name: "Other" },
      {
        token: admin.token,
      },
    );
    expect(codesOf(stale)).toEqual(["CONFLICT"]);
    expect(stale.body.errors![0].extensions.reason).toBe("STALE_VERSION");
    for (const bad of [" x ", name]) {
      const refused = await post(
        url,
        RENAME,
        { id: category.id, v: version, name: bad },
        {
          token: admin.token,
        },
      );
      expect(codesOf(refused)).toEqual(["BAD_USER_INPUT"]);
      expect(refused.body.errors![0].extensions.fields[0].path).toBe("input.name");
    }
    const missing = await post(
      url,
      RENAME,
      { id: "00000000-0000-4000-8000-000000000000", v: 1, name: "Whatever" },
      { token: admin.token },
    );
    expect(codesOf(missing)).toEqual(["NOT_FOUND"]);
    const [after] = (await app.dataSource.query(
      `SELECT version, name FROM material_category WHERE id = $1`,
      [category.id],
    )) as { version: number; name: string }[];
    expect(after).toEqual({ version, name });
  });

  it("counts the suppliers (not archived) of each category for staff only", async () => {
    const active = await makeSupplier(app);
    const archived = await makeSupplier(app, { archived: true, archivedAt: new Date() });
    for (const supplier of [active, archived]) {
      await app.dataSource.query(`INSERT INTO supplier_category VALUES ($1, $2)`, [
        supplier.id,
        category.id,
      ]);
    }
    const buyer = await makeUser(app, Role.PROCUREMENT);
    const list = await post(url, LIST, {}, { token: buyer.token });
    const row = list.body.data.materialCategories.find((c: { id: string }) => c.id === category.id);
    expect(row.supplierCount).toBe(1);
    const supplierUser = await makeUser(app, Role.SUPPLIER, { supplierId: active.id });
    expect(codesOf(await post(url, LIST, {}, { token: supplierUser.token }))).toEqual([
      "FORBIDDEN",
    ]);
  });
});
