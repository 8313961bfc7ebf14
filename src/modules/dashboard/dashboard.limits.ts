/** Months of the portfolio score trend, the current month last. */
export const SCORE_TREND_MONTHS = 12;

/** Top movers: the largest score changes over MOVER_WINDOW_DAYS, at most MAX_MOVERS. */
export const MAX_MOVERS = 10;
export const MOVER_WINDOW_DAYS = 90;

/** The overdue corrective actions listed by name (the counts cover all of them). */
export const MAX_OVERDUE_CAPS_LISTED = 10;

/** Audits by month: the past AUDIT_MONTHS_BACK months, the current one and AUDIT_MONTHS_AHEAD. */
export const AUDIT_MONTHS_BACK = 11;
export const AUDIT_MONTHS_AHEAD = 3;
export const AUDIT_MONTHS = AUDIT_MONTHS_BACK + 1 + AUDIT_MONTHS_AHEAD;

/** Re-audits due within this many days from today are listed, at most MAX_REAUDITS_LISTED. */
export const REAUDIT_WINDOW_DAYS = 90;
export const MAX_REAUDITS_LISTED = 200;

/**
 * CAP backlog age buckets in days since the audit's completion (the clock of every CAP
 * deadline): 0-30, 31-60, 61-90, over 90. `max: null` is open-ended.
 */
export const CAP_AGE_BUCKETS: readonly { min: number; max: number | null }[] = [
  { min: 0, max: 30 },
  { min: 31, max: 60 },
  { min: 61, max: 90 },
  { min: 91, max: null },
];

/** Material categories in the grade distribution (Query.materialCategories' cap). */
export const MAX_DASHBOARD_CATEGORIES = 200;

/** Grades A-E and "no grade yet". */
export const GRADE_BUCKETS = 6;

/** Published checklist versions listed with their use (Query.checklists' cap). */
export const MAX_CHECKLISTS_LISTED = 20;

/** The newest applied imports listed. */
export const MAX_RECENT_IMPORTS = 10;

/** The newest failed webhook deliveries listed (the counts cover all of them). */
export const MAX_WEBHOOK_FAILURES_LISTED = 5;
