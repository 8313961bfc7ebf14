import { PriorityAdjustment } from "../src/modules/procurement/priority-adjustment.entity";
import {
  ADJUSTMENT_COLUMNS,
  adjustmentFromRow,
  type AdjustmentRow,
} from "../src/modules/procurement/adjustment.repository";
import { Supplier } from "../src/modules/supplier/supplier.entity";
import {
  SUPPLIER_COLUMNS,
  supplierFromRow,
  type SupplierRow,
} from "../src/modules/supplier/supplier.row";
import { SupplierStanding } from "../src/modules/procurement/supplier-standing.entity";
import { entityFrom, rowsWhere, selectList, tableOf } from "../src/database/rows";
import { insertStatement } from "../src/database/insert";
import { makeSupplier, makeUser, recompute } from "./support/factories";
import { createTestApp, type TestApp } from "./support/test-app";
import { Role } from "../src/shared/domain/role.enum";

/** The database columns a hand-written column list names, in the order written. */
function namedColumns(list: string): string[] {
  return list.split(",").map((part) =>
    part
      .trim()
      .split(/\s+AS\s+/i)[0]
      .replace(/^\w+\./, ""),
  );
}

/**
 * Hand-written SQL stays on the hot read paths (rankings, standing inputs); these lists and
 * their row mappings must follow the entities, so a column added to an entity without the
 * mapping fails here.
 */
describe("hand-mapped column lists", () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp();
  });
  afterAll(() => app.close());

  const entityColumns = (entity: typeof Supplier | typeof PriorityAdjustment) =>
    app.dataSource
      .getMetadata(entity)
      .columns.map((column) => column.databaseName)
      .sort();

  it("SUPPLIER_COLUMNS names every supplier column once, aliased s_<column>", () => {
    expect([...namedColumns(SUPPLIER_COLUMNS)].sort()).toEqual(entityColumns(Supplier));
    for (const part of SUPPLIER_COLUMNS.split(",")) {
      const [column, alias] = part.trim().split(/\s+AS\s+/i);
      expect(alias).toBe(column.replace(/^s\./, "s_"));
    }
  });

  it("supplierFromRow gives the entity TypeORM hydrates from the same row", async () => {
    const made = await makeSupplier(app, { legalName: "Mapped GmbH", blockReason: null });
    const [row] = (await app.dataSource.query(
      `SELECT ${SUPPLIER_COLUMNS} FROM supplier s WHERE s.id = $1`,
      [made.id],
    )) as SupplierRow[];
    const hydrated = await app.dataSource.manager.findOneByOrFail(Supplier, { id: made.id });
    expect(supplierFromRow(row)).toEqual(hydrated);
  });

  it("ADJUSTMENT_COLUMNS names every priority_adjustment column once", () => {
    expect([...namedColumns(ADJUSTMENT_COLUMNS)].sort()).toEqual(entityColumns(PriorityAdjustment));
  });

  it("adjustmentFromRow gives the entity TypeORM hydrates from the same row", async () => {
    const supplier = await makeSupplier(app);
    const buyer = await makeUser(app, Role.PROCUREMENT);
    const inserted = await app.dataSource.manager.insert(PriorityAdjustment, {
      supplierId: supplier.id,
      delta: 5,
      reason: "Mapped on purpose",
      categoryId: null,
      createdById: buyer.user.id,
      createdAt: app.clock.now(),
      expiresAt: null,
      revokedAt: null,
      revokedById: null,
      revokeReason: null,
    });
    const id = inserted.identifiers[0].id as string;
    const [row] = (await app.dataSource.query(
      `SELECT ${ADJUSTMENT_COLUMNS} FROM priority_adjustment WHERE id = $1`,
      [id],
    )) as AdjustmentRow[];
    const hydrated = await app.dataSource.manager.findOneByOrFail(PriorityAdjustment, { id });
    expect(adjustmentFromRow(row)).toEqual(hydrated);
  });
});

/** src/database/rows.ts and insert.ts write SQL from the entities' metadata: as TypeORM would. */
describe("metadata-written SQL", () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp();
  });
  afterAll(() => app.close());

  it("reads a joined row (embedded columns, a left join that matched nothing) as finds do", async () => {
    const { manager } = app.dataSource;
    const ranked = await makeSupplier(app, { legalName: "Joined GmbH" });
    await recompute(app, ranked.id);
    const unranked = await makeSupplier(app);
    await manager.query("DELETE FROM supplier_standing WHERE supplier_id = $1", [unranked.id]);
    const rows = (await manager.query(
      `SELECT ${selectList(manager, Supplier, "s")}, ${selectList(manager, SupplierStanding, "st")}
       FROM ${tableOf(manager, Supplier)} s
       LEFT JOIN ${tableOf(manager, SupplierStanding)} st ON st.supplier_id = s.id
       WHERE s.id = ANY($1::uuid[]) ORDER BY s.legal_name NULLS LAST`,
      [[ranked.id, unranked.id]],
    )) as Record<string, unknown>[];
    expect(rows).toHaveLength(2);
    const [first, second] = rows;
    expect(entityFrom(manager, Supplier, first, "s")).toEqual(
      await manager.findOneByOrFail(Supplier, { id: ranked.id }),
    );
    const standing = entityFrom(manager, SupplierStanding, first, "st");
    expect(standing?.status).toEqual(expect.any(String));
    expect(standing).toEqual(
      await manager.findOneByOrFail(SupplierStanding, { supplierId: ranked.id }),
    );
    expect(entityFrom(manager, Supplier, second, "s")?.id).toBe(unranked.id);
    expect(entityFrom(manager, SupplierStanding, second, "st")).toBeNull();
    expect(await rowsWhere(manager, Supplier, "id = $1", [unranked.id])).toEqual(
      await manager.findBy(Supplier, { id: unranked.id }),
    );
  });

  it("inserts the row the query builder inserts, and leaves it what it cannot write", async () => {
    const { manager } = app.dataSource;
    const supplier = await makeSupplier(app);
    const buyer = await makeUser(app, Role.PROCUREMENT);
    const values = {
      supplierId: supplier.id,
      delta: -4,
      reason: "Written from metadata",
      categoryId: null,
      createdById: buyer.user.id,
      createdAt: app.clock.now(),
    };
    const statement = insertStatement(manager, PriorityAdjustment, [values])!;
    expect(statement.sql).toMatch(/^INSERT INTO "priority_adjustment"/);
    const [raw] = (await manager.query(statement.sql, statement.params)) as Record<
      string,
      unknown
    >[];
    const built = await manager.insert(PriorityAdjustment, { ...values, reason: "Built" });
    const ours = await manager.findOneByOrFail(PriorityAdjustment, { id: raw.id as string });
    const theirs = await manager.findOneByOrFail(PriorityAdjustment, {
      id: built.identifiers[0].id as string,
    });
    expect({ ...ours, id: null, reason: null }).toEqual({ ...theirs, id: null, reason: null });
    expect(ours.expiresAt).toBeNull();
    // An embedded column (Supplier.declared) and an unknown property go to the builder.
    expect(insertStatement(manager, Supplier, [{ name: "x", declared: {} }])).toBeNull();
    expect(
      insertStatement(manager, PriorityAdjustment, [{ supplier: { id: supplier.id } }]),
    ).toBeNull();
  });

  it("upserts on a unique key, updating what the new row gives", async () => {
    const { manager } = app.dataSource;
    const supplier = await makeSupplier(app);
    const upsert = (share: number) => {
      const statement = insertStatement(
        manager,
        SupplierStanding,
        [
          {
            supplierId: supplier.id,
            status: "CONDITIONAL",
            materialScore: share,
            nextAuditDue: app.clock.now(),
            computedAt: app.clock.now(),
          },
        ],
        { conflict: ["supplierId"] },
      )!;
      return manager.query(statement.sql, statement.params);
    };
    await upsert(40);
    await upsert(55);
    const stored = await manager.findBy(SupplierStanding, { supplierId: supplier.id });
    expect(stored.map((row) => [row.status, row.materialScore])).toEqual([["CONDITIONAL", 55]]);
  });
});
