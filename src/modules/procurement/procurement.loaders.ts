import DataLoader from "dataloader";
import { In, type DataSource } from "typeorm";
import { byId, groupBy } from "../../graphql/batch";
import { entityFrom, selectList, tableOf } from "../../database/rows";
import { Supplier } from "../supplier/supplier.entity";
import { PriorityAdjustment } from "./priority-adjustment.entity";
import { SupplierStanding } from "./supplier-standing.entity";

export function procurementLoaders(dataSource: DataSource) {
  const manager = dataSource.manager;
  return {
    standing: new DataLoader<string, SupplierStanding | null>(async (ids) => {
      const rows = await manager.findBy(SupplierStanding, { supplierId: In([...ids]) });
      return byId(
        rows.map((row) => Object.assign(row, { id: row.supplierId })),
        ids,
      );
    }),
    adjustment: new DataLoader<string, PriorityAdjustment | null>(async (ids) =>
      byId(await manager.findBy(PriorityAdjustment, { id: In([...ids]) }), ids),
    ),
    adjustmentsBySupplier: new DataLoader<string, PriorityAdjustment[]>(async (ids) =>
      groupBy(
        await manager.find(PriorityAdjustment, {
          where: { supplierId: In([...ids]) },
          order: { createdAt: "DESC", id: "DESC" },
        }),
        ids,
        (row) => row.supplierId,
      ),
    ),
  };
}

type StandingLoader = ReturnType<typeof procurementLoaders>["standing"];

/**
 * Suppliers by id, each with its stored standing from the same statement, primed into
 * `standing`: nearly every view of a supplier shows its status or score. The composition root
 * puts it in place of the supplier module's own `supplier` loader.
 */
export function suppliersWithStandings(dataSource: DataSource, standing: StandingLoader) {
  const { manager } = dataSource;
  return new DataLoader<string, Supplier | null>(async (ids) => {
    const raw = (await manager.query(
      `SELECT ${selectList(manager, Supplier, "s")}, ${selectList(manager, SupplierStanding, "st")}
       FROM ${tableOf(manager, Supplier)} s
       LEFT JOIN ${tableOf(manager, SupplierStanding)} st ON st.supplier_id = s.id
       WHERE s.id = ANY($1::uuid[])`,
      [ids],
    )) as Record<string, unknown>[];
    const rows = raw.map((row) => {
      const supplier = entityFrom(manager, Supplier, row, "s")!;
      const stored = entityFrom(manager, SupplierStanding, row, "st");
      standing.prime(supplier.id, stored && Object.assign(stored, { id: stored.supplierId }));
      return supplier;
    });
    return byId(rows, ids);
  });
}

declare module "../../graphql/context" {
  interface Loaders extends ReturnType<typeof procurementLoaders> {}
}
