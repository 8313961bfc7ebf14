import type { RequestContext } from "../../graphql/context";
import { decodeCursor, pageSize, toConnection, type Connection } from "../../graphql/pagination";
import { inTransaction, type Tx } from "../../database/transaction";
import { badInput, type FieldProblem } from "../../shared/errors";
import { checklistItems } from "../checklist/frozen-items";
import { ChecklistStatus } from "../../shared/domain/checklist.enums";
import { requireRole, requireViewer, supplierScope } from "../identity/access";
import { Role } from "../../shared/domain/role.enum";
import { assertAuditVisible, assertLeadAuditor, canSeeAudit } from "./audit.access";
import { AuditItemResult } from "./audit-item-result.entity";
import { Audit } from "./audit.entity";
import { AuditStatus, FindingStatus } from "../../shared/domain/audit.enums";
import type { AuditFilter, ItemResultInput, ScheduleAuditInput } from "./audit.inputs";
import { assertRecording, nextAuditState, type AuditAction } from "./audit.lifecycle";
import { requiredText, trimToNull } from "../../shared/text";
import { CANCEL_REASON_MAX_LENGTH } from "../../shared/reason-policy";
import { change, create, lockOrNotFound } from "../../database/change";
import { AUDIT, AUDITS } from "./audit.repository";
import { plannedDateProblems } from "./date-policy";
import { AUDIT_PERMISSIONS } from "./audit.permissions";
import { notifyAuditScheduled } from "./audit.notifications";
import { overdueBefore } from "../scoring/deadlines";
import { rowsWhere } from "../../database/rows";
import { insertStatement } from "../../database/insert";

export async function findAudit(ctx: RequestContext, id: string): Promise<Audit> {
  const viewer = requireViewer(ctx);
  const audit = await ctx.loaders.audit.load(id);
  assertAuditVisible(viewer, audit, id);
  return audit;
}

/** Supplier.audits: newest planned first, with the same visibility as `audit(id)`. */
export async function auditsOfSupplier(
  ctx: RequestContext,
  supplierId: string,
  withFindings = false,
): Promise<Audit[]> {
  const viewer = requireViewer(ctx);
  const loader = withFindings
    ? ctx.loaders.auditsWithFindingsBySupplier
    : ctx.loaders.auditsBySupplier;
  const audits = await loader.load(supplierId);
  return audits.filter((audit) => canSeeAudit(viewer, audit));
}

export async function listAudits(
  ctx: RequestContext,
  filter: AuditFilter | undefined,
  first: number | undefined,
  after: string | undefined,
): Promise<Connection<Audit>> {
  const viewer = requireViewer(ctx);
  const limit = pageSize(first);
  const query = ctx.dataSource.manager.createQueryBuilder(Audit, "a");
  const scope = supplierScope(viewer);
  if (scope) {
    query.andWhere("a.supplier_id = :scope AND a.status = :completed", {
      scope,
      completed: AuditStatus.COMPLETED,
    });
  }
  if (filter?.status) query.andWhere("a.status = :status", { status: filter.status });
  if (filter?.statuses?.length) {
    query.andWhere("a.status IN (:...statuses)", { statuses: filter.statuses });
  }
  if (filter?.supplierId)
    query.andWhere("a.supplier_id = :supplierId", { supplierId: filter.supplierId });
  if (filter?.leadAuditorId) {
    query.andWhere("a.lead_auditor_id = :leadAuditorId", { leadAuditorId: filter.leadAuditorId });
  }
  if (filter?.plannedFrom) query.andWhere("a.planned_date >= :from", { from: filter.plannedFrom });
  if (filter?.plannedTo) query.andWhere("a.planned_date <= :to", { to: filter.plannedTo });
  if (filter?.overdue !== undefined && filter.overdue !== null) {
    const overdue = "(a.status IN (:...open) AND a.planned_date < :today)";
    query.andWhere(filter.overdue ? overdue : `NOT ${overdue}`, {
      open: [AuditStatus.PLANNED, AuditStatus.IN_PROGRESS],
      today: overdueBefore(ctx.clock.now()),
    });
  }
  if (filter?.findingSeverity || filter?.findingArea) {
    // finding_audit_idx serves the lookup per audit.
    query.andWhere(
      `EXISTS (SELECT 1 FROM finding f WHERE f.audit_id = a.id AND f.status <> :withdrawn
        ${filter.findingSeverity ? "AND f.severity = :findingSeverity" : ""}
        ${filter.findingArea ? "AND f.area = :findingArea" : ""})`,
      {
        withdrawn: FindingStatus.WITHDRAWN,
        findingSeverity: filter.findingSeverity,
        findingArea: filter.findingArea,
      },
    );
  }
  const totalCount = await query.clone().getCount();
  if (after) {
    const [planned, id] = decodeCursor(after, ["timestamp", "uuid"]);
    query.andWhere("(a.planned_date, a.id) < (CAST(:planned AS timestamptz), CAST(:id AS uuid))", {
      planned,
      id,
    });
  }
  const rows = await query
    .orderBy("a.planned_date", "DESC")
    .addOrderBy("a.id", "DESC")
    .limit(limit + 1)
    .getMany();
  return toConnection(rows, limit, totalCount, (a) => [a.plannedDate.toISOString(), a.id]);
}

/** Loads an audit for a change, holding its row lock until the transaction ends. */
export async function lockAudit(tx: Tx, id: string): Promise<Audit> {
  const audit = await lockOrNotFound(tx, AUDITS, id);
  assertAuditVisible(requireViewer(tx.ctx), audit, id);
  return audit;
}

/** What is wrong with the references, and the supplier's name (for the notification). */
async function scheduleProblems(
  tx: Tx,
  input: ScheduleAuditInput,
): Promise<{ problems: FieldProblem[]; supplierName: string | null }> {
  const problems = plannedDateProblems(input.plannedDate, tx.now, "input.plannedDate");
  // What the four references are, in one statement (null: no such row).
  const [found] = (await tx.manager.query(
    `SELECT (SELECT archived FROM supplier WHERE id = $1) AS supplier_archived,
       (SELECT name FROM supplier WHERE id = $1) AS supplier_name,
       (SELECT status FROM checklist WHERE id = $2) AS checklist_status,
       (SELECT role = $3 AND active FROM app_user WHERE id = $4) AS lead_is_active_auditor,
       (SELECT supplier_id FROM supplier_site WHERE id = $5) AS site_supplier_id`,
    [input.supplierId, input.checklistId, Role.AUDITOR, input.leadAuditorId, input.siteId ?? null],
  )) as Array<{
    supplier_archived: boolean | null;
    supplier_name: string | null;
    checklist_status: ChecklistStatus | null;
    lead_is_active_auditor: boolean | null;
    site_supplier_id: string | null;
  }>;
  if (found.supplier_archived === null)
    problems.push({ path: "input.supplierId", message: "is not a known supplier" });
  else if (found.supplier_archived)
    problems.push({ path: "input.supplierId", message: "is archived" });
  if (found.checklist_status === null)
    problems.push({ path: "input.checklistId", message: "is not a known checklist" });
  else if (found.checklist_status !== ChecklistStatus.PUBLISHED) {
    problems.push({
      path: "input.checklistId",
      message: `is ${found.checklist_status}; audits use a PUBLISHED checklist`,
    });
  }
  if (!found.lead_is_active_auditor) {
    problems.push({ path: "input.leadAuditorId", message: "is not an active AUDITOR user" });
  }
  if (input.siteId && found.site_supplier_id !== input.supplierId) {
    problems.push({ path: "input.siteId", message: "is not a site of this supplier" });
  }
  return { problems, supplierName: found.supplier_name };
}

export async function scheduleAudit(
  ctx: RequestContext,
  input: ScheduleAuditInput,
): Promise<Audit> {
  requireRole(ctx, ...AUDIT_PERMISSIONS.scheduleAudit);
  return inTransaction(ctx, async (tx) => {
    const { problems, supplierName } = await scheduleProblems(tx, input);
    if (problems.length > 0) throw badInput(problems);
    const audit = await create(
      tx,
      AUDITS,
      {
        supplierId: input.supplierId,
        siteId: input.siteId ?? null,
        checklistId: input.checklistId,
        type: input.type,
        status: AuditStatus.PLANNED,
        leadAuditorId: input.leadAuditorId,
        auditFirm: trimToNull(input.auditFirm),
        plannedDate: input.plannedDate,
        startedAt: null,
        completedAt: null,
        cancelledAt: null,
        cancelReason: null,
        version: 1,
      },
      { action: "audit.scheduled" },
    );
    await notifyAuditScheduled(tx, audit, supplierName);
    return audit;
  });
}

const AUDIT_EVENTS: Record<AuditAction, string> = {
  start: "audit.started",
  complete: "audit.completed",
  cancel: "audit.cancelled",
};

/** Applies one lifecycle step to a locked audit and records it. */
export async function moveAudit(
  tx: Tx,
  audit: Audit,
  action: AuditAction,
  set: Partial<Audit>,
): Promise<Audit> {
  const viewer = requireViewer(tx.ctx);
  const status = nextAuditState(audit.status, action, viewer.role);
  return change(tx, AUDITS, audit, { action: AUDIT_EVENTS[action], set: { ...set, status } });
}

export async function startAudit(ctx: RequestContext, id: string): Promise<Audit> {
  const viewer = requireRole(ctx, ...AUDIT_PERMISSIONS.startAudit);
  return inTransaction(ctx, async (tx) => {
    const audit = await lockAudit(tx, id);
    assertLeadAuditor(viewer, audit);
    return moveAudit(tx, audit, "start", { startedAt: tx.now });
  });
}

export async function cancelAudit(ctx: RequestContext, id: string, reason: string): Promise<Audit> {
  const viewer = requireRole(ctx, ...AUDIT_PERMISSIONS.cancelAudit);
  const cancelReason = requiredText(reason, "reason", CANCEL_REASON_MAX_LENGTH);
  return inTransaction(ctx, async (tx) => {
    const audit = await lockAudit(tx, id);
    assertLeadAuditor(viewer, audit);
    return moveAudit(tx, audit, "cancel", { cancelledAt: tx.now, cancelReason });
  });
}

/** Batch upsert of item results: every entry is checked first, so one bad entry saves nothing. */
export async function recordItemResults(
  ctx: RequestContext,
  auditId: string,
  results: ItemResultInput[],
): Promise<Audit> {
  const viewer = requireRole(ctx, ...AUDIT_PERMISSIONS.recordItemResults);
  if (results.length === 0) {
    throw badInput([{ path: "results", message: "must contain at least one result" }]);
  }
  return inTransaction(ctx, async (tx) => {
    const audit = await lockAudit(tx, auditId);
    assertLeadAuditor(viewer, audit);
    assertRecording(audit.status, viewer.role, "record results");

    const items = new Map(
      (await checklistItems(tx.manager, audit.checklistId)).map((item) => [item.id, item]),
    );
    const problems: FieldProblem[] = [];
    const seen = new Set<string>();
    results.forEach((entry, index) => {
      if (!items.has(entry.itemId)) {
        problems.push({
          path: `results.${index}.itemId`,
          message: "is not an item of this audit's checklist",
        });
      } else if (seen.has(entry.itemId)) {
        problems.push({ path: `results.${index}.itemId`, message: "appears more than once" });
      }
      seen.add(entry.itemId);
    });
    if (problems.length > 0) throw badInput(problems);

    const existing = await rowsWhere(
      tx.manager,
      AuditItemResult,
      "audit_id = $1 AND item_id = ANY($2::uuid[])",
      [auditId, results.map((entry) => entry.itemId)],
    );
    const code = (itemId: string) => items.get(itemId)!.code;
    const rows = results.map((entry) => ({
      auditId,
      itemId: entry.itemId,
      result: entry.result,
      note: trimToNull(entry.note),
      recordedAt: tx.now,
    }));
    const upsert = insertStatement(tx.manager, AuditItemResult, rows, {
      conflict: ["auditId", "itemId"],
    });
    if (!upsert) throw new Error("an item result row the upsert cannot write");
    await tx.manager.query(upsert.sql, upsert.params);
    await tx.record({
      action: "audit.results_recorded",
      entityType: AUDIT,
      entityId: auditId,
      before: Object.fromEntries(
        existing.map((row) => [code(row.itemId), { result: row.result, note: row.note }]),
      ),
      after: Object.fromEntries(
        rows.map((row) => [code(row.itemId), { result: row.result, note: row.note }]),
      ),
    });
    return audit;
  });
}
