import {
  Arg,
  Authorized,
  Ctx,
  FieldResolver,
  Float,
  ID,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
} from "type-graphql";
import type { RequestContext } from "../../graphql/context";
import { notFound } from "../../shared/errors";
import { translateExplanation } from "../../shared/i18n/explanations";
import { Traceability } from "../../shared/domain/sustainability.enums";
import { Document } from "../document/document.entity";
import { User } from "../identity/user.entity";
import { MaterialCategory } from "../supplier/material-category.entity";
import { Supplier } from "../supplier/supplier.entity";
import { CategoryTierSet } from "./category-tier-set.entity";
import { LinkEvidence, LinkEvidenceInput } from "./link-evidence";
import { verifySupplyChainLink } from "./link-verification.service";
import * as edit from "./map-edit.service";
import {
  SupplyChainLinkInput,
  SupplyChainLinkUpdateInput,
  SupplyChainNodeInput,
} from "./supply-chain.inputs";
import { SUPPLY_CHAIN_PERMISSIONS as P } from "./supply-chain.permissions";
import {
  computedTraceabilityOf,
  mapTraceabilityOf,
  supplyChainMapsOf,
  supplyChainOf,
} from "./supply-chain.read";
import { MAX_MAPS_SHOWN } from "./supply-chain.limits";
import { SupplyChainTraceability } from "./supply-chain.types";
import { SupplyChainLink } from "./supply-chain-link.entity";
import { SupplyChainMap } from "./supply-chain-map.entity";
import { SupplyChainNode } from "./supply-chain-node.entity";
import { SupplyChainTier } from "./tier.entity";
import { SupplyChainTierSet } from "./tier-set.entity";
import { listTierSets, setCategoryTierSet } from "./tier-set.service";

@Resolver(() => Supplier)
export class SupplierSupplyChainResolver {
  @FieldResolver(() => SupplyChainMap, {
    nullable: true,
    description: "The supplier's upstream chain for a category; null when none is drawn",
  })
  supplyChain(
    @Root() supplier: Supplier,
    @Ctx() ctx: RequestContext,
    @Arg("categoryId", () => ID) categoryId: string,
  ) {
    return supplyChainOf(ctx, supplier.id, categoryId);
  }

  @FieldResolver(() => [SupplyChainMap], {
    description: `Every supply-chain map the supplier has drawn, by category name (at most ${MAX_MAPS_SHOWN})`,
  })
  supplyChainMaps(@Root() supplier: Supplier, @Ctx() ctx: RequestContext) {
    return supplyChainMapsOf(ctx, supplier.id);
  }

  @FieldResolver(() => Traceability, {
    description:
      "Computed from the supply-chain map (what the ranking uses); without a category the lowest over the supplier's categories",
  })
  computedTraceability(
    @Root() supplier: Supplier,
    @Ctx() ctx: RequestContext,
    @Arg("categoryId", () => ID, { nullable: true }) categoryId?: string,
  ) {
    return computedTraceabilityOf(ctx, supplier.id, categoryId);
  }
}

@Resolver(() => SupplyChainMap)
export class SupplyChainResolver {
  @Authorized(...P.supplyChainTierSets)
  @Query(() => [SupplyChainTierSet], { description: "The tier sets maps are drawn on" })
  supplyChainTierSets(@Ctx() ctx: RequestContext) {
    return listTierSets(ctx);
  }

  @Authorized(...P.setCategoryTierSet)
  @Mutation(() => CategoryTierSet, {
    nullable: true,
    description:
      "The tier a category's suppliers stand at (its set follows); null: no maps for it. Refused while maps of it exist",
  })
  setCategoryTierSet(
    @Ctx() ctx: RequestContext,
    @Arg("categoryId", () => ID) categoryId: string,
    @Arg("topTierId", () => ID, { nullable: true }) topTierId?: string,
  ) {
    return setCategoryTierSet(ctx, categoryId, topTierId ?? null);
  }

  @Authorized(...P.createSupplyChainMap)
  @Mutation(() => SupplyChainMap, {
    description: "Starts the map of a category the supplier supplies; its root is the supplier",
  })
  createSupplyChainMap(
    @Ctx() ctx: RequestContext,
    @Arg("supplierId", () => ID) supplierId: string,
    @Arg("categoryId", () => ID) categoryId: string,
  ) {
    return edit.createSupplyChainMap(ctx, supplierId, categoryId);
  }

  @Authorized(...P.addSupplyChainNode)
  @Mutation(() => SupplyChainMap)
  addSupplyChainNode(
    @Ctx() ctx: RequestContext,
    @Arg("mapId", () => ID) mapId: string,
    @Arg("expectedVersion", () => Int) expectedVersion: number,
    @Arg("input", () => SupplyChainNodeInput) input: SupplyChainNodeInput,
  ) {
    return edit.addSupplyChainNode(ctx, mapId, expectedVersion, input);
  }

  @Authorized(...P.updateSupplyChainNode)
  @Mutation(() => SupplyChainMap, {
    description: "A change un-verifies the node's verified links",
  })
  updateSupplyChainNode(
    @Ctx() ctx: RequestContext,
    @Arg("id", () => ID) id: string,
    @Arg("expectedVersion", () => Int) expectedVersion: number,
    @Arg("input", () => SupplyChainNodeInput) input: SupplyChainNodeInput,
  ) {
    return edit.updateSupplyChainNode(ctx, id, expectedVersion, input);
  }

  @Authorized(...P.removeSupplyChainNode)
  @Mutation(() => SupplyChainMap, { description: "Removes the node and its links" })
  removeSupplyChainNode(
    @Ctx() ctx: RequestContext,
    @Arg("id", () => ID) id: string,
    @Arg("expectedVersion", () => Int) expectedVersion: number,
  ) {
    return edit.removeSupplyChainNode(ctx, id, expectedVersion);
  }

  @Authorized(...P.addSupplyChainLink)
  @Mutation(() => SupplyChainMap, {
    description: "Upstream at a lower tier than downstream (tiers may be skipped); no cycles",
  })
  addSupplyChainLink(
    @Ctx() ctx: RequestContext,
    @Arg("mapId", () => ID) mapId: string,
    @Arg("expectedVersion", () => Int) expectedVersion: number,
    @Arg("input", () => SupplyChainLinkInput) input: SupplyChainLinkInput,
  ) {
    return edit.addSupplyChainLink(ctx, mapId, expectedVersion, input);
  }

  @Authorized(...P.updateSupplyChainLink)
  @Mutation(() => SupplyChainMap, { description: "Back to DECLARED if it was verified" })
  updateSupplyChainLink(
    @Ctx() ctx: RequestContext,
    @Arg("id", () => ID) id: string,
    @Arg("expectedVersion", () => Int) expectedVersion: number,
    @Arg("input", () => SupplyChainLinkUpdateInput) input: SupplyChainLinkUpdateInput,
  ) {
    return edit.updateSupplyChainLink(ctx, id, expectedVersion, input);
  }

  @Authorized(...P.removeSupplyChainLink)
  @Mutation(() => SupplyChainMap)
  removeSupplyChainLink(
    @Ctx() ctx: RequestContext,
    @Arg("id", () => ID) id: string,
    @Arg("expectedVersion", () => Int) expectedVersion: number,
  ) {
    return edit.removeSupplyChainLink(ctx, id, expectedVersion);
  }

  @Authorized(...P.verifySupplyChainLink)
  @Mutation(() => SupplyChainMap, {
    description:
      "Checks a link against its documents (those given are added); at least one must be on it",
  })
  verifySupplyChainLink(
    @Ctx() ctx: RequestContext,
    @Arg("id", () => ID) id: string,
    @Arg("expectedVersion", () => Int) expectedVersion: number,
    @Arg("evidence", () => [LinkEvidenceInput], { defaultValue: [] }) evidence: LinkEvidenceInput[],
    @Arg("note", () => String, { nullable: true }) note?: string,
  ) {
    return verifySupplyChainLink(ctx, id, expectedVersion, evidence, note);
  }

  @FieldResolver(() => MaterialCategory)
  category(@Root() map: SupplyChainMap, @Ctx() ctx: RequestContext) {
    return ctx.loaders.materialCategory.load(map.categoryId);
  }

  @FieldResolver(() => SupplyChainTierSet)
  tierSet(@Root() map: SupplyChainMap, @Ctx() ctx: RequestContext) {
    return ctx.loaders.supplyChainTierSet.load(map.tierSetId);
  }

  @FieldResolver(() => [SupplyChainNode])
  nodes(@Root() map: SupplyChainMap, @Ctx() ctx: RequestContext) {
    return ctx.loaders.supplyChainNodes.load(map.id);
  }

  @FieldResolver(() => [SupplyChainLink])
  links(@Root() map: SupplyChainMap, @Ctx() ctx: RequestContext) {
    return ctx.loaders.supplyChainLinks.load(map.id);
  }

  @FieldResolver(() => Float, {
    description:
      "Share of paths from the root reaching the origin tier through verified links, 0-100",
  })
  async coverage(@Root() map: SupplyChainMap, @Ctx() ctx: RequestContext) {
    return (await mapTraceabilityOf(ctx, map)).coverage;
  }

  @FieldResolver(() => SupplyChainTraceability)
  async traceability(@Root() map: SupplyChainMap, @Ctx() ctx: RequestContext) {
    const traceability = await mapTraceabilityOf(ctx, map);
    return {
      ...traceability,
      explanation: translateExplanation(traceability.explanation, ctx.locale),
    };
  }
}

@Resolver(() => SupplyChainNode)
export class SupplyChainNodeResolver {
  @FieldResolver(() => SupplyChainTier)
  tier(@Root() node: SupplyChainNode, @Ctx() ctx: RequestContext) {
    return ctx.loaders.supplyChainTier.load(node.tierId);
  }

  // An id, not the map itself: a back-reference would let a query loop map -> nodes -> map.
  @FieldResolver(() => ID, { description: "The category of the node's map (its page's address)" })
  async categoryId(@Root() node: SupplyChainNode, @Ctx() ctx: RequestContext) {
    const map = await ctx.loaders.supplyChainMap.load(node.mapId);
    if (!map) throw notFound("SupplyChainMap", node.mapId);
    return map.categoryId;
  }
}

@Resolver(() => SupplyChainLink)
export class SupplyChainLinkResolver {
  @FieldResolver(() => User, { nullable: true })
  verifiedBy(@Root() link: SupplyChainLink, @Ctx() ctx: RequestContext) {
    return link.verifiedById ? ctx.loaders.user.load(link.verifiedById) : null;
  }
}

@Resolver(() => LinkEvidence)
export class LinkEvidenceResolver {
  @FieldResolver(() => Document, { nullable: true, description: "Null once the file is gone" })
  document(@Root() evidence: LinkEvidence, @Ctx() ctx: RequestContext) {
    return ctx.loaders.document.load(evidence.documentId);
  }
}

@Resolver(() => SupplyChainTierSet)
export class SupplyChainTierSetResolver {
  @FieldResolver(() => [SupplyChainTier], { description: "Origin first" })
  tiers(@Root() set: SupplyChainTierSet, @Ctx() ctx: RequestContext) {
    return ctx.loaders.supplyChainTiers.load(set.id);
  }

  @FieldResolver(() => [CategoryTierSet], { description: "The categories drawn on this set" })
  categories(@Root() set: SupplyChainTierSet, @Ctx() ctx: RequestContext) {
    return ctx.loaders.categoryTierSets.load(set.id);
  }
}

@Resolver(() => CategoryTierSet)
export class CategoryTierSetResolver {
  @FieldResolver(() => MaterialCategory)
  category(@Root() row: CategoryTierSet, @Ctx() ctx: RequestContext) {
    return ctx.loaders.materialCategory.load(row.categoryId);
  }

  @FieldResolver(() => SupplyChainTier)
  topTier(@Root() row: CategoryTierSet, @Ctx() ctx: RequestContext) {
    return ctx.loaders.supplyChainTier.load(row.topTierId);
  }
}

export const SUPPLY_CHAIN_RESOLVERS = [
  SupplierSupplyChainResolver,
  SupplyChainResolver,
  SupplyChainNodeResolver,
  SupplyChainLinkResolver,
  LinkEvidenceResolver,
  SupplyChainTierSetResolver,
  CategoryTierSetResolver,
] as const;
