import type { CapDeadline, FindingRef, KindParams, NotificationKind } from "./notification.kinds";

/** What every text may name: the supplier the event is about. */
export interface TemplateContext {
  supplierName: string;
}

export interface RenderedNotification {
  title: string;
  body: string;
}

type Template<K extends NotificationKind> = (p: KindParams[K], c: TemplateContext) => string[];

/** 2026-06-15: a due date names a UTC day. */
export const day = (iso: string): string => iso.slice(0, 10);

const words = (code: string): string => code.toLowerCase().replace(/_/g, " ");
const finding = (f: FindingRef): string => `${words(f.severity)} finding in ${words(f.area)}`;
const plural = (n: number, one: string): string => `${n} ${one}${n === 1 ? "" : "s"}`;
const step = (d: CapDeadline): string =>
  d.step === "PROPOSE" ? "propose the corrective action plan" : "implement the accepted plan";

/**
 * The texts of each kind: the title (also the e-mail subject) first, then the body lines.
 * Plain text; the e-mail's HTML escapes every value (email.ts).
 */
const TEMPLATES: { [K in NotificationKind]: Template<K> } = {
  "saq.returned": (p, c) => [
    `Self-assessment returned: ${c.supplierName}`,
    "The auditor returned the self-assessment. Please change it and submit it again.",
    `Reason: ${p.reason}`,
  ],
  "saq.submitted": (_p, c) => [
    `Self-assessment submitted: ${c.supplierName}`,
    `${c.supplierName} submitted its self-assessment; it is waiting for a review.`,
  ],
  "saq.reviewed": (_p, c) => [
    `Self-assessment reviewed: ${c.supplierName}`,
    "The auditor reviewed the self-assessment. Nothing more is needed.",
  ],
  "audit.scheduled": (p, c) => [
    `Audit scheduled: ${c.supplierName}, ${day(p.plannedDate)}`,
    `A ${words(p.auditType)} audit of ${c.supplierName} is planned for ${day(p.plannedDate)}` +
      (p.auditFirm ? `, by ${p.auditFirm}.` : "."),
  ],
  "audit.reminder": (p, c) => [
    `Audit in ${plural(p.days, "day")}: ${c.supplierName}, ${day(p.plannedDate)}`,
    `The audit of ${c.supplierName} is planned for ${day(p.plannedDate)}, in ${plural(p.days, "day")}.`,
  ],
  "audit.completed": (p, c) => [
    `Audit completed: ${c.supplierName}, ${plural(p.findings.length, "finding")}`,
    p.findings.length === 0
      ? `The audit of ${c.supplierName} is completed without findings.`
      : `The audit of ${c.supplierName} is completed with ${plural(p.findings.length, "finding")}:`,
    ...p.findings.map(
      (f) =>
        `- ${finding(f)}` +
        (f.capDueDate ? `: plan due ${day(f.capDueDate)}` : ": no plan needed") +
        (f.dueDate ? `, to be closed by ${day(f.dueDate)}` : ""),
    ),
  ],
  "audit.next_due": (p, c) => [
    `Next audit due ${day(p.dueDate)}: ${c.supplierName}`,
    `${c.supplierName} is due for its next audit by ${day(p.dueDate)} and none is planned.`,
  ],
  "cap.proposed": (p, c) => [
    `Corrective action proposed: ${c.supplierName}`,
    `${c.supplierName} proposed a plan for its ${finding(p)}; please review it.`,
  ],
  "cap.implemented": (p, c) => [
    `Corrective action implemented: ${c.supplierName}`,
    `${c.supplierName} marked the plan for its ${finding(p)} implemented; please verify it.`,
  ],
  "cap.accepted": (p) => [
    `Corrective action accepted`,
    `The auditor accepted your plan for the ${finding(p)}. Implement it and add the evidence.`,
    ...(p.comment ? [`Comment: ${p.comment}`] : []),
  ],
  "cap.rejected": (p) => [
    `Corrective action rejected`,
    `The auditor rejected your plan for the ${finding(p)}. Please propose a new one.`,
    `Comment: ${p.comment}`,
  ],
  "cap.verified": (p) => [
    `Corrective action verified`,
    `The auditor verified your plan for the ${finding(p)} as effective; the finding is closed.`,
  ],
  "cap.reopened": (p) => [
    `Corrective action not effective`,
    `The auditor found the implementation for the ${finding(p)} not effective. Please implement it again.`,
    `Comment: ${p.comment}`,
  ],
  "cap.due_soon": (p) => [
    `Due in ${plural(p.days, "day")}: ${step(p)}`,
    `For the ${finding(p)}, ${step(p)} by ${day(p.dueDate)}.`,
  ],
  "cap.due_today": (p) => [`Due today: ${step(p)}`, `For the ${finding(p)}, ${step(p)} today.`],
  "cap.overdue": (p) => [
    `Overdue: ${step(p)}`,
    `For the ${finding(p)}, the deadline to ${step(p)} was ${day(p.dueDate)}.`,
  ],
  "cap.overdue_weekly": (p) => [
    `Still overdue (${plural(p.daysOverdue, "day")}): ${step(p)}`,
    `For the ${finding(p)}, the deadline to ${step(p)} was ${day(p.dueDate)}, ${plural(p.daysOverdue, "day")} ago.`,
  ],
  "cap.escalated": (p, c) => [
    `Escalation: ${c.supplierName} is ${plural(p.daysOverdue, "day")} late`,
    `${c.supplierName} has not met the deadline of ${day(p.dueDate)} to ${step(p)} for its ${finding(p)}.`,
  ],
  "finding.escalated": (p, c) => [
    `Escalation: finding of ${c.supplierName} overdue ${plural(p.daysOverdue, "day")}`,
    `The ${finding(p)} of ${c.supplierName} was due to be closed by ${day(p.dueDate)} and is still open.`,
  ],
  "certificate.expiring": (p, c) => [
    `Certificate expiring ${day(p.validUntil)}: ${c.supplierName}, ${p.certificate}`,
    `The ${p.certificate} certificate of ${c.supplierName} is valid until ${day(p.validUntil)}. Plan the renewal.`,
  ],
  "certificate.expired": (p, c) => [
    `Certificate expired: ${c.supplierName}, ${p.certificate}`,
    `The ${p.certificate} certificate of ${c.supplierName} expired on ${day(p.validUntil)}.`,
  ],
  "procurement.status_changed": (p, c) => [
    `${c.supplierName} is now ${words(p.to)} (was ${words(p.from)})`,
    `The procurement status of ${c.supplierName} changed from ${words(p.from)} to ${words(p.to)}.`,
    ...(p.reasons.length > 0 ? ["Reasons:", ...p.reasons.map((r) => `- ${r}`)] : []),
  ],
};

const MAX_TITLE = 300;
const MAX_BODY = 4000;

const clip = (text: string, max: number): string =>
  text.length <= max ? text : `${text.slice(0, max - 1)}…`;

/** The in-app title and body of a notification of `kind`. */
export function renderNotification<K extends NotificationKind>(
  kind: K,
  params: KindParams[K],
  context: TemplateContext,
): RenderedNotification {
  const [title, ...lines] = (TEMPLATES[kind] as Template<K>)(params, context);
  return { title: clip(title, MAX_TITLE), body: clip(lines.join("\n"), MAX_BODY) };
}
