import {
  Arg,
  Authorized,
  Ctx,
  Field,
  FieldResolver,
  Float,
  ID,
  Int,
  ObjectType,
  Resolver,
  Root,
} from "type-graphql";
import type { RequestContext } from "../../graphql/context";
import { translateLines } from "../../shared/i18n/explanations";
import { localeOr } from "../../shared/i18n/locale";
import { ProcurementStatus } from "../../shared/domain/procurement.enums";
import { Supplier } from "../supplier/supplier.entity";
import { PriorityAdjustment } from "./priority-adjustment.entity";
import { PROCUREMENT_FIELD_PERMISSIONS } from "./procurement.permissions";
import { ALL_CATEGORIES_SCOPE } from "./ranking-entry.entity";
import { DEFAULT_RANKED_STATUSES } from "./ranking.service";
import { ScoreLine } from "./score.types";

@ObjectType({
  description: "A supplier's stored priority in one ranking scope, with the terms it adds up from",
  simpleResolvers: true,
})
export class SupplierPriority {
  @Field(() => ID, { nullable: true, description: "Null: the all-categories ranking" })
  categoryId: string | null;

  @Field(() => Float)
  priorityScore: number;

  @Field(() => Int, {
    nullable: true,
    description:
      "Position among the suppliers the ranking shows by default (APPROVED and CONDITIONAL; " +
      "with SUSPENDED ones for a suspended supplier); null while BLOCKED (never ranked)",
  })
  rank: number | null;

  @Field(() => ProcurementStatus)
  status: ProcurementStatus;

  /** As stored, in English: `explanation` below words it in the reader's language. */
  explanation: ScoreLine[];

  adjustmentIds: string[];
}

interface EntryRow {
  priority_score: number;
  status: ProcurementStatus;
  explanation: ScoreLine[];
  adjustment_ids: string[];
  ahead: number | null;
}

/** The ranking's own stored row, so the supplier page explains the same number the ranking shows. */
@Resolver(() => Supplier)
export class SupplierPriorityResolver {
  @Authorized(...PROCUREMENT_FIELD_PERMISSIONS["Supplier.priority"])
  @FieldResolver(() => SupplierPriority, {
    nullable: true,
    description:
      "Priority in a category's ranking (without a category: all categories); null when not ranked there (no score yet, archived, or not in that category)",
  })
  async priority(
    @Root() supplier: Supplier,
    @Ctx() ctx: RequestContext,
    @Arg("categoryId", () => ID, { nullable: true }) categoryId?: string,
  ): Promise<SupplierPriority | null> {
    const scope = categoryId ?? ALL_CATEGORIES_SCOPE;
    const shown = [...DEFAULT_RANKED_STATUSES, ProcurementStatus.SUSPENDED];
    // Ahead: rows of the same scope in the statuses the ranking would list beside this one,
    // ordered as the ranking orders them (priority, ESG score, name, id).
    const rows = (await ctx.dataSource.query(
      `SELECT e.priority_score, e.status, e.explanation, e.adjustment_ids,
         CASE WHEN e.status = 'BLOCKED' THEN NULL ELSE (
           SELECT count(*)::int FROM ranking_entry o
           WHERE o.scope_id = e.scope_id
             AND o.status = ANY(CASE WHEN e.status = 'SUSPENDED' THEN $3::varchar[] ELSE $4::varchar[] END)
             AND (o.priority_score > e.priority_score OR (o.priority_score = e.priority_score
               AND (o.esg_score > e.esg_score OR (o.esg_score = e.esg_score
               AND (o.supplier_name < e.supplier_name OR (o.supplier_name = e.supplier_name
               AND o.supplier_id < e.supplier_id))))))) END AS ahead
       FROM ranking_entry e WHERE e.scope_id = $1 AND e.supplier_id = $2`,
      [scope, supplier.id, shown, DEFAULT_RANKED_STATUSES],
    )) as EntryRow[];
    const row = rows[0];
    if (!row) return null;
    return {
      categoryId: categoryId ?? null,
      priorityScore: row.priority_score,
      rank: row.ahead === null ? null : row.ahead + 1,
      status: row.status,
      explanation: row.explanation,
      adjustmentIds: row.adjustment_ids,
    };
  }
}

@Resolver(() => SupplierPriority)
export class SupplierPriorityFieldsResolver {
  @FieldResolver(() => [ScoreLine], {
    name: "explanation",
    description: "Components and adjustments; they add up to priorityScore",
  })
  explanationIn(
    @Root() row: SupplierPriority,
    @Ctx() ctx: RequestContext,
    @Arg("locale", () => String, {
      nullable: true,
      description: "en or zh-CN; default the caller's language",
    })
    locale?: string,
  ): ScoreLine[] {
    return translateLines(row.explanation, localeOr(locale, ctx.locale));
  }

  @FieldResolver(() => [PriorityAdjustment], {
    description: "The active manual adjustments counted here, in the order of their lines",
  })
  async adjustments(@Root() row: SupplierPriority, @Ctx() ctx: RequestContext) {
    const found = await ctx.loaders.adjustment.loadMany(row.adjustmentIds);
    return found.filter((a): a is PriorityAdjustment => a instanceof PriorityAdjustment);
  }
}
