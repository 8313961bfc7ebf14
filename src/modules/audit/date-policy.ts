import type { FieldProblem } from "../../shared/errors";
import { addMonths, startOfUtcDay } from "../../shared/time";

/**
 * How far back an audit may be planned: an audit held recently can be entered after the fact,
 * but a date further back is a typo (2062 for 2026), not a plan.
 */
export const AUDIT_PLANNED_MAX_MONTHS_BACK = 12;

/** How far ahead an audit may be planned: the longest re-audit interval (24 months, SPEC 6) plus a year. */
export const AUDIT_PLANNED_MAX_MONTHS_AHEAD = 36;

/**
 * How far ahead a corrective action's target date may lie. The longest finding deadline is
 * 180 days (MINOR, SPEC 6); a plan beyond two years is no plan for a finding.
 */
export const CAP_TARGET_MAX_MONTHS_AHEAD = 24;

/** SPEC 10 domain rule: planned audit dates within the window around the server clock. */
export function plannedDateProblems(date: Date, now: Date, path: string): FieldProblem[] {
  if (date < addMonths(now, -AUDIT_PLANNED_MAX_MONTHS_BACK)) {
    return [
      {
        path,
        message: `must not be more than ${AUDIT_PLANNED_MAX_MONTHS_BACK} months in the past`,
      },
    ];
  }
  if (date > addMonths(now, AUDIT_PLANNED_MAX_MONTHS_AHEAD)) {
    return [
      { path, message: `must not be more than ${AUDIT_PLANNED_MAX_MONTHS_AHEAD} months ahead` },
    ];
  }
  return [];
}

/**
 * A corrective action's target: not in the past (today itself is allowed, a plan may be due
 * the day it is proposed) and at most CAP_TARGET_MAX_MONTHS_AHEAD months ahead.
 */
export function targetDateProblems(date: Date, now: Date, path: string): FieldProblem[] {
  if (date < startOfUtcDay(now)) return [{ path, message: "must not be in the past" }];
  if (date > addMonths(now, CAP_TARGET_MAX_MONTHS_AHEAD)) {
    return [{ path, message: `must not be more than ${CAP_TARGET_MAX_MONTHS_AHEAD} months ahead` }];
  }
  return [];
}
