import type { RequestContext } from "../../graphql/context";
import { decodeCursor, pageSize, toConnection, type Connection } from "../../graphql/pagination";
import { change, create, lockOrNotFound } from "../../database/change";
import { inTransaction, type Tx } from "../../database/transaction";
import { badInput, notFound, staleVersion, stateConflict } from "../../shared/errors";
import {
  reasonOfAtLeast,
  WITHDRAW_REASON_MAX_LENGTH,
  WITHDRAW_REASON_MIN_LENGTH,
} from "../../shared/reason-policy";
import type { Audit } from "./audit.entity";
import { checklistItems } from "../checklist/frozen-items";
import { AttachmentKind } from "../document/attachment-kind";
import { attachEvidence, evidenceFromInput } from "../document/evidence-links";
import { requireRole, requireViewer } from "../identity/access";
import { riskScore } from "../scoring/risk";
import { assertAuditVisible, assertLeadAuditor } from "./audit.access";
import {
  AuditStatus,
  CorrectiveActionStatus,
  FindingStatus,
  Severity,
} from "../../shared/domain/audit.enums";
import { assertRecording } from "./audit.lifecycle";
import { lockAudit } from "./audit.service";
import { requiredText } from "../../shared/text";
import { FINDING, FINDINGS } from "./audit.repository";
import { Finding } from "./finding.entity";
import { assertRoomForFinding } from "./finding-limits";
import type { FindingFilter, FindingInput } from "./finding.inputs";
import { overdueBefore } from "../scoring/deadlines";
import { AUDIT_PERMISSIONS } from "./audit.permissions";

/** A supplier sees a finding only as part of its own completed audit (SPEC 1). */
export async function findFinding(ctx: RequestContext, id: string): Promise<Finding> {
  const viewer = requireViewer(ctx);
  const finding = await ctx.loaders.finding.load(id);
  if (!finding) throw notFound(FINDING, id);
  assertAuditVisible(viewer, await ctx.loaders.audit.load(finding.auditId), id, FINDING);
  return finding;
}

/** The item, when given, must be of the audit's checklist and of the finding's area. */
async function assertItemFits(tx: Tx, audit: Audit, input: FindingInput): Promise<void> {
  if (!input.itemId) return;
  const item = (await checklistItems(tx.manager, audit.checklistId)).find(
    (candidate) => candidate.id === input.itemId,
  );
  if (!item) {
    throw badInput([{ path: "input.itemId", message: "is not an item of this audit's checklist" }]);
  }
  if (item.area !== input.area) {
    throw badInput([
      { path: "input.area", message: `must be ${item.area}, the area of item ${item.code}` },
    ]);
  }
}

export async function recordFinding(
  ctx: RequestContext,
  auditId: string,
  input: FindingInput,
): Promise<Finding> {
  const viewer = requireRole(ctx, ...AUDIT_PERMISSIONS.recordFinding);
  const description = requiredText(input.description, "input.description");
  return inTransaction(ctx, async (tx) => {
    const audit = await lockAudit(tx, auditId);
    assertLeadAuditor(viewer, audit);
    assertRecording(audit.status, viewer.role, "record findings");
    await assertRoomForFinding(tx, auditId);
    await assertItemFits(tx, audit, input);
    const evidence = await evidenceFromInput(
      tx,
      input.evidence,
      "input.evidence",
      audit.supplierId,
    );
    const finding = await create(
      tx,
      FINDINGS,
      {
        auditId,
        supplierId: audit.supplierId,
        area: input.area,
        itemId: input.itemId ?? null,
        severity: input.severity,
        likelihood: input.likelihood,
        impact: input.impact,
        riskScore: riskScore(input.likelihood, input.impact),
        status: FindingStatus.OPEN,
        description,
        evidence,
        capDueDate: null,
        dueDate: null,
        repeat: false,
        closedAt: null,
        withdrawnAt: null,
        withdrawalReason: null,
        recordedById: viewer.userId,
      },
      { action: "finding.recorded" },
    );
    // A new finding has no attachments yet: only cited documents need linking.
    if (evidence.some((item) => item.documentId))
      await attachEvidence(
        tx,
        { kind: AttachmentKind.FINDING, subjectId: finding.id, supplierId: audit.supplierId },
        evidence,
      );
    return finding;
  });
}

/**
 * Locks a finding and its audit for a change by the lead auditor while the audit is in
 * progress: the audit's row first (as recordFinding and completeAudit take it), so an edit
 * never races the completion that stamps the findings.
 */
async function lockForChange(
  tx: Tx,
  id: string,
  what: string,
  expectedVersion: number | undefined,
): Promise<{ audit: Audit; finding: Finding }> {
  const viewer = requireViewer(tx.ctx);
  const found = await tx.manager.findOneBy(Finding, { id });
  if (!found) throw notFound(FINDING, id);
  const audit = await lockAudit(tx, found.auditId);
  assertLeadAuditor(viewer, audit);
  assertRecording(audit.status, viewer.role, what);
  const finding = await lockOrNotFound(tx, FINDINGS, id);
  if (finding.status === FindingStatus.WITHDRAWN) {
    throw stateConflict("This finding was withdrawn; record a new finding instead");
  }
  if (
    expectedVersion !== undefined &&
    expectedVersion !== null &&
    finding.version !== expectedVersion
  ) {
    throw staleVersion(FINDING, expectedVersion, finding.version);
  }
  return { audit, finding };
}

/** The lead auditor corrects a finding before completion; the trail keeps both versions. */
export async function editFinding(
  ctx: RequestContext,
  id: string,
  input: FindingInput,
  expectedVersion?: number,
): Promise<Finding> {
  requireRole(ctx, ...AUDIT_PERMISSIONS.editFinding);
  const description = requiredText(input.description, "input.description");
  return inTransaction(ctx, async (tx) => {
    const { audit, finding } = await lockForChange(tx, id, "edit findings", expectedVersion);
    await assertItemFits(tx, audit, input);
    // Omitted evidence keeps the finding's; a list (even empty) replaces it.
    const evidence =
      input.evidence === undefined || input.evidence === null
        ? finding.evidence
        : await evidenceFromInput(tx, input.evidence, "input.evidence", audit.supplierId);
    const edited = await change(tx, FINDINGS, finding, {
      action: "finding.edited",
      expectedVersion: finding.version,
      set: {
        area: input.area,
        itemId: input.itemId ?? null,
        severity: input.severity,
        likelihood: input.likelihood,
        impact: input.impact,
        riskScore: riskScore(input.likelihood, input.impact),
        description,
        evidence: evidence as Finding["evidence"],
      },
    });
    if (input.evidence !== undefined && input.evidence !== null) {
      await attachEvidence(
        tx,
        { kind: AttachmentKind.FINDING, subjectId: finding.id, supplierId: audit.supplierId },
        evidence,
      );
    }
    return edited;
  });
}

/**
 * Takes a finding back before completion. The row stays (append-only record, shown as
 * withdrawn with its reason) but no longer counts: completion rules, deadlines, repeat
 * flags, scores, plans and the report read only findings that are not withdrawn.
 */
export async function withdrawFinding(
  ctx: RequestContext,
  id: string,
  reason: string,
  expectedVersion?: number,
): Promise<Finding> {
  requireRole(ctx, ...AUDIT_PERMISSIONS.withdrawFinding);
  const withdrawalReason = reasonOfAtLeast(
    requiredText(reason, "reason", WITHDRAW_REASON_MAX_LENGTH),
    WITHDRAW_REASON_MIN_LENGTH,
  );
  return inTransaction(ctx, async (tx) => {
    const { finding } = await lockForChange(tx, id, "withdraw findings", expectedVersion);
    return change(tx, FINDINGS, finding, {
      action: "finding.withdrawn",
      expectedVersion: finding.version,
      set: { status: FindingStatus.WITHDRAWN, withdrawnAt: tx.now, withdrawalReason },
    });
  });
}

/**
 * The staff work queue: findings of completed audits (those of audits still in progress are
 * drafts), riskiest first, then the nearest due date, then id.
 */
export async function listFindings(
  ctx: RequestContext,
  filter: FindingFilter | undefined,
  first: number | undefined,
  after: string | undefined,
): Promise<Connection<Finding>> {
  requireRole(ctx, ...AUDIT_PERMISSIONS.findings);
  const limit = pageSize(first);
  const query = ctx.dataSource.manager
    .createQueryBuilder(Finding, "f")
    .innerJoin("f.audit", "a")
    .where("a.status = :completed", { completed: AuditStatus.COMPLETED });
  if (filter?.supplierId)
    query.andWhere("f.supplier_id = :supplierId", { supplierId: filter.supplierId });
  // Withdrawn findings are on record but not work: listed only when asked for by status.
  if (filter?.status) query.andWhere("f.status = :status", { status: filter.status });
  else query.andWhere("f.status <> :withdrawn", { withdrawn: FindingStatus.WITHDRAWN });
  if (filter?.area) query.andWhere("f.area = :area", { area: filter.area });
  const words = filter?.text?.trim();
  if (words) {
    // The expression of finding_description_search_idx, so the GIN index serves it.
    query.andWhere("to_tsvector('simple', f.description) @@ plainto_tsquery('simple', :words)", {
      words,
    });
  }
  if (filter?.completedFrom)
    query.andWhere("a.completed_at >= :from", { from: filter.completedFrom });
  if (filter?.completedTo) query.andWhere("a.completed_at < :to", { to: filter.completedTo });
  if (filter?.severity) query.andWhere("f.severity = :severity", { severity: filter.severity });
  if (filter?.overdue !== undefined && filter.overdue !== null) {
    const overdue = "(f.status = :open AND f.due_date IS NOT NULL AND f.due_date < :cutoff)";
    query.andWhere(filter.overdue ? overdue : `NOT ${overdue}`, {
      open: FindingStatus.OPEN,
      cutoff: overdueBefore(ctx.clock.now()),
    });
  }
  if (filter?.awaitingCorrectiveAction !== undefined && filter.awaitingCorrectiveAction !== null) {
    const awaiting = `(f.status = :open AND f.severity <> :observation AND NOT EXISTS (
      SELECT 1 FROM corrective_action ca WHERE ca.finding_id = f.id AND ca.status <> :rejected))`;
    query.andWhere(filter.awaitingCorrectiveAction ? awaiting : `NOT ${awaiting}`, {
      open: FindingStatus.OPEN,
      observation: Severity.OBSERVATION,
      rejected: CorrectiveActionStatus.REJECTED,
    });
  }
  const totalCount = await query.clone().getCount();
  // Findings without a due date (observations) sort after every dated one.
  const due = "COALESCE(f.due_date, 'infinity'::timestamptz)";
  if (after) {
    const [score, dueAt, id] = decodeCursor(after, ["int", "timestampOrInfinity", "uuid"]);
    query.andWhere(
      `(f.risk_score < :score OR (f.risk_score = :score AND (${due}, f.id) > (CAST(:dueAt AS timestamptz), CAST(:id AS uuid))))`,
      { score, dueAt, id },
    );
  }
  const rows = await query
    .orderBy("f.risk_score", "DESC")
    .addOrderBy(due, "ASC")
    .addOrderBy("f.id", "ASC")
    .limit(limit + 1)
    .getMany();
  return toConnection(rows, limit, totalCount, (f) => [
    f.riskScore,
    f.dueDate?.toISOString() ?? "infinity",
    f.id,
  ]);
}
