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
import { makeSupplier, makeUser } from "./support/factories";
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
