import type { RequestContext, Viewer } from "../../graphql/context";
import type { EsgArea } from "../../shared/domain/esg-area.enum";
import type { Severity } from "../../shared/domain/audit.enums";
import type { Locale } from "../../shared/i18n/locale";
import { translator } from "../../shared/i18n/server-i18n";
import { Role } from "../../shared/domain/role.enum";
import { addDays, startOfUtcDay } from "../../shared/time";
import { isOverdue } from "../scoring/deadlines";
import { checklistNameIn, type NameTranslations } from "../checklist/checklist-names";
import { requireRole, supplierScope } from "../identity/access";
import { auditLink, findingLink, saqLink, supplierLink } from "./links";
import { NOTIFICATION_PERMISSIONS } from "./notification.permissions";
import { ESCALATION_AFTER_DAYS } from "./reminder-rules";
import type { OpenAction } from "./notification.types";

/** Each list of open actions is cut here; the whole answer at MAX_OPEN_ACTIONS. */
export const OPEN_ACTIONS_PER_LIST = 50;
export const MAX_OPEN_ACTIONS = 150;
/** Procurement sees status changes of this many past days. */
export const RECENT_STATUS_CHANGE_DAYS = 14;

type Action = Omit<OpenAction, "overdue">;

/** The reader's words for the titles: ctx.locale, as every answer. */
function titlesOf(locale: Locale) {
  const t = translator(locale, "openActions");
  const notifications = translator(locale, "notifications");
  const enums = translator(locale, "enums");
  // English names codes in lower-case words, as the notifications do.
  const code = (group: string, value: string) =>
    locale === "en" ? value.toLowerCase().replace(/_/g, " ") : enums(`${group}.${value}`);
  return {
    t,
    code,
    /** A self-assessment's checklist, named in the reader's language. */
    named: (saq: { name: string; name_translations: NameTranslations; version: number }) => ({
      checklist: checklistNameIn(saq.name, saq.name_translations, locale),
      version: saq.version,
    }),
    finding: (f: { severity: Severity; area: EsgArea }) =>
      notifications("finding", {
        severity: code("severity", f.severity),
        area: code("area", f.area),
      }),
  };
}
type Titles = ReturnType<typeof titlesOf>;

async function supplierActions(
  ctx: RequestContext,
  supplierId: string,
  { t, named, finding }: Titles,
): Promise<Action[]> {
  const saqs = (await ctx.dataSource.query(
    `SELECT sa.id, sa.status, sa.return_reason, c.name, c.name_translations, c.version
       FROM self_assessment sa JOIN checklist c ON c.id = sa.checklist_id
      WHERE sa.supplier_id = $1 AND sa.status IN ('DRAFT', 'RETURNED')
      ORDER BY sa.created_at, sa.id LIMIT $2`,
    [supplierId, OPEN_ACTIONS_PER_LIST],
  )) as {
    id: string;
    status: string;
    return_reason: string | null;
    name: string;
    name_translations: NameTranslations;
    version: number;
  }[];
  const plans = (await ctx.dataSource.query(
    `SELECT * FROM (
       SELECT f.id, f.audit_id, f.severity, f.area, c.status AS plan,
              CASE WHEN c.status = 'ACCEPTED' THEN LEAST(c.target_date, f.due_date)
                   ELSE f.cap_due_date END AS due
         FROM finding f
         JOIN audit a ON a.id = f.audit_id AND a.status = 'COMPLETED'
         LEFT JOIN corrective_action c ON c.finding_id = f.id
        WHERE f.supplier_id = $1 AND f.status = 'OPEN' AND f.severity <> 'OBSERVATION'
          AND (c.id IS NULL OR c.status IN ('REJECTED', 'ACCEPTED'))) x
      ORDER BY x.due NULLS LAST, x.id LIMIT $2`,
    [supplierId, OPEN_ACTIONS_PER_LIST * 2],
  )) as {
    id: string;
    audit_id: string;
    severity: Severity;
    area: EsgArea;
    plan: string | null;
    due: Date | null;
  }[];
  return [
    ...saqs.map((saq) =>
      saq.status === "RETURNED"
        ? {
            kind: "SAQ_RETURNED",
            title: saq.return_reason
              ? t("SAQ_RETURNED_reason", {
                  ...named(saq),
                  reason: saq.return_reason.slice(0, 200),
                })
              : t("SAQ_RETURNED", named(saq)),
            dueDate: null,
            link: saqLink(saq.id),
          }
        : {
            kind: "SAQ_TO_FILL",
            title: t("SAQ_TO_FILL", named(saq)),
            dueDate: null,
            link: saqLink(saq.id),
          },
    ),
    ...plans.map((row) => ({
      kind:
        row.plan === "ACCEPTED"
          ? "CAP_TO_IMPLEMENT"
          : row.plan === "REJECTED"
            ? "CAP_TO_REPROPOSE"
            : "CAP_TO_PROPOSE",
      title: t(
        row.plan === "ACCEPTED"
          ? "CAP_TO_IMPLEMENT"
          : row.plan === "REJECTED"
            ? "CAP_TO_REPROPOSE"
            : "CAP_TO_PROPOSE",
        { finding: finding(row) },
      ),
      dueDate: row.due,
      link: findingLink(row.audit_id, row.id),
    })),
  ];
}

async function auditorActions(
  ctx: RequestContext,
  viewer: Viewer,
  { t, finding }: Titles,
): Promise<Action[]> {
  const saqs = (await ctx.dataSource.query(
    `SELECT sa.id, s.name FROM self_assessment sa JOIN supplier s ON s.id = sa.supplier_id
      WHERE sa.status = 'SUBMITTED' ORDER BY sa.submitted_at, sa.id LIMIT $1`,
    [OPEN_ACTIONS_PER_LIST],
  )) as { id: string; name: string }[];
  const plans = (await ctx.dataSource.query(
    `SELECT f.id, f.audit_id, f.severity, f.area, f.due_date, c.status, s.name
       FROM corrective_action c
       JOIN finding f ON f.id = c.finding_id
       JOIN audit a ON a.id = f.audit_id
       JOIN supplier s ON s.id = f.supplier_id
      WHERE c.status IN ('PROPOSED', 'IMPLEMENTED') AND a.lead_auditor_id = $1
      ORDER BY f.due_date NULLS LAST, f.id LIMIT $2`,
    [viewer.userId, OPEN_ACTIONS_PER_LIST],
  )) as {
    id: string;
    audit_id: string;
    severity: Severity;
    area: EsgArea;
    due_date: Date | null;
    status: string;
    name: string;
  }[];
  const audits = (await ctx.dataSource.query(
    `SELECT a.id, a.status, a.planned_date, s.name FROM audit a JOIN supplier s ON s.id = a.supplier_id
      WHERE a.lead_auditor_id = $1 AND a.status IN ('PLANNED', 'IN_PROGRESS')
      ORDER BY a.planned_date, a.id LIMIT $2`,
    [viewer.userId, OPEN_ACTIONS_PER_LIST],
  )) as { id: string; status: string; planned_date: Date; name: string }[];
  return [
    ...saqs.map((saq) => ({
      kind: "SAQ_TO_REVIEW",
      title: t("SAQ_TO_REVIEW", { supplier: saq.name }),
      dueDate: null,
      link: saqLink(saq.id),
    })),
    ...plans.map((row) => ({
      kind: row.status === "PROPOSED" ? "CAP_TO_REVIEW" : "CAP_TO_VERIFY",
      title: t(row.status === "PROPOSED" ? "CAP_TO_REVIEW" : "CAP_TO_VERIFY", {
        supplier: row.name,
        finding: finding(row),
      }),
      dueDate: row.due_date,
      link: findingLink(row.audit_id, row.id),
    })),
    ...audits.map((audit) => ({
      kind: audit.status === "PLANNED" ? "AUDIT_PLANNED" : "AUDIT_IN_PROGRESS",
      title: t(audit.status === "PLANNED" ? "AUDIT_PLANNED" : "AUDIT_IN_PROGRESS", {
        supplier: audit.name,
      }),
      dueDate: audit.planned_date,
      link: auditLink(audit.id),
    })),
  ];
}

async function procurementActions(
  ctx: RequestContext,
  viewer: Viewer,
  { t, code, finding }: Titles,
): Promise<Action[]> {
  const now = ctx.clock.now();
  const changes = (await ctx.dataSource.query(
    `SELECT DISTINCT ON (link) title, link FROM notification
      WHERE recipient_id = $1 AND kind = 'procurement.status_changed' AND created_at >= $2
      ORDER BY link, created_at DESC LIMIT $3`,
    [viewer.userId, addDays(now, -RECENT_STATUS_CHANGE_DAYS), OPEN_ACTIONS_PER_LIST],
  )) as { title: string; link: string }[];
  const blocked = (await ctx.dataSource.query(
    `SELECT s.id, s.name FROM supplier_standing st JOIN supplier s ON s.id = st.supplier_id
      WHERE st.status = 'BLOCKED' AND NOT s.archived ORDER BY s.name, s.id LIMIT $1`,
    [OPEN_ACTIONS_PER_LIST],
  )) as { id: string; name: string }[];
  const escalated = (await ctx.dataSource.query(
    `SELECT f.id, f.audit_id, f.severity, f.area, f.due_date, s.name
       FROM finding f JOIN supplier s ON s.id = f.supplier_id AND NOT s.archived
      WHERE f.status = 'OPEN' AND f.due_date < $1
      ORDER BY f.due_date, f.id LIMIT $2`,
    [addDays(startOfUtcDay(now), -ESCALATION_AFTER_DAYS), OPEN_ACTIONS_PER_LIST],
  )) as {
    id: string;
    audit_id: string;
    severity: Severity;
    area: EsgArea;
    due_date: Date;
    name: string;
  }[];
  return [
    ...changes.map((row) => ({
      kind: "SUPPLIER_STATUS_CHANGED",
      // The notification's own title, written in the reader's language when it was sent.
      title: t("SUPPLIER_STATUS_CHANGED", { title: row.title }),
      dueDate: null,
      link: row.link,
    })),
    ...blocked.map((row) => ({
      kind: "SUPPLIER_BLOCKED",
      title: t("SUPPLIER_BLOCKED", {
        supplier: row.name,
        status: code("procurementStatus", "BLOCKED"),
      }),
      dueDate: null,
      link: supplierLink(row.id),
    })),
    ...escalated.map((row) => ({
      kind: "FINDING_ESCALATED",
      title: t("FINDING_ESCALATED", { supplier: row.name, finding: finding(row) }),
      dueDate: row.due_date,
      link: findingLink(row.audit_id, row.id),
    })),
  ];
}

/**
 * What waits for the viewer, soonest due first (undated last): a supplier's questionnaires and
 * corrective actions, an auditor's reviews and audits, procurement's status changes, blocked
 * suppliers and escalated findings. Admins have the outbox instead; their list is empty.
 */
export async function openActions(ctx: RequestContext): Promise<OpenAction[]> {
  const viewer = requireRole(ctx, ...NOTIFICATION_PERMISSIONS.openActions);
  const scope = supplierScope(viewer);
  const titles = titlesOf(ctx.locale);
  const actions =
    scope !== null
      ? await supplierActions(ctx, scope, titles)
      : viewer.role === Role.AUDITOR
        ? await auditorActions(ctx, viewer, titles)
        : viewer.role === Role.PROCUREMENT
          ? await procurementActions(ctx, viewer, titles)
          : [];
  const now = ctx.clock.now();
  const time = (a: Action) => a.dueDate?.getTime() ?? Number.POSITIVE_INFINITY;
  return actions
    .sort((a, b) => time(a) - time(b) || a.title.localeCompare(b.title))
    .slice(0, MAX_OPEN_ACTIONS)
    .map((action) => ({ ...action, overdue: isOverdue(action.dueDate, false, now) }));
}
