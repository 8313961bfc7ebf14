import type { RequestContext } from "../../graphql/context";
import { Severity } from "../../shared/domain/audit.enums";
import { ESG_AREAS, type EsgArea } from "../../shared/domain/esg-area.enum";
import { Grade, ProcurementStatus } from "../../shared/domain/procurement.enums";
import { addDays, startOfUtcDay } from "../../shared/time";
import { overdueBefore } from "../scoring/deadlines";
import {
  MAX_DASHBOARD_CATEGORIES,
  MAX_MOVERS,
  MAX_OVERDUE_CAPS_LISTED,
  SCORE_TREND_MONTHS,
} from "./dashboard.limits";
import {
  OverdueCapStep,
  type AreaSeverityCount,
  type CategoryGrades,
  type OverdueCaps,
  type ScoreMover,
  type ScoreTrendPoint,
  type StatusGradeCount,
} from "./dashboard.types";
import { utcMonths } from "./months";

/** A to E, then null for "no score yet": the order of every grade breakdown. */
export const GRADE_ORDER: readonly (Grade | null)[] = [...Object.values(Grade), null];

const DAY = 86_400_000;

const key = (...parts: (string | null)[]) => parts.map((part) => part ?? "-").join("|");

export async function activeSupplierCount(ctx: RequestContext): Promise<number> {
  const [row] = (await ctx.dataSource.query(
    `SELECT count(*)::int AS count FROM supplier WHERE NOT archived`,
  )) as { count: number }[];
  return row.count;
}

/** Every status x grade cell (24), counted over the active suppliers' current standing. */
export async function suppliersByStatusAndGrade(ctx: RequestContext): Promise<StatusGradeCount[]> {
  const rows = (await ctx.dataSource.query(
    `SELECT st.status, st.grade, count(*)::int AS count
       FROM supplier s JOIN supplier_standing st ON st.supplier_id = s.id
      WHERE NOT s.archived
      GROUP BY st.status, st.grade`,
  )) as { status: ProcurementStatus; grade: Grade | null; count: number }[];
  const counts = new Map(rows.map((row) => [key(row.status, row.grade), row.count]));
  return Object.values(ProcurementStatus).flatMap((status) =>
    GRADE_ORDER.map((grade) => ({ status, grade, count: counts.get(key(status, grade)) ?? 0 })),
  );
}

/** Per material category with active suppliers: how many have each grade (a supplier counts in each of its categories). */
export async function gradesByCategory(ctx: RequestContext): Promise<CategoryGrades[]> {
  const rows = (await ctx.dataSource.query(
    `WITH shown AS (
       SELECT c.id, c.code, c.name
         FROM material_category c
        WHERE EXISTS (SELECT 1 FROM supplier_category sc JOIN supplier s ON s.id = sc.supplier_id
                       WHERE sc.category_id = c.id AND NOT s.archived)
        ORDER BY c.name, c.id LIMIT $1)
     SELECT c.id, c.code, c.name, st.grade, count(*)::int AS count
       FROM shown c
       JOIN supplier_category sc ON sc.category_id = c.id
       JOIN supplier s ON s.id = sc.supplier_id AND NOT s.archived
       JOIN supplier_standing st ON st.supplier_id = s.id
      GROUP BY c.id, c.code, c.name, st.grade
      ORDER BY c.name, c.id`,
    [MAX_DASHBOARD_CATEGORIES],
  )) as { id: string; code: string; name: string; grade: Grade | null; count: number }[];
  const categories = new Map<string, { category: CategoryGrades; counts: Map<string, number> }>();
  for (const row of rows) {
    let entry = categories.get(row.id);
    if (!entry) {
      const category = {
        categoryId: row.id,
        code: row.code,
        name: row.name,
        suppliers: 0,
        grades: [],
      };
      entry = { category, counts: new Map() };
      categories.set(row.id, entry);
    }
    entry.counts.set(key(row.grade), row.count);
    entry.category.suppliers += row.count;
  }
  return [...categories.values()].map(({ category, counts }) => ({
    ...category,
    grades: GRADE_ORDER.map((grade) => ({ grade, count: counts.get(key(grade)) ?? 0 })),
  }));
}

/** Open findings of completed audits of active suppliers, every area x severity cell (36). */
export async function openFindings(ctx: RequestContext): Promise<AreaSeverityCount[]> {
  const rows = (await ctx.dataSource.query(
    `SELECT f.area, f.severity, count(*)::int AS count
       FROM finding f
       JOIN audit a ON a.id = f.audit_id AND a.status = 'COMPLETED'
       JOIN supplier s ON s.id = f.supplier_id AND NOT s.archived
      WHERE f.status = 'OPEN'
      GROUP BY f.area, f.severity`,
  )) as { area: EsgArea; severity: Severity; count: number }[];
  const counts = new Map(rows.map((row) => [key(row.area, row.severity), row.count]));
  return ESG_AREAS.flatMap((area) =>
    Object.values(Severity).map((severity) => ({
      area,
      severity,
      count: counts.get(key(area, severity)) ?? 0,
    })),
  );
}

/**
 * The late corrective-action step of each open finding (as the reminders and "Waiting for you"
 * count it): no plan, or a rejected one, after `capDueDate`; an accepted plan not implemented by
 * its target date (at the latest the finding's due date). A deadline is missed once its UTC day
 * has ended. Plans the auditor has to act on (proposed, implemented) are not late.
 */
const LATE_CAPS = `
  SELECT f.id AS finding_id, f.audit_id, f.supplier_id, s.name AS supplier_name, f.area,
         f.severity, x.step, x.deadline
    FROM finding f
    JOIN audit a ON a.id = f.audit_id AND a.status = 'COMPLETED'
    JOIN supplier s ON s.id = f.supplier_id AND NOT s.archived
    LEFT JOIN corrective_action c ON c.finding_id = f.id
    CROSS JOIN LATERAL (
      SELECT CASE WHEN c.id IS NULL OR c.status = 'REJECTED' THEN 'PROPOSE'
                  WHEN c.status = 'ACCEPTED' THEN 'IMPLEMENT' END AS step,
             CASE WHEN c.id IS NULL OR c.status = 'REJECTED' THEN f.cap_due_date
                  WHEN c.status = 'ACCEPTED' THEN LEAST(c.target_date, f.due_date) END AS deadline
    ) x
   WHERE f.status = 'OPEN' AND f.severity <> 'OBSERVATION' AND x.deadline < $1`;

export async function overdueCaps(ctx: RequestContext): Promise<OverdueCaps> {
  const before = overdueBefore(ctx.clock.now());
  const [counts, oldest] = await Promise.all([
    ctx.dataSource.query(
      `SELECT count(*)::int AS total,
              (count(*) FILTER (WHERE step = 'PROPOSE'))::int AS not_proposed,
              (count(*) FILTER (WHERE step = 'IMPLEMENT'))::int AS not_implemented
         FROM (${LATE_CAPS}) late`,
      [before],
    ) as Promise<{ total: number; not_proposed: number; not_implemented: number }[]>,
    ctx.dataSource.query(
      `SELECT * FROM (${LATE_CAPS}) late ORDER BY deadline, finding_id LIMIT $2`,
      [before, MAX_OVERDUE_CAPS_LISTED],
    ) as Promise<
      {
        finding_id: string;
        audit_id: string;
        supplier_id: string;
        supplier_name: string;
        area: EsgArea;
        severity: Severity;
        step: OverdueCapStep;
        deadline: Date;
      }[]
    >,
  ]);
  return {
    total: counts[0].total,
    notProposed: counts[0].not_proposed,
    notImplemented: counts[0].not_implemented,
    oldest: oldest.map((row) => ({
      findingId: row.finding_id,
      auditId: row.audit_id,
      supplierId: row.supplier_id,
      supplierName: row.supplier_name,
      area: row.area,
      severity: row.severity,
      step: row.step,
      deadline: row.deadline,
      // Overdue from the start of the day after the deadline's day (deadlines.ts): 1 on that day.
      daysOverdue: Math.round((before.getTime() - startOfUtcDay(row.deadline).getTime()) / DAY),
    })),
  };
}

/**
 * For each of the last 12 UTC months (the current one up to now): the score each active
 * supplier had at the month's end (its latest snapshot by then), their mean and median.
 */
export async function scoreTrend(ctx: RequestContext): Promise<ScoreTrendPoint[]> {
  const now = ctx.clock.now();
  const months = utcMonths(now, 1 - SCORE_TREND_MONTHS, SCORE_TREND_MONTHS);
  const ends = months.map((month) => (month.end < now ? month.end : now));
  const rows = (await ctx.dataSource.query(
    `WITH months AS (SELECT * FROM unnest($1::timestamptz[]) WITH ORDINALITY AS m(end_at, i)),
     latest AS (
       SELECT DISTINCT ON (m.i, ss.supplier_id) m.i, ss.overall
         FROM months m
         JOIN score_snapshot ss ON ss.computed_at < m.end_at
         JOIN supplier s ON s.id = ss.supplier_id AND NOT s.archived
        ORDER BY m.i, ss.supplier_id, ss.computed_at DESC, ss.seq DESC)
     SELECT m.i::int AS i, count(l.overall)::int AS suppliers, avg(l.overall) AS mean,
            percentile_cont(0.5) WITHIN GROUP (ORDER BY l.overall) AS median
       FROM months m LEFT JOIN latest l ON l.i = m.i
      GROUP BY m.i ORDER BY m.i`,
    [ends],
  )) as { i: number; suppliers: number; mean: number | null; median: number | null }[];
  return months.map((month, index) => {
    const row = rows.find((r) => r.i === index + 1);
    return {
      month: month.label,
      suppliers: row?.suppliers ?? 0,
      mean: row?.mean === null || row?.mean === undefined ? null : Number(row.mean),
      median: row?.median === null || row?.median === undefined ? null : Number(row.median),
    };
  });
}

/**
 * Active suppliers with a score now and one `days` ago (the latest snapshot by then), the
 * largest absolute change first; ties by name. A supplier without a score back then has no change.
 */
export async function topMovers(ctx: RequestContext, days: number): Promise<ScoreMover[]> {
  const since = addDays(ctx.clock.now(), -days);
  const rows = (await ctx.dataSource.query(
    `SELECT s.id, s.name, b.overall AS before, b.grade AS grade_before,
            st.score_overall AS now, st.grade AS grade_now
       FROM supplier s
       JOIN supplier_standing st ON st.supplier_id = s.id AND st.score_overall IS NOT NULL
                                AND st.grade IS NOT NULL
       JOIN LATERAL (
         SELECT ss.overall, ss.grade FROM score_snapshot ss
          WHERE ss.supplier_id = s.id AND ss.computed_at <= $1
          ORDER BY ss.computed_at DESC, ss.seq DESC LIMIT 1) b ON true
      WHERE NOT s.archived AND st.score_overall <> b.overall
      ORDER BY abs(st.score_overall - b.overall) DESC, s.name, s.id
      LIMIT $2`,
    [since, MAX_MOVERS],
  )) as {
    id: string;
    name: string;
    before: number;
    grade_before: Grade;
    now: number;
    grade_now: Grade;
  }[];
  return rows.map((row) => ({
    supplierId: row.id,
    supplierName: row.name,
    scoreBefore: row.before,
    gradeBefore: row.grade_before,
    scoreNow: row.now,
    gradeNow: row.grade_now,
    change: Math.round((row.now - row.before) * 100) / 100,
  }));
}
