/** 00:00 UTC of the day `at` falls on. */
export function startOfUtcDay(at: Date): Date {
  return new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate()));
}

/**
 * The query form of `isOverdue` (scoring/deadlines.ts): an open finding is overdue from 00:00 UTC
 * of the day after its due date, i.e. exactly when its due date lies before the start of today
 * (UTC). Lets the work queue filter overdue findings in SQL by the same rule.
 */
export function overdueBefore(now: Date): Date {
  return startOfUtcDay(now);
}
