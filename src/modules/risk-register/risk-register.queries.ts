import type { RequestContext } from "../../graphql/context";
import { decodeCursor, pageSize, toConnection, type Connection } from "../../graphql/pagination";
import { sentenceText, type SentenceKey } from "../../shared/i18n/sentences";
import { requireRole } from "../identity/access";
import { RISK_FACTOR_MAX, RISK_FACTOR_MIN } from "../scoring/scoring-policy";
import { isoDay } from "../substance/compliance";
import { RiskEntry } from "./risk-entry.entity";
import { ApplicationStage, ControlStatus } from "./risk-register.enums";
import type { RiskControl } from "./risk-control.entity";
import { MAX_REASSESSMENT_REASONS } from "./risk-register.limits";
import { DUE_SQL } from "./risk-register.loaders";
import { RISK_REGISTER_PERMISSIONS } from "./risk-register.permissions";

export interface RegisterFilter {
  reassessmentDue?: boolean | null;
  stage?: ApplicationStage | null;
  categoryId?: string | null;
}

/** The filter as conditions on the entry alias `e` (ID arguments arrive as UUIDs). */
function filtered(ctx: RequestContext, filter: RegisterFilter) {
  const query = ctx.dataSource.manager.createQueryBuilder(RiskEntry, "e");
  if (filter.reassessmentDue !== undefined && filter.reassessmentDue !== null)
    query.andWhere(filter.reassessmentDue ? DUE_SQL : `NOT ${DUE_SQL}`);
  if (filter.stage) query.andWhere("e.stage = :stage", { stage: filter.stage });
  if (filter.categoryId)
    query.andWhere("e.category_id = :categoryId", { categoryId: filter.categoryId });
  return query;
}

/** Highest priority first (ties by id), narrowed by due or current, stage and category. */
export async function listRiskRegister(
  ctx: RequestContext,
  filter: RegisterFilter,
  first: number | undefined,
  after: string | undefined,
): Promise<Connection<RiskEntry>> {
  requireRole(ctx, ...RISK_REGISTER_PERMISSIONS.riskRegister);
  const limit = pageSize(first);
  const query = filtered(ctx, filter);
  const totalCount = await query.clone().getCount();
  if (after) {
    const [priority, id] = decodeCursor(after, ["int", "uuid"]);
    query.andWhere("(e.priority < :priority OR (e.priority = :priority AND e.id > :id))", {
      priority,
      id,
    });
  }
  const rows = await query
    .orderBy("e.priority", "DESC")
    .addOrderBy("e.id", "ASC")
    .limit(limit + 1)
    .getMany();
  return toConnection(rows, limit, totalCount, (e) => [e.priority, e.id]);
}

export interface HeatMapCell {
  likelihood: number;
  severity: number;
  count: number;
}

/** All 25 likelihood x severity cells with the filtered entries' counts (zeros included). */
export async function riskHeatMap(
  ctx: RequestContext,
  filter: RegisterFilter,
): Promise<HeatMapCell[]> {
  requireRole(ctx, ...RISK_REGISTER_PERMISSIONS.riskHeatMap);
  const rows = (await filtered(ctx, filter)
    .select("e.likelihood", "likelihood")
    .addSelect("e.severity", "severity")
    .addSelect("count(*)::int", "count")
    .groupBy("e.likelihood")
    .addGroupBy("e.severity")
    .getRawMany()) as HeatMapCell[];
  const counts = new Map(rows.map((r) => [`${r.likelihood}x${r.severity}`, r.count]));
  const cells: HeatMapCell[] = [];
  for (let likelihood = RISK_FACTOR_MAX; likelihood >= RISK_FACTOR_MIN; likelihood--)
    for (let severity = RISK_FACTOR_MIN; severity <= RISK_FACTOR_MAX; severity++)
      cells.push({ likelihood, severity, count: counts.get(`${likelihood}x${severity}`) ?? 0 });
  return cells;
}

/** Why an entry wants re-assessing, in words; empty when its assessment is current. */
export async function reassessmentReasons(
  ctx: RequestContext,
  entry: RiskEntry,
): Promise<string[]> {
  const [triggers, suppliers] = await Promise.all([
    ctx.loaders.riskListTriggers.load(entry.id),
    ctx.loaders.riskSupplierTriggers.load(entry.id),
  ]);
  const t = (key: SentenceKey, values?: Record<string, string>) =>
    sentenceText(ctx.locale, key, values);
  const reasons = triggers.map((trigger) =>
    t("risk.listPublished", {
      code: trigger.code,
      label: trigger.label,
      day: isoDay(trigger.publishedAt),
    }),
  );
  for (const s of suppliers)
    reasons.push(
      t("risk.supplierAdded", {
        supplier: s.supplierName,
        category: s.categoryCode,
        day: isoDay(s.addedAt),
      }),
    );
  if (entry.processChanged) reasons.push(t("risk.processChanged"));
  return reasons.slice(0, MAX_REASSESSMENT_REASONS);
}

/** Still PLANNED after its due date (by the request's clock). */
export const isOverdue = (ctx: RequestContext, control: RiskControl): boolean =>
  control.status === ControlStatus.PLANNED && control.dueDate.getTime() < ctx.clock.now().getTime();

export interface Coverage {
  categoriesTotal: number;
  categoriesAssessed: number;
  share: number;
}

/** Share of material categories with at least one entry whose assessment is current. */
export async function riskRegisterCoverage(ctx: RequestContext): Promise<Coverage> {
  requireRole(ctx, ...RISK_REGISTER_PERMISSIONS.riskRegisterCoverage);
  const [row] = (await ctx.dataSource.query(
    `SELECT (SELECT count(*) FROM material_category)::int AS total,
            (SELECT count(DISTINCT e.category_id) FROM risk_entry e
              WHERE e.category_id IS NOT NULL AND NOT ${DUE_SQL})::int AS assessed`,
  )) as { total: number; assessed: number }[];
  return {
    categoriesTotal: row.total,
    categoriesAssessed: row.assessed,
    share: row.total === 0 ? 0 : row.assessed / row.total,
  };
}
