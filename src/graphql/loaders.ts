import DataLoader from "dataloader";
import { In, type DataSource } from "typeorm";
import { MaterialCategory } from "../modules/supplier/material-category.entity";
import { SupplierCategory } from "../modules/supplier/supplier-category.entity";
import { SupplierSite } from "../modules/supplier/supplier-site.entity";
import { Supplier } from "../modules/supplier/supplier.entity";

/** Batch helper: one query per tick, results in key order. */
export function byId<T extends { id: string }>(rows: T[], ids: readonly string[]): (T | null)[] {
  const map = new Map(rows.map((row) => [row.id, row]));
  return ids.map((id) => map.get(id) ?? null);
}

export function groupBy<T>(rows: T[], keys: readonly string[], key: (row: T) => string): T[][] {
  const map = new Map<string, T[]>(keys.map((k) => [k, []]));
  for (const row of rows) map.get(key(row))?.push(row);
  return keys.map((k) => map.get(k) ?? []);
}

export function createLoaders(dataSource: DataSource) {
  const manager = dataSource.manager;
  return {
    supplier: new DataLoader<string, Supplier | null>(async (ids) =>
      byId(await manager.findBy(Supplier, { id: In([...ids]) }), ids),
    ),
    sitesBySupplier: new DataLoader<string, SupplierSite[]>(async (ids) =>
      groupBy(
        await manager.find(SupplierSite, {
          where: { supplierId: In([...ids]) },
          order: { name: "ASC", id: "ASC" },
        }),
        ids,
        (site) => site.supplierId,
      ),
    ),
    categoriesBySupplier: new DataLoader<string, MaterialCategory[]>(async (ids) => {
      const links = await manager
        .createQueryBuilder(SupplierCategory, "link")
        .innerJoinAndSelect("link.category", "category")
        .where("link.supplierId IN (:...ids)", { ids: [...ids] })
        .orderBy("category.name", "ASC")
        .getMany();
      return groupBy(links, ids, (link) => link.supplierId).map((group) =>
        group.map((link) => link.category as MaterialCategory),
      );
    }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
