/** Plain words for the codes the dashboards show; statuses and severities from the portal's one table. */
import { labelOf, PROCUREMENT_STATUS_LABELS, SEVERITY_LABELS } from "../../labels";

export const STATUS_LABELS = PROCUREMENT_STATUS_LABELS;
export { SEVERITY_LABELS };

export const ROLE_LABELS: Record<string, string> = {
  ADMIN: "Administrators",
  PROCUREMENT: "Procurement",
  AUDITOR: "Auditors",
  SUPPLIER: "Supplier users",
};

export const WEBHOOK_EVENT_LABELS: Record<string, string> = {
  SUPPLIER_STATUS_CHANGED: "Supplier status changed",
  AUDIT_COMPLETED: "Audit completed",
  FINDING_OVERDUE: "Finding overdue",
};

export const GRADES = ["A", "B", "C", "D", "E"] as const;

/** One colour per grade, A green to E red; no grade yet grey. */
export const GRADE_COLOURS: Record<string, string> = {
  A: "#1f6f50",
  B: "#5a9e3a",
  C: "#c9a227",
  D: "#d9782d",
  E: "#b3261e",
  none: "#8a8f98",
};

export const SEVERITY_COLOURS: Record<string, string> = {
  ZERO_TOLERANCE: "#7a1020",
  MAJOR: "#c0392b",
  MINOR: "#e08a2c",
  OBSERVATION: "#6b8fb3",
};

export const gradeLabel = (grade: string | null | undefined) => grade ?? "No grade yet";
export const statusLabel = (status: string) => labelOf(STATUS_LABELS, status);
export const severityLabel = (severity: string) => labelOf(SEVERITY_LABELS, severity);

/** "2026-06" -> "Jun 2026" (the months are UTC calendar months). */
export function monthLabel(month: string): string {
  const [year, number] = month.split("-").map(Number);
  return new Date(Date.UTC(year, number - 1, 1)).toLocaleDateString("en-GB", {
    month: "short",
    year: "numeric",
    timeZone: "UTC",
  });
}

export const signed = (value: number) =>
  `${value > 0 ? "+" : value < 0 ? "−" : ""}${Math.abs(value).toFixed(1)}`;
