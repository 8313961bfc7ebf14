import type {
  AuditStatus,
  CorrectiveActionStatus,
  FindingStatus,
  Severity,
} from "../../gql/graphql";

/** Severities, statuses and audit types in words for people (never the enum codes). */
const SEVERITY: Record<Severity, string> = {
  ZERO_TOLERANCE: "Zero tolerance",
  MAJOR: "Major",
  MINOR: "Minor",
  OBSERVATION: "Observation",
};
const FINDING_STATUS: Record<FindingStatus, string> = {
  OPEN: "Open",
  CLOSED: "Closed",
  WITHDRAWN: "Withdrawn",
};
const AUDIT_STATUS: Record<AuditStatus, string> = {
  PLANNED: "Planned",
  IN_PROGRESS: "In progress",
  COMPLETED: "Completed",
  CANCELLED: "Cancelled",
};

const CAP_STATUS: Record<CorrectiveActionStatus, string> = {
  PROPOSED: "proposed, awaiting review",
  ACCEPTED: "accepted",
  REJECTED: "rejected: propose again",
  IMPLEMENTED: "implemented, awaiting verification",
  VERIFIED: "verified",
};

export const SEVERITIES = Object.keys(SEVERITY) as Severity[];
export const FINDING_STATUSES = Object.keys(FINDING_STATUS) as FindingStatus[];
export const AUDIT_STATUSES = Object.keys(AUDIT_STATUS) as AuditStatus[];

export const severityLabel = (value: Severity): string => SEVERITY[value] ?? value;
export const findingStatusLabel = (value: FindingStatus): string => FINDING_STATUS[value] ?? value;
export const capStatusLabel = (value: CorrectiveActionStatus): string => CAP_STATUS[value] ?? value;
export const auditStatusLabel = (value: AuditStatus): string => AUDIT_STATUS[value] ?? value;

/** "Initial", "Follow-up": an audit type as a word. */
export function auditTypeLabel(value: string): string {
  const words = value.toLowerCase().replace(/_/g, "-");
  return words.charAt(0).toUpperCase() + words.slice(1);
}
