import DataLoader from "dataloader";
import { In, type DataSource } from "typeorm";
import { byId, groupBy } from "../../graphql/batch";
import { Certificate } from "./certificate.entity";
import { MaterialCategory } from "./material-category.entity";
import { SupplierCategory } from "./supplier-category.entity";
import { SupplierSite } from "./supplier-site.entity";
import { Supplier } from "./supplier.entity";
import { SustainabilityVerification } from "./sustainability-verification.entity";
import { VERIFICATION_HISTORY_LIMIT } from "./sustainability.limits";

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
    /** The newest verification per supplier, valid or lapsed. */
    latestVerification: new DataLoader<string, SustainabilityVerification | null>(async (ids) => {
      const rows = await manager
        .createQueryBuilder(SustainabilityVerification, "v")
        .distinctOn(["v.supplier_id"])
        .where("v.supplierId IN (:...ids)", { ids: [...ids] })
        .orderBy("v.supplier_id")
        .addOrderBy("v.verified_at", "DESC")
        .addOrderBy("v.id", "DESC")
        .getMany();
      const bySupplier = new Map(rows.map((row) => [row.supplierId, row]));
      return ids.map((id) => bySupplier.get(id) ?? null);
    }),
    verificationHistory: new DataLoader<string, SustainabilityVerification[]>(async (ids) => {
      const rows = (await manager.query(
        `SELECT h.id FROM unnest($1::uuid[]) AS s(id)
         CROSS JOIN LATERAL (SELECT id FROM sustainability_verification
           WHERE supplier_id = s.id ORDER BY verified_at DESC, id DESC LIMIT $2) h`,
        [[...ids], VERIFICATION_HISTORY_LIMIT],
      )) as { id: string }[];
      const found =
        rows.length === 0
          ? []
          : await manager.find(SustainabilityVerification, {
              where: { id: In(rows.map((row) => row.id)) },
              order: { verifiedAt: "DESC", id: "DESC" },
            });
      return groupBy(found, ids, (row) => row.supplierId);
    }),
    /** Every certificate (at most MAX_CERTIFICATES_PER_SUPPLIER each), latest valid-until first. */
    certificatesBySupplier: new DataLoader<string, Certificate[]>(async (ids) =>
      groupBy(
        await manager.find(Certificate, {
          where: { supplierId: In([...ids]) },
          order: { validUntil: "DESC", addedAt: "DESC", id: "DESC" },
        }),
        ids,
        (certificate) => certificate.supplierId,
      ),
    ),
    /** Suppliers (not archived) delivering each category. */
    supplierCountByCategory: new DataLoader<string, number>(async (ids) => {
      const rows = (await manager.query(
        `SELECT link.category_id AS id, count(*)::int AS n
           FROM supplier_category link JOIN supplier s ON s.id = link.supplier_id
          WHERE link.category_id = ANY($1::uuid[]) AND NOT s.archived
          GROUP BY link.category_id`,
        [[...ids]],
      )) as { id: string; n: number }[];
      const counts = new Map(rows.map((row) => [row.id, row.n]));
      return ids.map((id) => counts.get(id) ?? 0);
    }),
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

declare module "../../graphql/context" {
  interface Loaders extends ReturnType<typeof supplierLoaders> {}
}
