import { EsgArea } from "../../shared/domain/esg-area.enum";
import { roundTo } from "./rounding";

/** Area names as a procurement user reads them in explanations and reasons (SPEC 2). */
export const AREA_LABELS: Readonly<Record<EsgArea, string>> = {
  [EsgArea.MANAGEMENT_SYSTEM]: "ESG management system",
  [EsgArea.CHILD_AND_FORCED_LABOUR]: "Child and forced labour",
  [EsgArea.NON_DISCRIMINATION]: "Non-discrimination",
  [EsgArea.WAGES_AND_BENEFITS]: "Wages and benefits",
  [EsgArea.WORKING_HOURS]: "Working hours",
  [EsgArea.HEALTH_AND_SAFETY]: "Health and safety",
  [EsgArea.ENVIRONMENT]: "Environment",
  [EsgArea.BUSINESS_ETHICS]: "Business ethics",
  [EsgArea.FREEDOM_OF_ASSOCIATION]: "Freedom of association",
};

/** YYYY-MM-DD in UTC: the day as stored, independent of the server's time zone. */
export function formatDay(at: Date): string {
  return at.toISOString().slice(0, 10);
}

/** Shortest readable form: 2 -> "2", 1.5 -> "1.5", 10.5 -> "10.5", 72.456 -> "72.46". */
export function formatNumber(value: number, maxDecimals = 2): string {
  return String(roundTo(value, maxDecimals));
}

/** "1 open major finding" / "2 open major findings". */
export function countOf(count: number, singular: string, plural = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : plural}`;
}
