import { startOfUtcDay } from "../../shared/time";

const DAY_MS = 86_400_000;

/** Audit reminders: this many days before the planned day (SPEC issue 15). */
export const AUDIT_REMINDER_DAYS = [14, 3] as const;
/** A supplier is reminded of a corrective-action deadline this many days before it. */
export const DEADLINE_WARNING_DAYS = 3;
/** Overdue reminders repeat every week while the deadline stays missed. */
export const OVERDUE_REPEAT_DAYS = 7;
/** Lead auditor and procurement hear of a deadline missed by more than this. */
export const ESCALATION_AFTER_DAYS = 7;
/** Next audit due, certificate expiring: this far ahead (and an expiry this far back). */
export const LOOKAHEAD_DAYS = 30;

/** Whole UTC days from today to the day of `date`: 0 today, 1 tomorrow, -1 yesterday. */
export function daysUntil(date: Date, now: Date): number {
  return Math.round((startOfUtcDay(date).getTime() - startOfUtcDay(now).getTime()) / DAY_MS);
}

/**
 * Which audit reminder is due now: the 14-day one from 14 to 4 days before the planned day, the
 * 3-day one from 3 days to 1 day before. A window, not an exact day, so a scan that did not run
 * on the day still sends it (once: the event key carries the reminder).
 */
export function auditReminder(plannedDate: Date, now: Date): 14 | 3 | null {
  const days = daysUntil(plannedDate, now);
  if (days > AUDIT_REMINDER_DAYS[1] && days <= AUDIT_REMINDER_DAYS[0]) return 14;
  if (days >= 1 && days <= AUDIT_REMINDER_DAYS[1]) return 3;
  return null;
}

export type DeadlineStage =
  | { stage: "due_soon"; days: number }
  | { stage: "due_today" }
  | { stage: "overdue"; daysOverdue: number }
  /** `week` 1 from the 8th day overdue, 2 from the 15th, ...: one reminder each. */
  | { stage: "overdue_weekly"; daysOverdue: number; week: number };

/**
 * The supplier's reminder for a deadline (a day: the whole day is in time): within 3 days,
 * on the day, the first week overdue, then one per further week.
 */
export function deadlineStage(deadline: Date, now: Date): DeadlineStage | null {
  const days = daysUntil(deadline, now);
  if (days > DEADLINE_WARNING_DAYS) return null;
  if (days > 0) return { stage: "due_soon", days };
  if (days === 0) return { stage: "due_today" };
  const daysOverdue = -days;
  if (daysOverdue <= OVERDUE_REPEAT_DAYS) return { stage: "overdue", daysOverdue };
  return {
    stage: "overdue_weekly",
    daysOverdue,
    week: Math.floor((daysOverdue - 1) / OVERDUE_REPEAT_DAYS),
  };
}

/** Missed by more than ESCALATION_AFTER_DAYS: the days overdue, else null. */
export function escalation(deadline: Date, now: Date): number | null {
  const daysOverdue = -daysUntil(deadline, now);
  return daysOverdue > ESCALATION_AFTER_DAYS ? daysOverdue : null;
}
