import { registerEnumType } from "type-graphql";

export enum AuditStatus {
  PLANNED = "PLANNED",
  IN_PROGRESS = "IN_PROGRESS",
  COMPLETED = "COMPLETED",
  CANCELLED = "CANCELLED",
}

export enum AuditType {
  INITIAL = "INITIAL",
  PERIODIC = "PERIODIC",
  FOLLOW_UP = "FOLLOW_UP",
  SPECIAL = "SPECIAL",
}

export enum ItemResult {
  CONFORMS = "CONFORMS",
  PARTIAL = "PARTIAL",
  NONCONFORMS = "NONCONFORMS",
  NOT_APPLICABLE = "NOT_APPLICABLE",
}

export enum Severity {
  ZERO_TOLERANCE = "ZERO_TOLERANCE",
  MAJOR = "MAJOR",
  MINOR = "MINOR",
  OBSERVATION = "OBSERVATION",
}

export enum RiskLevel {
  LOW = "LOW",
  MEDIUM = "MEDIUM",
  HIGH = "HIGH",
  CRITICAL = "CRITICAL",
}

export enum FindingStatus {
  OPEN = "OPEN",
  CLOSED = "CLOSED",
  /** Taken back by the lead auditor before completion: kept on record, counts for nothing. */
  WITHDRAWN = "WITHDRAWN",
}

export enum CorrectiveActionStatus {
  PROPOSED = "PROPOSED",
  ACCEPTED = "ACCEPTED",
  REJECTED = "REJECTED",
  IMPLEMENTED = "IMPLEMENTED",
  VERIFIED = "VERIFIED",
}

registerEnumType(AuditStatus, { name: "AuditStatus" });
registerEnumType(AuditType, { name: "AuditType" });
registerEnumType(ItemResult, { name: "ItemResult" });
registerEnumType(Severity, { name: "Severity" });
registerEnumType(RiskLevel, { name: "RiskLevel" });
registerEnumType(FindingStatus, { name: "FindingStatus" });
registerEnumType(CorrectiveActionStatus, { name: "CorrectiveActionStatus" });
