import type { EsgArea } from "../../shared/domain/esg-area.enum";
import type { Severity } from "../../shared/domain/audit.enums";
import type { ProcurementStatus } from "../../shared/domain/procurement.enums";
import { NotificationCategory } from "./notification.enums";

/** A finding as notifications describe it. */
export interface FindingRef {
  severity: Severity;
  area: EsgArea;
}

/** The supplier's next step on a finding's corrective action, and so which deadline applies. */
export type CapStep = "PROPOSE" | "IMPLEMENT";

export interface CapDeadline extends FindingRef {
  step: CapStep;
  /** The deadline (a day, ISO date-time). */
  dueDate: string;
}

/** The values each kind's texts are written from (dates as ISO strings). */
export interface KindParams {
  "saq.returned": { reason: string };
  "saq.submitted": Record<string, never>;
  "saq.reviewed": Record<string, never>;
  "audit.scheduled": { plannedDate: string; auditType: string; auditFirm: string | null };
  "audit.reminder": { plannedDate: string; days: number };
  "audit.completed": {
    findings: (FindingRef & { capDueDate: string | null; dueDate: string | null })[];
  };
  "audit.next_due": { dueDate: string };
  "cap.proposed": FindingRef;
  "cap.implemented": FindingRef;
  "cap.accepted": FindingRef & { comment: string | null };
  "cap.rejected": FindingRef & { comment: string };
  "cap.verified": FindingRef;
  "cap.reopened": FindingRef & { comment: string };
  "cap.due_soon": CapDeadline & { days: number };
  "cap.due_today": CapDeadline;
  "cap.overdue": CapDeadline & { daysOverdue: number };
  "cap.overdue_weekly": CapDeadline & { daysOverdue: number };
  "cap.escalated": CapDeadline & { daysOverdue: number };
  "finding.escalated": FindingRef & { dueDate: string; daysOverdue: number };
  "certificate.expiring": { certificate: string; validUntil: string };
  "certificate.expired": { certificate: string; validUntil: string };
  "procurement.status_changed": {
    from: ProcurementStatus;
    to: ProcurementStatus;
    reasons: string[];
  };
}

export type NotificationKind = keyof KindParams;

/** Each kind's category, by which recipients turn e-mail off. */
export const KIND_CATEGORY: Readonly<Record<NotificationKind, NotificationCategory>> = {
  "saq.returned": NotificationCategory.SELF_ASSESSMENT,
  "saq.submitted": NotificationCategory.SELF_ASSESSMENT,
  "saq.reviewed": NotificationCategory.SELF_ASSESSMENT,
  "audit.scheduled": NotificationCategory.AUDIT,
  "audit.reminder": NotificationCategory.AUDIT,
  "audit.completed": NotificationCategory.AUDIT,
  "audit.next_due": NotificationCategory.AUDIT,
  "cap.proposed": NotificationCategory.CORRECTIVE_ACTION,
  "cap.implemented": NotificationCategory.CORRECTIVE_ACTION,
  "cap.accepted": NotificationCategory.CORRECTIVE_ACTION,
  "cap.rejected": NotificationCategory.CORRECTIVE_ACTION,
  "cap.verified": NotificationCategory.CORRECTIVE_ACTION,
  "cap.reopened": NotificationCategory.CORRECTIVE_ACTION,
  "cap.due_soon": NotificationCategory.DEADLINE,
  "cap.due_today": NotificationCategory.DEADLINE,
  "cap.overdue": NotificationCategory.DEADLINE,
  "cap.overdue_weekly": NotificationCategory.DEADLINE,
  "cap.escalated": NotificationCategory.DEADLINE,
  "finding.escalated": NotificationCategory.DEADLINE,
  "certificate.expiring": NotificationCategory.CERTIFICATE,
  "certificate.expired": NotificationCategory.CERTIFICATE,
  "procurement.status_changed": NotificationCategory.PROCUREMENT,
};
