/**
 * Plain words for every enum value the API sends, so no code (TO_ORIGIN, ZERO_TOLERANCE) reaches
 * a reader. One place: a new value shows up here, not as a raw code on some page.
 */
import type {
  AuditStatus,
  AuditType,
  CorrectiveActionStatus,
  FindingStatus,
  ProcurementStatus,
  RiskLevel,
  SelfAssessmentStatus,
  Severity,
  Traceability,
} from "./gql/graphql";
import { AREA_LABELS } from "./components/ui";

export { areaLabel } from "./components/ui";
export { AREA_LABELS };

export const PROCUREMENT_STATUS_LABELS: Record<ProcurementStatus, string> = {
  APPROVED: "Approved",
  CONDITIONAL: "Conditional",
  SUSPENDED: "Suspended",
  BLOCKED: "Blocked",
};

export const SEVERITY_LABELS: Record<Severity, string> = {
  ZERO_TOLERANCE: "Zero tolerance",
  MAJOR: "Major",
  MINOR: "Minor",
  OBSERVATION: "Observation",
};

export const RISK_LEVEL_LABELS: Record<RiskLevel, string> = {
  CRITICAL: "Critical",
  HIGH: "High",
  MEDIUM: "Medium",
  LOW: "Low",
};

export const FINDING_STATUS_LABELS: Record<FindingStatus, string> = {
  OPEN: "Open",
  CLOSED: "Closed",
  WITHDRAWN: "Withdrawn",
};

export const AUDIT_STATUS_LABELS: Record<AuditStatus, string> = {
  PLANNED: "Planned",
  IN_PROGRESS: "In progress",
  COMPLETED: "Completed",
  CANCELLED: "Cancelled",
};

export const AUDIT_TYPE_LABELS: Record<AuditType, string> = {
  INITIAL: "Initial",
  PERIODIC: "Periodic",
  FOLLOW_UP: "Follow-up",
  SPECIAL: "Special",
};

export const CAP_STATUS_LABELS: Record<CorrectiveActionStatus, string> = {
  PROPOSED: "Proposed",
  ACCEPTED: "Accepted",
  REJECTED: "Rejected",
  IMPLEMENTED: "Implemented",
  VERIFIED: "Verified",
};

export const SAQ_STATUS_LABELS: Record<SelfAssessmentStatus, string> = {
  DRAFT: "Draft",
  SUBMITTED: "Submitted",
  RETURNED: "Returned",
  REVIEWED: "Reviewed",
};

export const TRACEABILITY_LABELS: Record<Traceability, string> = {
  NONE: "None",
  TIER1: "Tier 1 (direct suppliers known)",
  TO_ORIGIN: "To origin (every tier back to the mine or source)",
};

/** Short form for tables and tiles. */
export const TRACEABILITY_SHORT: Record<Traceability, string> = {
  NONE: "None",
  TIER1: "Tier 1",
  TO_ORIGIN: "To origin",
};

/** Where an area's score comes from (AreaScore.source). */
export const SCORE_SOURCE_LABELS: Record<string, string> = {
  AUDIT: "own audit",
  THIRD_PARTY: "third-party assessment, counted at 85 %",
  SELF_ASSESSMENT: "self-assessment, counted at 70 %",
  NONE: "no valid source",
};

/** A label for any of the tables above; an unknown code is shown lower-cased in words. */
export function labelOf(labels: Readonly<Record<string, string>>, code: string): string {
  return labels[code] ?? code.toLowerCase().replace(/_/g, " ");
}

const regionNames =
  typeof Intl !== "undefined" && "DisplayNames" in Intl
    ? new Intl.DisplayNames(["en"], { type: "region", fallback: "code" })
    : null;

/** "EE" -> "Estonia"; a code Intl does not know stays as it is. */
export function countryName(code: string | null | undefined): string {
  if (!code) return "—";
  const upper = code.toUpperCase();
  try {
    return regionNames?.of(upper) ?? upper;
  } catch {
    return upper;
  }
}
