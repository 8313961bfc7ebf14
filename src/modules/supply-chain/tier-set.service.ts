import type { RequestContext } from "../../graphql/context";
import { inTransaction } from "../../database/transaction";
import { badInput, notFound, stateConflict } from "../../shared/errors";
import { requireRole } from "../identity/access";
import { CategoryTierSet } from "./category-tier-set.entity";
import { MAX_TIER_SETS } from "./supply-chain.limits";
import { SUPPLY_CHAIN_PERMISSIONS as P } from "./supply-chain.permissions";
import { SupplyChainTier } from "./tier.entity";
import { SupplyChainTierSet } from "./tier-set.entity";

export function listTierSets(ctx: RequestContext): Promise<SupplyChainTierSet[]> {
  requireRole(ctx, ...P.supplyChainTierSets);
  return ctx.dataSource.manager.find(SupplyChainTierSet, {
    order: { code: "ASC" },
    take: MAX_TIER_SETS,
  });
}

/**
 * Points a material category at a tier set and the tier its suppliers stand at (null: no map
 * for it). Refused while maps of the category are drawn on other tiers: their nodes would
 * stand on tiers the category no longer has.
 */
export async function setCategoryTierSet(
  ctx: RequestContext,
  categoryId: string,
  topTierId: string | null,
): Promise<CategoryTierSet | null> {
  requireRole(ctx, ...P.setCategoryTierSet);
  return inTransaction(ctx, async (tx) => {
    const [category] = (await tx.manager.query(
      `SELECT id FROM material_category WHERE id = $1 FOR UPDATE`,
      [categoryId],
    )) as { id: string }[];
    if (!category) throw notFound("MaterialCategory", categoryId);
    const top = topTierId ? await tx.manager.findOneBy(SupplyChainTier, { id: topTierId }) : null;
    if (topTierId && !top)
      throw badInput([{ path: "topTierId", message: "is not a tier (supplyChainTierSets)" }]);
    const before = await tx.manager.findOneBy(CategoryTierSet, { categoryId });
    if (before?.topTierId === (top?.id ?? undefined)) return before;
    const [{ n }] = (await tx.manager.query(
      `SELECT count(*)::int AS n FROM supply_chain_map WHERE category_id = $1`,
      [categoryId],
    )) as { n: number }[];
    if (n > 0)
      throw stateConflict(
        `${n} supply-chain map${n === 1 ? " is" : "s are"} drawn for this category on its current tiers`,
      );
    if (top)
      await tx.manager.upsert(
        CategoryTierSet,
        { categoryId, tierSetId: top.tierSetId, topTierId: top.id, updatedAt: tx.now },
        ["categoryId"],
      );
    else await tx.manager.delete(CategoryTierSet, { categoryId });
    const after = await tx.manager.findOneBy(CategoryTierSet, { categoryId });
    await tx.record({
      action: "categoryTierSet.set",
      entityType: "CategoryTierSet",
      entityId: categoryId,
      before: before && { tierSetId: before.tierSetId, topTierId: before.topTierId },
      after: after && { tierSetId: after.tierSetId, topTierId: after.topTierId },
    });
    // No map is drawn for it, so the level stays NONE; the explanation's wording changes.
    const suppliers = (await tx.manager.query(
      `SELECT supplier_id FROM supplier_category WHERE category_id = $1`,
      [categoryId],
    )) as { supplier_id: string }[];
    for (const s of suppliers) tx.touchSupplier(s.supplier_id, "SUPPLY_CHAIN_CHANGED");
    return after;
  });
}
