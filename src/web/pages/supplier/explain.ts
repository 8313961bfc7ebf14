/**
 * Which rule a status reason or a priority line comes from, read from the API's sentences
 * (src/modules/scoring/procurement-status.ts and priority.ts write them; explain.spec.ts runs
 * every one of those rules through here, so a reworded rule fails a test, not the page).
 */

export type StatusRuleKind =
  | "PROTECTED_AREA_DECLARED"
  | "PROTECTED_AREA_FLAG"
  | "ADMIN_BLOCK"
  | "SCREENING"
  | "ZERO_TOLERANCE"
  | "OVERDUE_FINDINGS"
  | "NO_RECENT_AUDIT"
  | "GRADE"
  | "DECLARATION_OVER_LIMIT"
  | "OTHER";

export function statusRuleOf(reason: string): StatusRuleKind {
  if (reason.startsWith("Sources raw materials from a protected")) return "PROTECTED_AREA_DECLARED";
  if (/inside or near a protected area/.test(reason)) return "PROTECTED_AREA_FLAG";
  if (reason.startsWith("Blocked by an administrator")) return "ADMIN_BLOCK";
  if (reason.startsWith("Restricted party or region")) return "SCREENING";
  if (/^\d+ open zero-tolerance findings?$/.test(reason)) return "ZERO_TOLERANCE";
  if (/^\d+ overdue major or zero-tolerance findings?$/.test(reason)) return "OVERDUE_FINDINGS";
  if (reason.startsWith("No completed audit within")) return "NO_RECENT_AUDIT";
  if (/^Grade [A-E]$/.test(reason)) return "GRADE";
  if (reason.startsWith("Restricted substance over limit")) return "DECLARATION_OVER_LIMIT";
  return "OTHER";
}

/** The part numbers a DECLARATION_OVER_LIMIT reason names ("part P-1 (Frame), part P-2"). */
export function declarationPartsIn(reason: string, partNumbers: readonly string[]): string[] {
  const list = reason.slice(reason.indexOf(":") + 1);
  return partNumbers.filter((part) =>
    new RegExp(`(^|,\\s*)part ${part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(\\s|,|$)`).test(
      list.trim(),
    ),
  );
}

export type PriorityTermKind =
  | "ESG_SCORE"
  | "SUSTAINABILITY"
  | "RECYCLED_DECLARATION"
  | "TRACEABILITY"
  | "CONDITIONAL"
  | "OVERDUE_FINDINGS"
  | "MANUAL_ADJUSTMENT"
  | "CLAMP";

export function priorityTermOf(label: string): PriorityTermKind {
  if (label.startsWith("ESG score ")) return "ESG_SCORE";
  if (label.startsWith("Manual adjustment: ")) return "MANUAL_ADJUSTMENT";
  if (label.startsWith("Traceability ")) return "TRACEABILITY";
  if (label === "Conditional procurement status") return "CONDITIONAL";
  if (/^\d+ overdue findings? /.test(label)) return "OVERDUE_FINDINGS";
  if (label.startsWith("Clamped to ")) return "CLAMP";
  if (label.includes("recycled-content declaration")) return "RECYCLED_DECLARATION";
  return "SUSTAINABILITY";
}

/** The manual adjustment's reason, as its line cites it. */
export const adjustmentReasonOf = (label: string): string =>
  label.slice("Manual adjustment: ".length);

/** Grade thresholds of SPEC 7, for the sentence "77.48 gives grade B"; below the last: E. */
export const GRADE_FLOOR_LIST: readonly { grade: string; min: number }[] = [
  { grade: "A", min: 85 },
  { grade: "B", min: 70 },
  { grade: "C", min: 55 },
  { grade: "D", min: 40 },
];
export const LOWEST_GRADE = "E";
/** The thresholds in English (the page words them through the supplier namespace). */
export const GRADE_FLOORS = `${GRADE_FLOOR_LIST.map((f) => `${f.grade} from ${f.min}`).join(", ")}, else ${LOWEST_GRADE}`;

/** "1 open zero-tolerance finding" / "2 ... findings". */
export function countOf(count: number, singular: string, plural = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : plural}`;
}

export interface HistoryPoint {
  id: string;
  overall: number;
  grade: string;
  computedAt: string;
  cause: string;
}

/**
 * Score history as a reader wants it: one point per UTC day (that day's last), and a day only
 * when the score or grade differs from the day before it. Input newest first, output oldest first.
 */
export function dailyChanges<T extends HistoryPoint>(newestFirst: readonly T[]): T[] {
  const byDay = new Map<string, T>();
  for (const point of [...newestFirst].reverse()) {
    byDay.set(point.computedAt.slice(0, 10), point);
  }
  const out: T[] = [];
  for (const point of byDay.values()) {
    const last = out[out.length - 1];
    if (last && last.overall === point.overall && last.grade === point.grade) continue;
    out.push(point);
  }
  return out;
}
