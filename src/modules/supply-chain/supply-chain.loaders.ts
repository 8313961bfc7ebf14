import DataLoader from "dataloader";
import { In, type DataSource } from "typeorm";
import { byId, groupBy } from "../../graphql/batch";
import { CategoryTierSet } from "./category-tier-set.entity";
import { SupplyChainLink } from "./supply-chain-link.entity";
import { SupplyChainMap } from "./supply-chain-map.entity";
import { SupplyChainNode } from "./supply-chain-node.entity";
import { SupplyChainTier } from "./tier.entity";
import { SupplyChainTierSet } from "./tier-set.entity";
import { MAX_MAPS_SHOWN } from "./supply-chain.limits";

/** `supplyChainMapOf`'s key. */
export const mapKey = (supplierId: string, categoryId: string) => `${supplierId}|${categoryId}`;

export function supplyChainLoaders(dataSource: DataSource) {
  const manager = dataSource.manager;
  return {
    supplyChainMap: new DataLoader<string, SupplyChainMap | null>(async (ids) =>
      byId(await manager.findBy(SupplyChainMap, { id: In([...ids]) }), ids),
    ),
    supplyChainMapOf: new DataLoader<string, SupplyChainMap | null>(async (keys) => {
      const pairs = keys.map((k) => k.split("|"));
      const maps = await manager.find(SupplyChainMap, {
        where: pairs.map(([supplierId, categoryId]) => ({ supplierId, categoryId })),
      });
      const found = new Map(maps.map((m) => [mapKey(m.supplierId, m.categoryId), m]));
      return keys.map((k) => found.get(k) ?? null);
    }),
    /** Each supplier's maps, by category name, at most MAX_MAPS_SHOWN. */
    supplyChainMapsBySupplier: new DataLoader<string, SupplyChainMap[]>(async (supplierIds) =>
      groupBy(
        await manager
          .createQueryBuilder(SupplyChainMap, "m")
          .innerJoin("material_category", "c", "c.id = m.category_id")
          .where("m.supplier_id IN (:...ids)", { ids: [...supplierIds] })
          .orderBy("c.name", "ASC")
          .addOrderBy("m.id", "ASC")
          .getMany(),
        supplierIds,
        (m) => m.supplierId,
      ).map((maps) => maps.slice(0, MAX_MAPS_SHOWN)),
    ),
    supplyChainNodes: new DataLoader<string, SupplyChainNode[]>(async (mapIds) =>
      groupBy(
        await manager.find(SupplyChainNode, {
          where: { mapId: In([...mapIds]) },
          order: { name: "ASC", id: "ASC" },
        }),
        mapIds,
        (n) => n.mapId,
      ),
    ),
    supplyChainLinks: new DataLoader<string, SupplyChainLink[]>(async (mapIds) =>
      groupBy(
        await manager.find(SupplyChainLink, {
          where: { mapId: In([...mapIds]) },
          order: { id: "ASC" },
        }),
        mapIds,
        (l) => l.mapId,
      ),
    ),
    supplyChainTierSet: new DataLoader<string, SupplyChainTierSet | null>(async (ids) =>
      byId(await manager.findBy(SupplyChainTierSet, { id: In([...ids]) }), ids),
    ),
    supplyChainTier: new DataLoader<string, SupplyChainTier | null>(async (ids) =>
      byId(await manager.findBy(SupplyChainTier, { id: In([...ids]) }), ids),
    ),
    /** Origin first. */
    supplyChainTiers: new DataLoader<string, SupplyChainTier[]>(async (setIds) =>
      groupBy(
        await manager.find(SupplyChainTier, {
          where: { tierSetId: In([...setIds]) },
          order: { position: "ASC" },
        }),
        setIds,
        (t) => t.tierSetId,
      ),
    ),
    categoryTierSets: new DataLoader<string, CategoryTierSet[]>(async (setIds) =>
      groupBy(
        await manager.find(CategoryTierSet, { where: { tierSetId: In([...setIds]) } }),
        setIds,
        (c) => c.tierSetId,
      ),
    ),
  };
}

declare module "../../graphql/context" {
  interface Loaders extends ReturnType<typeof supplyChainLoaders> {}
}
