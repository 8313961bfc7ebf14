import {
  Arg,
  Args,
  Authorized,
  Ctx,
  FieldResolver,
  ID,
  Mutation,
  Query,
  Resolver,
  Root,
} from "type-graphql";
import type { RequestContext } from "../../graphql/context";
import { ConnectionType, PageArgs } from "../../graphql/pagination";
import { translateLines } from "../../shared/i18n/explanations";
import { User } from "../identity/user.entity";
import { isAdjustmentActive } from "../scoring/manual-adjustment";
import { MaterialCategory } from "../supplier/material-category.entity";
import { Supplier } from "../supplier/supplier.entity";
import { PriorityAdjustmentInput } from "./adjustment.inputs";
import { adjustPriority, revokePriorityAdjustment } from "./adjustment.service";
import { PriorityAdjustment } from "./priority-adjustment.entity";
import { listRankings } from "./ranking.service";
import { RankedSupplier, RankingFilter } from "./ranking.types";
import { PROCUREMENT_PERMISSIONS } from "./procurement.permissions";

export const RankingConnection = ConnectionType(RankedSupplier, "Ranking");

@Resolver(() => RankedSupplier)
export class RankingResolver {
  @Authorized(...PROCUREMENT_PERMISSIONS.supplierRankings)
  @Query(() => RankingConnection, { description: "Suppliers to prefer, best first (SPEC 8)" })
  async supplierRankings(
    @Ctx() ctx: RequestContext,
    @Args(() => PageArgs) page: PageArgs,
    @Arg("filter", () => RankingFilter, { nullable: true }) filter?: RankingFilter,
  ) {
    const ranking = await listRankings(ctx, filter, page.first, page.after);
    // Stored in English; translated here, not in listRankings, whose CSV export words its own.
    if (ctx.locale === "en") return ranking;
    for (const edge of ranking.edges)
      edge.node.explanation = translateLines(edge.node.explanation, ctx.locale);
    return ranking;
  }

  @FieldResolver(() => [PriorityAdjustment])
  async adjustments(@Root() row: RankedSupplier, @Ctx() ctx: RequestContext) {
    const found = await ctx.loaders.adjustment.loadMany(row.adjustmentIds);
    return found.filter((a): a is PriorityAdjustment => a instanceof PriorityAdjustment);
  }
}

@Resolver(() => PriorityAdjustment)
export class PriorityAdjustmentResolver {
  @Authorized(...PROCUREMENT_PERMISSIONS.adjustPriority)
  @Mutation(() => PriorityAdjustment)
  adjustPriority(
    @Ctx() ctx: RequestContext,
    @Arg("input", () => PriorityAdjustmentInput) input: PriorityAdjustmentInput,
  ) {
    return adjustPriority(ctx, input);
  }

  @Authorized(...PROCUREMENT_PERMISSIONS.revokePriorityAdjustment)
  @Mutation(() => PriorityAdjustment, { description: "Stops it counting; it stays in the history" })
  revokePriorityAdjustment(
    @Ctx() ctx: RequestContext,
    @Arg("id", () => ID) id: string,
    @Arg("reason", () => String) reason: string,
  ) {
    return revokePriorityAdjustment(ctx, id, reason);
  }

  @FieldResolver(() => Supplier)
  supplier(@Root() adjustment: PriorityAdjustment, @Ctx() ctx: RequestContext) {
    return ctx.loaders.supplier.load(adjustment.supplierId);
  }

  @FieldResolver(() => MaterialCategory, {
    nullable: true,
    description: "Null: counts in every ranking",
  })
  async category(@Root() adjustment: PriorityAdjustment, @Ctx() ctx: RequestContext) {
    if (!adjustment.categoryId) return null;
    return (await ctx.loaders.materialCategory.load(adjustment.categoryId)) ?? null;
  }

  @FieldResolver(() => User)
  createdBy(@Root() adjustment: PriorityAdjustment, @Ctx() ctx: RequestContext) {
    return ctx.loaders.user.load(adjustment.createdById);
  }

  @FieldResolver(() => Boolean, { description: "Neither revoked nor expired" })
  active(@Root() adjustment: PriorityAdjustment, @Ctx() ctx: RequestContext) {
    return isAdjustmentActive(adjustment, ctx.clock.now());
  }
}
