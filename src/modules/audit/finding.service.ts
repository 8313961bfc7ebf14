import type { RequestContext } from "../../graphql/context";
import { decodeCursor, pageSize, toConnection, type Connection } from "../../graphql/pagination";
import { create } from "../../database/change";
import { inTransaction } from "../../database/transaction";
import { badInput, notFound } from "../../shared/errors";
import { ChecklistItem } from "../checklist/checklist-item.entity";
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
    if (input.itemId) {
      const item = await tx.manager.findOneBy(ChecklistItem, {
        id: input.itemId,
        checklistId: audit.checklistId,
      });
      if (!item) {
        throw badInput([
          { path: "input.itemId", message: "is not an item of this audit's checklist" },
        ]);
      }
      if (item.area !== input.area) {
        throw badInput([
          { path: "input.area", message: `must be ${item.area}, the area of item ${item.code}` },
        ]);
      }
    }
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
        recordedById: viewer.userId,
      },
      { action: "finding.recorded" },
    );
    await attachEvidence(
      tx,
      { kind: AttachmentKind.FINDING, subjectId: finding.id, supplierId: audit.supplierId },
      evidence,
    );
    return finding;
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
  if (filter?.status) query.andWhere("f.status = :status", { status: filter.status });
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
