import type { RequestContext } from "../../graphql/context";
import { decodeCursor, pageSize, toConnection, type Connection } from "../../graphql/pagination";
import { requireRole } from "../identity/access";
import { RiskEntry } from "./risk-entry.entity";
import { ControlStatus } from "./risk-register.enums";
import type { RiskControl } from "./risk-control.entity";
import { MAX_REASSESSMENT_REASONS } from "./risk-register.limits";
import { DUE_SQL } from "./risk-register.loaders";
import { RISK_REGISTER_PERMISSIONS } from "./risk-register.permissions";

/** Highest priority first (ties by id); `reassessmentDue` narrows to due or current entries. */
export async function listRiskRegister(
  ctx: RequestContext,
  filter: { reassessmentDue?: boolean },
  first: number | undefined,
  after: string | undefined,
): Promise<Connection<RiskEntry>> {
  requireRole(ctx, ...RISK_REGISTER_PERMISSIONS.riskRegister);
  const limit = pageSize(first);
  const query = ctx.dataSource.manager.createQueryBuilder(RiskEntry, "e");
  if (filter.reassessmentDue !== undefined && filter.reassessmentDue !== null)
    query.andWhere(filter.reassessmentDue ? DUE_SQL : `NOT ${DUE_SQL}`);
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

/** Why an entry wants re-assessing, in words; empty when its assessment is current. */
export async function reassessmentReasons(
  ctx: RequestContext,
  entry: RiskEntry,
): Promise<string[]> {
  const triggers = await ctx.loaders.riskListTriggers.load(entry.id);
  const reasons = triggers.map(
    (t) =>
      `${t.code} list version ${t.label} was published on ${t.publishedAt.toISOString().slice(0, 10)} after the last assessment and lists the substance`,
  );
  if (entry.processChanged)
    reasons.push("The process (application stage or site) was edited after the last assessment");
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
