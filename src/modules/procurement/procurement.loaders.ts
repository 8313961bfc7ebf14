import DataLoader from "dataloader";
import { In, type DataSource } from "typeorm";
import { byId, groupBy } from "../../graphql/batch";
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

declare module "../../graphql/context" {
  interface Loaders extends ReturnType<typeof procurementLoaders> {}
}
