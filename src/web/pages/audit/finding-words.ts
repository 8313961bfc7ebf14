import type {
  AuditStatus,
  AuditType,
  CorrectiveActionStatus,
  FindingStatus,
  Severity,
} from "../../gql/graphql";
import {
  AUDIT_STATUS_LABELS,
  AUDIT_TYPE_LABELS,
  FINDING_STATUS_LABELS,
  labelOf,
  SEVERITY_LABELS,
} from "../../labels";
import { currentLocale, i18next } from "../../i18n";
import auditTexts from "../../i18n/locales/en/audit.json";

/** The audit screens' words for severities, statuses and types (from src/web/labels.ts). */
export const SEVERITIES = Object.keys(SEVERITY_LABELS) as Severity[];
export const FINDING_STATUSES = Object.keys(FINDING_STATUS_LABELS) as FindingStatus[];
export const AUDIT_STATUSES = Object.keys(AUDIT_STATUS_LABELS) as AuditStatus[];

export const severityLabel = (value: Severity): string => labelOf(SEVERITY_LABELS, value);
export const findingStatusLabel = (value: FindingStatus): string =>
  labelOf(FINDING_STATUS_LABELS, value);
export const auditStatusLabel = (value: AuditStatus): string => labelOf(AUDIT_STATUS_LABELS, value);
export const auditTypeLabel = (value: AuditType | string): string =>
  labelOf(AUDIT_TYPE_LABELS, value);

/** A plan's state as what happens next, for the supplier's findings table. */
export const capStatusLabel = (value: CorrectiveActionStatus): string =>
  value in auditTexts.capNext ? i18next.t(`capNext.${value}`, { ns: "audit" }) : value;

/** The overdue badge: OVERDUE in English (as the audit screens always showed it), words in Chinese. */
export const overdueBadge = (): string =>
  currentLocale() === "en" ? "OVERDUE" : i18next.t("badge.OVERDUE", { ns: "audit" });
