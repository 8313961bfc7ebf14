import type { RequestContext } from "../../graphql/context";
import { notFound } from "../../shared/errors";
import { isUuid } from "../../shared/text";
import { Traceability } from "../../shared/domain/sustainability.enums";
import { mapTraceability, traceabilityTerm } from "../scoring/map-traceability";
import { requireViewer, supplierScope } from "../identity/access";
import { mapKey } from "./supply-chain.loaders";
import { graphOf, loadCategoryTraceability } from "./supply-chain.repository";
import type { SupplyChainTraceability } from "./supply-chain.types";
import type { SupplyChainMap } from "./supply-chain-map.entity";

/** A supplier's map for a category; null when none is drawn or the viewer may not see it. */
export async function supplyChainOf(
  ctx: RequestContext,
  supplierId: string,
  categoryId: string,
): Promise<SupplyChainMap | null> {
  const scope = supplierScope(requireViewer(ctx));
  if ((scope !== null && scope !== supplierId) || !isUuid(supplierId) || !isUuid(categoryId))
    return null;
  return ctx.loaders.supplyChainMapOf.load(mapKey(supplierId, categoryId));
}

/** Every map the supplier has drawn (the viewer's own supplier only, for a supplier user). */
export async function supplyChainMapsOf(
  ctx: RequestContext,
  supplierId: string,
): Promise<SupplyChainMap[]> {
  const scope = supplierScope(requireViewer(ctx));
  if (scope !== null && scope !== supplierId) return [];
  return ctx.loaders.supplyChainMapsBySupplier.load(supplierId);
}

export async function mapTraceabilityOf(
  ctx: RequestContext,
  map: SupplyChainMap,
): Promise<SupplyChainTraceability> {
  const [nodes, links, tiers, category] = await Promise.all([
    ctx.loaders.supplyChainNodes.load(map.id),
    ctx.loaders.supplyChainLinks.load(map.id),
    ctx.loaders.supplyChainTiers.load(map.tierSetId),
    ctx.loaders.materialCategory.load(map.categoryId),
  ]);
  const graph = graphOf(nodes, links, tiers);
  if (!graph) throw notFound("SupplyChainMap root", map.id);
  const result = mapTraceability(graph);
  const originTier = tiers[0].code;
  const { source } = traceabilityTerm([
    { categoryCode: category?.code ?? map.categoryId, originTierCode: originTier, map: result },
  ]);
  return { ...result, originTier, explanation: source };
}

/**
 * Issue 18: the traceability the ranking uses; without a category the lowest over the
 * supplier's categories (as the all-categories ranking counts it).
 */
export async function computedTraceabilityOf(
  ctx: RequestContext,
  supplierId: string,
  categoryId: string | null | undefined,
): Promise<Traceability> {
  const scope = supplierScope(requireViewer(ctx));
  if (scope !== null && scope !== supplierId) throw notFound("Supplier", supplierId);
  if (categoryId && !isUuid(categoryId)) throw notFound("MaterialCategory", categoryId);
  const categories = await loadCategoryTraceability(
    ctx.dataSource.manager,
    supplierId,
    categoryId ? [categoryId] : undefined,
  );
  if (categoryId && categories.length === 0) throw notFound("MaterialCategory", categoryId);
  return categories.length === 0 ? Traceability.NONE : traceabilityTerm(categories).level;
}
