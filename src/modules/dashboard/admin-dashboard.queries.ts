import type { RequestContext } from "../../graphql/context";
import { Role } from "../../shared/domain/role.enum";
import { addDays } from "../../shared/time";
import { checklistNameIn, type NameTranslations } from "../checklist/checklist-names";
import type { WebhookEvent } from "../webhook/webhook.enums";
import {
  MAX_CHECKLISTS_LISTED,
  MAX_RECENT_IMPORTS,
  MAX_WEBHOOK_FAILURES_LISTED,
} from "./dashboard.limits";
import type {
  ChecklistUse,
  ImportRun,
  OutboxHealth,
  RoleUserCount,
  WebhookHealth,
} from "./dashboard.types";
import { IMPORT_ACTIONS, importKind, importOutcome } from "./import-outcome";

export async function usersByRole(ctx: RequestContext): Promise<RoleUserCount[]> {
  const rows = (await ctx.dataSource.query(
    `SELECT role, (count(*) FILTER (WHERE active))::int AS active,
            (count(*) FILTER (WHERE NOT active))::int AS inactive
       FROM app_user GROUP BY role`,
  )) as { role: Role; active: number; inactive: number }[];
  return Object.values(Role).map((role) => {
    const row = rows.find((r) => r.role === role);
    return { role, active: row?.active ?? 0, inactive: row?.inactive ?? 0 };
  });
}

/** Published versions, newest first, with the self-assessments and audits started on each. */
export async function checklistsInUse(ctx: RequestContext): Promise<ChecklistUse[]> {
  const rows = (await ctx.dataSource.query(
    `SELECT c.id, c.name, c.name_translations, c.version, c.published_at,
            (SELECT count(*) FROM self_assessment sa WHERE sa.checklist_id = c.id)::int AS saqs,
            (SELECT count(*) FROM audit a
              WHERE a.checklist_id = c.id AND a.status <> 'CANCELLED')::int AS audits
       FROM checklist c
      WHERE c.status = 'PUBLISHED'
      ORDER BY c.published_at DESC NULLS LAST, c.name, c.version DESC, c.id
      LIMIT $1`,
    [MAX_CHECKLISTS_LISTED],
  )) as {
    id: string;
    name: string;
    name_translations: NameTranslations;
    version: number;
    published_at: Date | null;
    saqs: number;
    audits: number;
  }[];
  return rows.map((row) => ({
    checklistId: row.id,
    name: checklistNameIn(row.name, row.name_translations, ctx.locale),
    version: row.version,
    publishedAt: row.published_at,
    selfAssessments: row.saqs,
    audits: row.audits,
  }));
}

/**
 * The newest applied imports from the audit trail. Imports are all or nothing: a refused file
 * or a dry run writes nothing, so only applied ones are there to list.
 */
export async function recentImports(ctx: RequestContext): Promise<ImportRun[]> {
  const rows = (await ctx.dataSource.query(
    `SELECT e.id, e.action, e.at, e.changes, u.name AS actor_name
       FROM audit_event e LEFT JOIN app_user u ON u.id = e.actor_id
      WHERE e.action = ANY($1::varchar[])
      ORDER BY e.seq DESC
      LIMIT $2`,
    [IMPORT_ACTIONS, MAX_RECENT_IMPORTS],
  )) as {
    id: string;
    action: string;
    at: Date;
    changes: Record<string, { after?: unknown }> | null;
    actor_name: string | null;
  }[];
  return rows.map((row) => ({
    id: row.id,
    kind: importKind(row.action, ctx.locale),
    at: row.at,
    actorName: row.actor_name,
    outcome: importOutcome(row.action, row.changes ?? {}, ctx.locale),
  }));
}

export async function outboxHealth(ctx: RequestContext): Promise<OutboxHealth> {
  const rows = (await ctx.dataSource.query(
    `SELECT status, count(*)::int AS count FROM notification_delivery GROUP BY status`,
  )) as { status: string; count: number }[];
  const count = (status: string) => rows.find((row) => row.status === status)?.count ?? 0;
  return {
    pending: count("PENDING"),
    failed: count("FAILED"),
    sent: count("SENT"),
    skipped: count("SKIPPED"),
  };
}

export async function webhookHealth(ctx: RequestContext): Promise<WebhookHealth> {
  const weekAgo = addDays(ctx.clock.now(), -7);
  const [counts, failures] = await Promise.all([
    ctx.dataSource.query(
      `SELECT (count(*) FILTER (WHERE status = 'PENDING'))::int AS pending,
              (count(*) FILTER (WHERE status = 'FAILED'))::int AS failed,
              (count(*) FILTER (WHERE status = 'SENT'))::int AS sent,
              (count(*) FILTER (WHERE status = 'FAILED' AND created_at >= $1))::int AS recent
         FROM webhook_delivery`,
      [weekAgo],
    ) as Promise<{ pending: number; failed: number; sent: number; recent: number }[]>,
    ctx.dataSource.query(
      `SELECT d.id, d.webhook_id, w.url, d.event, d.attempts, d.last_status_code, d.last_error,
              d.created_at
         FROM webhook_delivery d JOIN webhook w ON w.id = d.webhook_id
        WHERE d.status = 'FAILED'
        ORDER BY d.created_at DESC, d.id
        LIMIT $1`,
      [MAX_WEBHOOK_FAILURES_LISTED],
    ) as Promise<
      {
        id: string;
        webhook_id: string;
        url: string;
        event: WebhookEvent;
        attempts: number;
        last_status_code: number | null;
        last_error: string | null;
        created_at: Date;
      }[]
    >,
  ]);
  return {
    pending: counts[0].pending,
    failed: counts[0].failed,
    sent: counts[0].sent,
    failedLast7Days: counts[0].recent,
    recentFailures: failures.map((row) => ({
      deliveryId: row.id,
      webhookId: row.webhook_id,
      url: row.url,
      event: row.event,
      attempts: row.attempts,
      lastStatusCode: row.last_status_code,
      lastError: row.last_error,
      createdAt: row.created_at,
    })),
  };
}
