import DataLoader from "dataloader";
import { In, type DataSource } from "typeorm";
import { byId, groupBy } from "../../graphql/batch";
import { MaterialCategory } from "./material-category.entity";
import { SupplierCategory } from "./supplier-category.entity";
import { SupplierSite } from "./supplier-site.entity";
import { Supplier } from "./supplier.entity";

export function supplierLoaders(dataSource: DataSource) {
  const manager = dataSource.manager;
  return {
    supplier: new DataLoader<string, Supplier | null>(async (ids) =>
      byId(await manager.findBy(Supplier, { id: In([...ids]) }), ids),
    ),
    materialCategory: new DataLoader<string, MaterialCategory | null>(async (ids) =>
      byId(await manager.findBy(MaterialCategory, { id: In([...ids]) }), ids),
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
