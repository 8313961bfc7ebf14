import type { TFunction } from "i18next";
import type { Locale } from "../../shared/i18n/locale";
import { translator } from "../../shared/i18n/server-i18n";
import type { CapDeadline, FindingRef, KindParams, NotificationKind } from "./notification.kinds";

/** What every text may name: the supplier the event is about. */
export interface TemplateContext {
  /** null: the supplier is not known (any more); the text says "a supplier". */
  supplierName: string | null;
}

export interface RenderedNotification {
  title: string;
  body: string;
}

/** 2026-06-15: a due date names a UTC day. */
export const day = (iso: string): string => iso.slice(0, 10);

const LONG_DAY = new Intl.DateTimeFormat("zh-CN", { dateStyle: "long", timeZone: "UTC" });

/** A UTC day as the locale writes it: 2026-06-15 in English (as always), 2026年6月15日 in Chinese. */
export function localDay(iso: string, locale: Locale): string {
  return locale === "en" ? day(iso) : LONG_DAY.format(new Date(`${day(iso)}T00:00:00Z`));
}

/** The words of one locale a template is written with. */
interface Words {
  t: TFunction;
  day: (iso: string) => string;
  /** A code of an enum group in words: "health and safety" in English, 健康与安全 in Chinese. */
  code: (group: string, code: string) => string;
  finding: (f: FindingRef) => string;
  days: (n: number) => string;
  step: (d: CapDeadline) => string;
  supplier: string;
}

function wordsOf(locale: Locale, context: TemplateContext): Words {
  const t = translator(locale, "notifications");
  const enums = translator(locale, "enums");
  // English names codes in lower-case words, as the texts always have.
  const code = (group: string, value: string) =>
    locale === "en" ? value.toLowerCase().replace(/_/g, " ") : enums(`${group}.${value}`);
  return {
    t,
    day: (iso) => localDay(iso, locale),
    code,
    finding: (f) =>
      t("finding", { severity: code("severity", f.severity), area: code("area", f.area) }),
    days: (n) => t("days", { count: n }),
    step: (d) => t(`step.${d.step}`),
    supplier: context.supplierName ?? t("aSupplier"),
  };
}

type Template<K extends NotificationKind> = (p: KindParams[K], w: Words) => string[];

/**
 * The texts of each kind: the title (also the e-mail subject) first, then the body lines.
 * Plain text; the e-mail's HTML escapes every value (email.ts).
 */
const TEMPLATES: { [K in NotificationKind]: Template<K> } = {
  "saq.returned": (p, { t, supplier }) => [
    t("saq.returned.title", { supplier }),
    t("saq.returned.body"),
    t("saq.returned.reason", { reason: p.reason }),
  ],
  "saq.submitted": (_p, { t, supplier }) => [
    t("saq.submitted.title", { supplier }),
    t("saq.submitted.body", { supplier }),
  ],
  "saq.reviewed": (_p, { t, supplier }) => [
    t("saq.reviewed.title", { supplier }),
    t("saq.reviewed.body"),
  ],
  "audit.scheduled": (p, w) => {
    const values = {
      supplier: w.supplier,
      day: w.day(p.plannedDate),
      type: w.code("auditType", p.auditType),
      firm: p.auditFirm,
    };
    return [
      w.t("audit.scheduled.title", values),
      w.t(p.auditFirm ? "audit.scheduled.bodyByFirm" : "audit.scheduled.body", values),
    ];
  },
  "audit.reminder": (p, w) => {
    const values = { supplier: w.supplier, day: w.day(p.plannedDate), days: w.days(p.days) };
    return [w.t("audit.reminder.title", values), w.t("audit.reminder.body", values)];
  },
  "audit.completed": (p, w) => {
    const findings = w.t("findings", { count: p.findings.length });
    const values = { supplier: w.supplier, findings };
    return [
      w.t("audit.completed.title", values),
      w.t(p.findings.length === 0 ? "audit.completed.none" : "audit.completed.some", values),
      ...p.findings.map(
        (f) =>
          (f.capDueDate
            ? w.t("audit.completed.planDue", { finding: w.finding(f), day: w.day(f.capDueDate) })
            : w.t("audit.completed.noPlan", { finding: w.finding(f) })) +
          (f.dueDate ? w.t("audit.completed.closeBy", { day: w.day(f.dueDate) }) : ""),
      ),
    ];
  },
  "audit.next_due": (p, w) => {
    const values = { supplier: w.supplier, day: w.day(p.dueDate) };
    return [w.t("audit.next_due.title", values), w.t("audit.next_due.body", values)];
  },
  "cap.proposed": (p, w) => [
    w.t("cap.proposed.title", { supplier: w.supplier }),
    w.t("cap.proposed.body", { supplier: w.supplier, finding: w.finding(p) }),
  ],
  "cap.implemented": (p, w) => [
    w.t("cap.implemented.title", { supplier: w.supplier }),
    w.t("cap.implemented.body", { supplier: w.supplier, finding: w.finding(p) }),
  ],
  "cap.accepted": (p, w) => [
    w.t("cap.accepted.title"),
    w.t("cap.accepted.body", { finding: w.finding(p) }),
    ...(p.comment ? [w.t("comment", { comment: p.comment })] : []),
  ],
  "cap.rejected": (p, w) => [
    w.t("cap.rejected.title"),
    w.t("cap.rejected.body", { finding: w.finding(p) }),
    w.t("comment", { comment: p.comment }),
  ],
  "cap.verified": (p, w) => [
    w.t("cap.verified.title"),
    w.t("cap.verified.body", { finding: w.finding(p) }),
  ],
  "cap.reopened": (p, w) => [
    w.t("cap.reopened.title"),
    w.t("cap.reopened.body", { finding: w.finding(p) }),
    w.t("comment", { comment: p.comment }),
  ],
  "cap.due_soon": (p, w) => {
    const values = {
      days: w.days(p.days),
      step: w.step(p),
      finding: w.finding(p),
      day: w.day(p.dueDate),
    };
    return [w.t("cap.due_soon.title", values), w.t("cap.due_soon.body", values)];
  },
  "cap.due_today": (p, w) => {
    const values = { step: w.step(p), finding: w.finding(p) };
    return [w.t("cap.due_today.title", values), w.t("cap.due_today.body", values)];
  },
  "cap.overdue": (p, w) => {
    const values = { step: w.step(p), finding: w.finding(p), day: w.day(p.dueDate) };
    return [w.t("cap.overdue.title", values), w.t("cap.overdue.body", values)];
  },
  "cap.overdue_weekly": (p, w) => {
    const values = {
      days: w.days(p.daysOverdue),
      step: w.step(p),
      finding: w.finding(p),
      day: w.day(p.dueDate),
    };
    return [w.t("cap.overdue_weekly.title", values), w.t("cap.overdue_weekly.body", values)];
  },
  "cap.escalated": (p, w) => {
    const values = {
      supplier: w.supplier,
      days: w.days(p.daysOverdue),
      step: w.step(p),
      finding: w.finding(p),
      day: w.day(p.dueDate),
    };
    return [w.t("cap.escalated.title", values), w.t("cap.escalated.body", values)];
  },
  "finding.escalated": (p, w) => {
    const values = {
      supplier: w.supplier,
      days: w.days(p.daysOverdue),
      finding: w.finding(p),
      day: w.day(p.dueDate),
    };
    return [w.t("finding.escalated.title", values), w.t("finding.escalated.body", values)];
  },
  "certificate.expiring": (p, w) => {
    const values = { supplier: w.supplier, certificate: p.certificate, day: w.day(p.validUntil) };
    return [w.t("certificate.expiring.title", values), w.t("certificate.expiring.body", values)];
  },
  "certificate.expired": (p, w) => {
    const values = { supplier: w.supplier, certificate: p.certificate, day: w.day(p.validUntil) };
    return [w.t("certificate.expired.title", values), w.t("certificate.expired.body", values)];
  },
  "procurement.status_changed": (p, w) => {
    const values = {
      supplier: w.supplier,
      from: w.code("procurementStatus", p.from),
      to: w.code("procurementStatus", p.to),
    };
    return [
      w.t("procurement.status_changed.title", values),
      w.t("procurement.status_changed.body", values),
      ...(p.reasons.length > 0
        ? [
            w.t("procurement.status_changed.reasons"),
            ...p.reasons.map((r) => w.t("listItem", { text: r })),
          ]
        : []),
    ];
  },
};

const MAX_TITLE = 300;
const MAX_BODY = 4000;

const clip = (text: string, max: number): string =>
  text.length <= max ? text : `${text.slice(0, max - 1)}…`;

/** The in-app title and body of a notification of `kind`, in `locale` (English by default). */
export function renderNotification<K extends NotificationKind>(
  kind: K,
  params: KindParams[K],
  context: TemplateContext,
  locale: Locale = "en",
): RenderedNotification {
  const [title, ...lines] = (TEMPLATES[kind] as Template<K>)(params, wordsOf(locale, context));
  return { title: clip(title, MAX_TITLE), body: clip(lines.join("\n"), MAX_BODY) };
}
