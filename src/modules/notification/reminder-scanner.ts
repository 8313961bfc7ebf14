import type { DataSource } from "typeorm";
import type { Clock } from "../../shared/clock";
import type { EsgArea } from "../../shared/domain/esg-area.enum";
import type { Severity } from "../../shared/domain/audit.enums";
import { Role } from "../../shared/domain/role.enum";
import { addDays, startOfUtcDay } from "../../shared/time";
import type { CapStep } from "./notification.kinds";
import { auditLink, findingLink, supplierLink } from "./links";
import { writeNotifications, type NotificationEvent } from "./notify";
import {
  auditReminder,
  daysUntil,
  deadlineStage,
  escalation,
  DEADLINE_WARNING_DAYS,
  ESCALATION_AFTER_DAYS,
  LOOKAHEAD_DAYS,
} from "./reminder-rules";

/** Events written per transaction by one scan. */
const SCAN_BATCH = 200;

/**
 * Rows turned into events (and checked against the ledger) at a time. Turned all at once,
 * 100 000 suppliers' open findings made 300 000 events, ~300 MB, on every scan.
 */
export const SCAN_CHUNK = 2000;

const day = (date: Date) => date.toISOString().slice(0, 10);

type Events = NotificationEvent[];

async function auditReminders(dataSource: DataSource, now: Date): Promise<Events> {
  const rows = (await dataSource.query(
    `SELECT a.id, a.supplier_id, a.lead_auditor_id, a.planned_date
       FROM audit a JOIN supplier s ON s.id = a.supplier_id
      WHERE a.status = 'PLANNED' AND NOT s.archived
        AND a.planned_date >= $1 AND a.planned_date < $2
      ORDER BY a.id`,
    [startOfUtcDay(now), addDays(startOfUtcDay(now), 15)],
  )) as { id: string; supplier_id: string; lead_auditor_id: string; planned_date: Date }[];
  return rows.flatMap((audit) => {
    const reminder = auditReminder(audit.planned_date, now);
    if (reminder === null) return [];
    const days = daysUntil(audit.planned_date, now);
    return [
      {
        key: `audit.reminder_${reminder}:${audit.id}:${day(audit.planned_date)}`,
        kind: "audit.reminder",
        supplierId: audit.supplier_id,
        params: { plannedDate: audit.planned_date.toISOString(), days },
        to: [
          { audience: { supplierUsers: audit.supplier_id }, link: supplierLink(audit.supplier_id) },
          { audience: { user: audit.lead_auditor_id }, link: auditLink(audit.id) },
        ],
      } satisfies NotificationEvent<"audit.reminder">,
    ];
  });
}

interface OpenFindingRow {
  id: string;
  audit_id: string;
  supplier_id: string;
  lead_auditor_id: string;
  severity: Severity;
  area: EsgArea;
  due_date: Date | null;
  step: CapStep | null;
  deadline: Date | null;
}

/**
 * Open findings of completed audits with the supplier's next corrective-action deadline: the
 * plan's proposal (`capDueDate`) while there is no plan or it was rejected; the implementation
 * (the plan's target date, at the latest the finding's due date) once it is accepted. While the
 * auditor has the next step (PROPOSED, IMPLEMENTED) the supplier owes nothing.
 */
async function openFindings(dataSource: DataSource, now: Date): Promise<OpenFindingRow[]> {
  return (await dataSource.query(
    `SELECT * FROM (
       SELECT f.id, f.audit_id, f.supplier_id, a.lead_auditor_id, f.severity, f.area, f.due_date,
              CASE WHEN c.id IS NULL OR c.status = 'REJECTED' THEN 'PROPOSE'
                   WHEN c.status = 'ACCEPTED' THEN 'IMPLEMENT' END AS step,
              CASE WHEN c.id IS NULL OR c.status = 'REJECTED' THEN f.cap_due_date
                   WHEN c.status = 'ACCEPTED' THEN LEAST(c.target_date, f.due_date) END AS deadline
         FROM finding f
         JOIN audit a ON a.id = f.audit_id AND a.status = 'COMPLETED'
         JOIN supplier s ON s.id = f.supplier_id AND NOT s.archived
         LEFT JOIN corrective_action c ON c.finding_id = f.id
        WHERE f.status = 'OPEN' AND f.severity <> 'OBSERVATION') x
      WHERE x.deadline < $1 OR x.due_date < $2
      ORDER BY x.id`,
    [
      addDays(startOfUtcDay(now), DEADLINE_WARNING_DAYS + 1),
      addDays(startOfUtcDay(now), -ESCALATION_AFTER_DAYS),
    ],
  )) as OpenFindingRow[];
}

function deadlineEvents(row: OpenFindingRow, now: Date): Events {
  const events: Events = [];
  const finding = { severity: row.severity, area: row.area };
  const link = findingLink(row.audit_id, row.id);
  const escalate = [
    { audience: { user: row.lead_auditor_id }, link },
    { audience: { role: Role.PROCUREMENT }, link },
  ] as const;
  if (row.step && row.deadline) {
    const deadline = { ...finding, step: row.step, dueDate: row.deadline.toISOString() };
    const base = `${row.id}:${row.step}:${day(row.deadline)}`;
    const toSupplier = [{ audience: { supplierUsers: row.supplier_id }, link }] as const;
    const stage = deadlineStage(row.deadline, now);
    if (stage?.stage === "due_soon") {
      events.push({
        key: `cap.due_in_3:${base}`,
        kind: "cap.due_soon",
        supplierId: row.supplier_id,
        params: { ...deadline, days: stage.days },
        to: toSupplier,
      } satisfies NotificationEvent<"cap.due_soon">);
    } else if (stage?.stage === "due_today") {
      events.push({
        key: `cap.due_today:${base}`,
        kind: "cap.due_today",
        supplierId: row.supplier_id,
        params: deadline,
        to: toSupplier,
      } satisfies NotificationEvent<"cap.due_today">);
    } else if (stage?.stage === "overdue") {
      events.push({
        key: `cap.overdue:${base}`,
        kind: "cap.overdue",
        supplierId: row.supplier_id,
        params: { ...deadline, daysOverdue: stage.daysOverdue },
        to: toSupplier,
      } satisfies NotificationEvent<"cap.overdue">);
    } else if (stage?.stage === "overdue_weekly") {
      events.push({
        key: `cap.overdue_weekly:${base}:${stage.week}`,
        kind: "cap.overdue_weekly",
        supplierId: row.supplier_id,
        params: { ...deadline, daysOverdue: stage.daysOverdue },
        to: toSupplier,
      } satisfies NotificationEvent<"cap.overdue_weekly">);
    }
    const late = escalation(row.deadline, now);
    if (late !== null) {
      events.push({
        key: `cap.escalated:${base}`,
        kind: "cap.escalated",
        supplierId: row.supplier_id,
        params: { ...deadline, daysOverdue: late },
        to: escalate,
      } satisfies NotificationEvent<"cap.escalated">);
    }
  }
  const findingLate = row.due_date ? escalation(row.due_date, now) : null;
  if (row.due_date && findingLate !== null) {
    events.push({
      key: `finding.escalated:${row.id}:${day(row.due_date)}`,
      kind: "finding.escalated",
      supplierId: row.supplier_id,
      params: { ...finding, dueDate: row.due_date.toISOString(), daysOverdue: findingLate },
      to: escalate,
    } satisfies NotificationEvent<"finding.escalated">);
  }
  return events;
}

/** Suppliers due for an audit within 30 days (or overdue for one) with none planned. */
async function nextAuditsDue(dataSource: DataSource, now: Date): Promise<Events> {
  const rows = (await dataSource.query(
    `SELECT st.supplier_id, st.next_audit_due
       FROM supplier_standing st JOIN supplier s ON s.id = st.supplier_id
      WHERE NOT s.archived AND st.next_audit_due <= $1
        AND NOT EXISTS (SELECT 1 FROM audit a WHERE a.supplier_id = st.supplier_id
                          AND a.status IN ('PLANNED', 'IN_PROGRESS'))
      ORDER BY st.supplier_id`,
    [addDays(now, LOOKAHEAD_DAYS)],
  )) as { supplier_id: string; next_audit_due: Date }[];
  return rows.map(
    (row) =>
      ({
        key: `audit.next_due:${row.supplier_id}:${day(row.next_audit_due)}`,
        kind: "audit.next_due",
        supplierId: row.supplier_id,
        params: { dueDate: row.next_audit_due.toISOString() },
        to: [{ audience: { role: Role.AUDITOR }, link: supplierLink(row.supplier_id) }],
      }) satisfies NotificationEvent<"audit.next_due">,
  );
}

/**
 * Certificates ending within 30 days, or ended within the last 30 (older expiries are not news),
 * unless a later certificate of the same standard replaced them.
 */
async function certificateExpiries(dataSource: DataSource, now: Date): Promise<Events> {
  const rows = (await dataSource.query(
    `SELECT c.id, c.supplier_id, COALESCE(c.other_type, c.kind) AS certificate, c.valid_until
       FROM certificate c JOIN supplier s ON s.id = c.supplier_id
      WHERE NOT s.archived AND c.valid_until > $1 AND c.valid_until <= $2
        AND NOT EXISTS (SELECT 1 FROM certificate n
                         WHERE n.supplier_id = c.supplier_id AND n.kind = c.kind
                           AND n.other_type IS NOT DISTINCT FROM c.other_type
                           AND n.valid_until > c.valid_until)
      ORDER BY c.id`,
    [addDays(now, -LOOKAHEAD_DAYS), addDays(now, LOOKAHEAD_DAYS)],
  )) as { id: string; supplier_id: string; certificate: string; valid_until: Date }[];
  return rows.map((row) => {
    const expired = row.valid_until.getTime() < now.getTime();
    const link = supplierLink(row.supplier_id);
    return {
      key: `certificate.${expired ? "expired" : "expiring"}:${row.id}`,
      kind: expired ? "certificate.expired" : "certificate.expiring",
      supplierId: row.supplier_id,
      params: { certificate: row.certificate, validUntil: row.valid_until.toISOString() },
      to: [
        { audience: { supplierUsers: row.supplier_id }, link },
        { audience: { role: Role.AUDITOR }, link },
      ],
    } satisfies NotificationEvent<"certificate.expiring" | "certificate.expired">;
  });
}

/**
 * The time-based notifications due at the clock's now: audit reminders, corrective-action
 * deadlines and escalations, next audits due, certificate expiries. Events are written in short
 * transactions (at most SCAN_BATCH each), keyed so that running again (on this or another
 * instance, at once or later) adds nothing. Returns how many notifications were new.
 */
export async function scanReminders(
  dataSource: DataSource,
  clock: Clock,
  chunk = SCAN_CHUNK,
): Promise<number> {
  const now = clock.now();
  let written = 0;
  const findings = await openFindings(dataSource, now);
  for (let from = 0; from < findings.length; from += chunk) {
    const rows = findings.slice(from, from + chunk);
    written += await writeNew(
      dataSource,
      now,
      rows.flatMap((row) => deadlineEvents(row, now)),
    );
  }
  for (const source of [auditReminders, nextAuditsDue, certificateExpiries]) {
    const events = await source(dataSource, now);
    for (let from = 0; from < events.length; from += chunk)
      written += await writeNew(dataSource, now, events.slice(from, from + chunk));
  }
  return written;
}

async function writeNew(dataSource: DataSource, now: Date, events: Events): Promise<number> {
  if (events.length === 0) return 0;
  // Most events of a scan were written by an earlier one: skip those without a transaction.
  const known = new Set(
    (
      (await dataSource.query(
        `SELECT event_key FROM notification_event WHERE event_key = ANY($1::varchar[])`,
        [events.map((event) => event.key)],
      )) as { event_key: string }[]
    ).map((row) => row.event_key),
  );
  // A backlog (the first scan after an import) in a few transactions, not one per event. Each
  // takes its keys' insert locks in ascending order, so two instances scanning at once cannot
  // deadlock between their batches.
  const due = events
    .filter((e) => !known.has(e.key))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  let written = 0;
  for (let from = 0; from < due.length; from += SCAN_BATCH) {
    written += await dataSource.transaction(async (manager) => {
      let count = 0;
      for (const event of due.slice(from, from + SCAN_BATCH))
        count += await writeNotifications(manager, { now, actorId: null }, event);
      return count;
    });
  }
  return written;
}
