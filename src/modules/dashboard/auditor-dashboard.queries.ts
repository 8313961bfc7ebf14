import type { RequestContext } from "../../graphql/context";
import type { Grade, ProcurementStatus } from "../../shared/domain/procurement.enums";
import { addDays, startOfUtcDay } from "../../shared/time";
import {
  AUDIT_MONTHS,
  AUDIT_MONTHS_BACK,
  CAP_AGE_BUCKETS,
  MAX_REAUDITS_LISTED,
} from "./dashboard.limits";
import type { AuditMonth, CapBacklogBucket, ReauditDue } from "./dashboard.types";
import { utcMonths } from "./months";

/** Per UTC month: audits planned for it (not cancelled) and audits completed in it. */
export async function auditsByMonth(ctx: RequestContext): Promise<AuditMonth[]> {
  const months = utcMonths(ctx.clock.now(), -AUDIT_MONTHS_BACK, AUDIT_MONTHS);
  const rows = (await ctx.dataSource.query(
    `SELECT m.i::int AS i,
            (SELECT count(*) FROM audit a
              WHERE a.status <> 'CANCELLED'
                AND a.planned_date >= m.start_at AND a.planned_date < m.end_at)::int AS planned,
            (SELECT count(*) FROM audit a
              WHERE a.status = 'COMPLETED'
                AND a.completed_at >= m.start_at AND a.completed_at < m.end_at)::int AS completed
       FROM unnest($1::timestamptz[], $2::timestamptz[]) WITH ORDINALITY AS m(start_at, end_at, i)
      ORDER BY m.i`,
    [months.map((month) => month.start), months.map((month) => month.end)],
  )) as { i: number; planned: number; completed: number }[];
  return months.map((month, index) => ({
    month: month.label,
    planned: rows[index]?.planned ?? 0,
    completed: rows[index]?.completed ?? 0,
  }));
}

/**
 * Active suppliers whose `nextAuditDue` (SPEC 6, kept in their standing) falls from the start
 * of today (UTC) to `days` days later, soonest first, with their next planned or running audit;
 * the count of all of them, and of those already past due.
 */
export async function reauditsDue(
  ctx: RequestContext,
  days: number,
): Promise<{ list: ReauditDue[]; count: number; overdue: number }> {
  const from = startOfUtcDay(ctx.clock.now());
  const to = addDays(from, days);
  const [list, counts] = await Promise.all([
    ctx.dataSource.query(
      `SELECT s.id, s.name, s.country, st.grade, st.status, st.next_audit_due,
              p.id AS audit_id, p.planned_date
         FROM supplier_standing st
         JOIN supplier s ON s.id = st.supplier_id AND NOT s.archived
         LEFT JOIN LATERAL (
           SELECT a.id, a.planned_date FROM audit a
            WHERE a.supplier_id = s.id AND a.status IN ('PLANNED', 'IN_PROGRESS')
            ORDER BY a.planned_date, a.id LIMIT 1) p ON true
        WHERE st.next_audit_due >= $1 AND st.next_audit_due < $2
        ORDER BY st.next_audit_due, s.name, s.id
        LIMIT $3`,
      [from, to, MAX_REAUDITS_LISTED],
    ) as Promise<
      {
        id: string;
        name: string;
        country: string;
        grade: Grade | null;
        status: ProcurementStatus;
        next_audit_due: Date;
        audit_id: string | null;
        planned_date: Date | null;
      }[]
    >,
    ctx.dataSource.query(
      `SELECT (count(*) FILTER (WHERE st.next_audit_due >= $1))::int AS due,
              (count(*) FILTER (WHERE st.next_audit_due < $1))::int AS overdue
         FROM supplier_standing st
         JOIN supplier s ON s.id = st.supplier_id AND NOT s.archived
        WHERE st.next_audit_due < $2`,
      [from, to],
    ) as Promise<{ due: number; overdue: number }[]>,
  ]);
  return {
    list: list.map((row) => ({
      supplierId: row.id,
      supplierName: row.name,
      country: row.country,
      grade: row.grade,
      status: row.status,
      dueDate: row.next_audit_due,
      plannedAuditId: row.audit_id,
      plannedAuditDate: row.planned_date,
    })),
    count: counts[0].due,
    overdue: counts[0].overdue,
  };
}

/**
 * Open findings of completed audits that need a corrective action (OBSERVATION needs none),
 * by whole UTC days since the audit's completion, split by who has the next step: the
 * auditor when a plan was proposed or marked implemented, otherwise the supplier.
 */
export async function capBacklog(ctx: RequestContext): Promise<CapBacklogBucket[]> {
  const today = startOfUtcDay(ctx.clock.now()).toISOString().slice(0, 10);
  const rows = (await ctx.dataSource.query(
    `SELECT width_bucket($1::date - (a.completed_at AT TIME ZONE 'UTC')::date, $2::int[]) AS bucket,
            (count(*) FILTER (WHERE c.status IN ('PROPOSED', 'IMPLEMENTED')))::int AS auditor,
            (count(*) FILTER (WHERE c.id IS NULL OR c.status IN ('ACCEPTED', 'REJECTED')))::int
              AS supplier
       FROM finding f
       JOIN audit a ON a.id = f.audit_id AND a.status = 'COMPLETED'
       JOIN supplier s ON s.id = f.supplier_id AND NOT s.archived
       LEFT JOIN corrective_action c ON c.finding_id = f.id
      WHERE f.status = 'OPEN' AND f.severity <> 'OBSERVATION'
      GROUP BY 1`,
    [today, CAP_AGE_BUCKETS.slice(1).map((bucket) => bucket.min)],
  )) as { bucket: number; auditor: number; supplier: number }[];
  return CAP_AGE_BUCKETS.map((bucket, index) => {
    const row = rows.find((r) => r.bucket === index);
    const awaitingAuditor = row?.auditor ?? 0;
    const awaitingSupplier = row?.supplier ?? 0;
    return {
      minDays: bucket.min,
      maxDays: bucket.max,
      awaitingAuditor,
      awaitingSupplier,
      total: awaitingAuditor + awaitingSupplier,
    };
  });
}
