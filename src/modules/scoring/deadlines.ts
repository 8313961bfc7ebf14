import { Severity } from "../../shared/domain/audit.enums";
import { Grade } from "../../shared/domain/procurement.enums";
import { addDays, addMonths, startOfUtcDay } from "../../shared/time";
import {
  CAP_PROPOSAL_DAYS,
  CLOSURE_DAYS,
  REAUDIT_INTERVAL_MONTHS,
  SUSPENDED_REAUDIT_INTERVAL_MONTHS,
  UNGRADED_REAUDIT_INTERVAL_MONTHS,
} from "./scoring-policy";

/** SPEC 6: a CAP is due 7 days (ZERO_TOLERANCE) or 14 days after audit completion. */
export function capDueDate(severity: Severity, completedAt: Date): Date | null {
  const days = CAP_PROPOSAL_DAYS[severity];
  return days === null ? null : addDays(completedAt, days);
}

/** SPEC 6: a finding must be closed 30 (ZERO_TOLERANCE), 90 (MAJOR) or 180 (MINOR) days later. */
export function closureDueDate(severity: Severity, completedAt: Date): Date | null {
  const days = CLOSURE_DAYS[severity];
  return days === null ? null : addDays(completedAt, days);
}

/**
 * SPEC 6: "not closed by its due date is overdue". A due date names a day, so the whole UTC day
 * still counts as in time: overdue from 00:00 UTC of the following day, i.e. exactly when the
 * due date lies before the start of today (UTC). Queries filter with `due_date < overdueBefore(now)`.
 */
export function overdueBefore(now: Date): Date {
  return startOfUtcDay(now);
}

/** SPEC 6: whether a finding is overdue now, by the rule of `overdueBefore`. */
export function isOverdue(dueDate: Date | null, closed: boolean, now: Date): boolean {
  if (closed || dueDate === null) return false;
  return dueDate.getTime() < overdueBefore(now).getTime();
}

export interface NextAuditDueInput {
  lastCompletedAuditAt: Date | null;
  grade: Grade | null;
  suspended: boolean;
  /** Returned for a supplier never audited, meaning "due now": pass its creation time. */
  neverAuditedSince: Date;
}

/**
 * SPEC 6 "never audited -> due now" for lists that sort and filter in SQL: the stored next
 * audit date (`nextAuditDue`, kept in supplier_standing), and for a supplier without a stored
 * standing its creation time, as `nextAuditDue` gives for a supplier never audited.
 */
export function nextAuditDueSql(standingAlias: string, supplierAlias: string): string {
  return `COALESCE(${standingAlias}.next_audit_due, ${supplierAlias}.created_at)`;
}

/**
 * SPEC 6: last completed audit + 24 months (A, B), 12 (C), 6 (D, E), or 3 while SUSPENDED;
 * never audited -> due now.
 */
export function nextAuditDue(input: NextAuditDueInput): Date {
  if (input.lastCompletedAuditAt === null) return input.neverAuditedSince;
  const months = input.suspended
    ? SUSPENDED_REAUDIT_INTERVAL_MONTHS
    : input.grade === null
      ? UNGRADED_REAUDIT_INTERVAL_MONTHS
      : REAUDIT_INTERVAL_MONTHS[input.grade];
  return addMonths(input.lastCompletedAuditAt, months);
}
