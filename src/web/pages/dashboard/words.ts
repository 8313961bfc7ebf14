/**
 * Plain words for the codes the dashboards show; statuses and severities from the portal's one
 * table. Each is looked up when called, in the interface's language at that moment.
 */
import { currentLocale, i18next } from "../../i18n";
import { formatNumber } from "../../i18n/format";
import dashboardWords from "../../i18n/locales/en/dashboard.json";
import { labelOf, PROCUREMENT_STATUS_LABELS, SEVERITY_LABELS } from "../../labels";

export const STATUS_LABELS = PROCUREMENT_STATUS_LABELS;
export { SEVERITY_LABELS };

const hasWord = (table: Record<string, string>, code: string) =>
  Object.prototype.hasOwnProperty.call(table, code);

/** Users of a role, as a group ("Auditors"); an unknown role stays as its code. */
export const roleGroupLabel = (role: string) =>
  hasWord(dashboardWords.roles, role)
    ? i18next.t(`dashboard:roles.${role as keyof typeof dashboardWords.roles}`)
    : role;

export const webhookEventLabel = (event: string) =>
  hasWord(dashboardWords.webhookEvents, event)
    ? i18next.t(`dashboard:webhookEvents.${event as keyof typeof dashboardWords.webhookEvents}`)
    : event;

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

export const gradeLabel = (grade: string | null | undefined) =>
  grade ?? i18next.t("dashboard:grade.none");
export const statusLabel = (status: string) => labelOf(STATUS_LABELS, status);
export const severityLabel = (severity: string) => labelOf(SEVERITY_LABELS, severity);

/** The Intl locale of the dashboards' dates: British English (3 Dec 2026), or Chinese. */
export const dateLocale = () => (currentLocale() === "en" ? "en-GB" : currentLocale());

/** "2026-06" -> "Jun 2026" (en), "2026年6月" (zh-CN); the months are UTC calendar months. */
export function monthLabel(month: string): string {
  const [year, number] = month.split("-").map(Number);
  return new Date(Date.UTC(year, number - 1, 1)).toLocaleDateString(dateLocale(), {
    month: "short",
    year: "numeric",
    timeZone: "UTC",
  });
}

export const signed = (value: number) =>
  `${value > 0 ? "+" : value < 0 ? "−" : ""}${formatNumber(Math.abs(value), 1)}`;
