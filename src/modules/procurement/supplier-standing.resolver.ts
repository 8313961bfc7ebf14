import { Arg, Args, Authorized, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { RequestContext } from "../../graphql/context";
import { ConnectionType, PageArgs } from "../../graphql/pagination";
import { translateExplanations, translateLines } from "../../shared/i18n/explanations";
import { localeOr } from "../../shared/i18n/locale";
import { AreaScore } from "../scoring/area-score.type";
import { Supplier } from "../supplier/supplier.entity";
import { PriorityAdjustment } from "./priority-adjustment.entity";
import { ProcurementStatus } from "../../shared/domain/procurement.enums";
import { ScoreSnapshot } from "./score-snapshot.entity";
import { ScoreLine, SupplierScore } from "./score.types";
import { listScoreHistory } from "./score-history.service";
import { scoreOf, snapshotAreas, standingOf } from "./standing.read";
import { PROCUREMENT_FIELD_PERMISSIONS } from "./procurement.permissions";

export const ScoreSnapshotConnection = ConnectionType(ScoreSnapshot, "ScoreSnapshot");

/** Score, status and priority fields of a supplier; the supplier itself is already visible. */
@Resolver(() => Supplier)
export class SupplierStandingResolver {
  @FieldResolver(() => ProcurementStatus)
  async status(@Root() supplier: Supplier, @Ctx() ctx: RequestContext) {
    return (await standingOf(ctx, supplier)).status;
  }

  @FieldResolver(() => [String], { description: "Every status rule that matched (SPEC 8)" })
  async statusReasons(
    @Root() supplier: Supplier,
    @Ctx() ctx: RequestContext,
    @Arg("locale", () => String, {
      nullable: true,
      description: "en or zh-CN; default the caller's language",
    })
    locale?: string,
  ) {
    return translateExplanations(
      (await standingOf(ctx, supplier)).statusReasons,
      localeOr(locale, ctx.locale),
    );
  }

  @FieldResolver(() => SupplierScore, {
    nullable: true,
    description: "Null before any audit or self-assessment",
  })
  async score(@Root() supplier: Supplier, @Ctx() ctx: RequestContext) {
    return scoreOf(await standingOf(ctx, supplier), ctx.clock.now(), ctx.locale);
  }

  @FieldResolver(() => Date, { description: "Risk-based re-audit date; in the past means due now" })
  async nextAuditDue(@Root() supplier: Supplier, @Ctx() ctx: RequestContext) {
    return (await standingOf(ctx, supplier)).nextAuditDue;
  }

  @FieldResolver(() => ScoreSnapshotConnection, { description: "Newest first" })
  scoreHistory(
    @Root() supplier: Supplier,
    @Ctx() ctx: RequestContext,
    @Args(() => PageArgs) page: PageArgs,
  ) {
    return listScoreHistory(ctx, supplier.id, page.first, page.after);
  }

  @Authorized(...PROCUREMENT_FIELD_PERMISSIONS["Supplier.priorityAdjustments"])
  @FieldResolver(() => [PriorityAdjustment], {
    description: "Every adjustment, active, revoked or expired",
  })
  priorityAdjustments(@Root() supplier: Supplier, @Ctx() ctx: RequestContext) {
    return ctx.loaders.adjustmentsBySupplier.load(supplier.id);
  }
}

@Resolver(() => ScoreSnapshot)
export class ScoreSnapshotResolver {
  @FieldResolver(() => [AreaScore])
  areas(@Root() snapshot: ScoreSnapshot) {
    return snapshotAreas(snapshot);
  }

  @FieldResolver(() => [ScoreLine])
  explanation(@Root() snapshot: ScoreSnapshot, @Ctx() ctx: RequestContext) {
    return translateLines(snapshot.explanation, ctx.locale);
  }
}
