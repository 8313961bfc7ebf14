import type { RequestContext } from "../../graphql/context";
import { inTransaction, type Tx } from "../../database/transaction";
import { badInput } from "../../shared/errors";
import { ChecklistItem } from "../checklist/checklist-item.entity";
import { requireRole } from "../identity/access";
import { capDueDate, closureDueDate } from "../scoring/deadlines";
import { assertLeadAuditor } from "./audit.access";
import { AuditItemResult } from "./audit-item-result.entity";
import { Audit } from "./audit.entity";
import { AuditStatus, type Severity } from "../../shared/domain/audit.enums";
import { nextAuditState } from "./audit.lifecycle";
import { lockAudit, moveAudit } from "./audit.service";
import { completionProblems } from "./completion-rules";
import { Finding } from "./finding.entity";
import { repeatFlags, type FindingSignature } from "./repeat-findings";
import { AUDIT_PERMISSIONS } from "./audit.permissions";

/**
 * The findings of the supplier's latest completed audit before this one, as signatures: one
 * statement (the previous audit chosen in a subquery), as completion is on the write hot path.
 */
async function previousSignatures(tx: Tx, audit: Audit): Promise<FindingSignature[]> {
  const rows = (await tx.manager.query(
    `SELECT i.code AS item_code, f.area, f.severity
     FROM finding f LEFT JOIN checklist_item i ON i.id = f.item_id
     WHERE f.audit_id = (SELECT id FROM audit WHERE supplier_id = $1 AND status = $2
                         ORDER BY completed_at DESC, id DESC LIMIT 1)`,
    [audit.supplierId, AuditStatus.COMPLETED],
  )) as { item_code: string | null; area: FindingSignature["area"]; severity: Severity }[];
  return rows.map((f) => ({ itemCode: f.item_code, area: f.area, severity: f.severity }));
}

/**
 * Sets deadlines (SPEC 6, from the completion time) and repeat flags, every finding in one
 * UPDATE joined to a VALUES list (one statement rather than one per severity and flag).
 */
async function stampFindings(tx: Tx, findings: Finding[], repeats: boolean[], completedAt: Date) {
  if (findings.length === 0) return;
  const params: unknown[] = [];
  const rows = findings.map((finding, index) => {
    params.push(
      finding.id,
      capDueDate(finding.severity, completedAt),
      closureDueDate(finding.severity, completedAt),
      repeats[index],
    );
    const n = params.length;
    return `($${n - 3}::uuid, $${n - 2}::timestamptz, $${n - 1}::timestamptz, $${n}::boolean)`;
  });
  await tx.manager.query(
    `UPDATE finding f SET cap_due_date = v.cap_due_date, due_date = v.due_date, repeat = v.repeat
     FROM (VALUES ${rows.join(", ")}) AS v(id, cap_due_date, due_date, repeat)
     WHERE f.id = v.id`,
    params,
  );
}

/**
 * Completes an audit: checks the completion rules, stamps deadlines and repeat flags on its
 * findings, locks results and findings (the database refuses changes from now on), and
 * recomputes the supplier's standing in the same transaction (SPEC 6/7).
 */
export async function completeAudit(ctx: RequestContext, id: string): Promise<Audit> {
  const viewer = requireRole(ctx, ...AUDIT_PERMISSIONS.completeAudit);
  return inTransaction(ctx, async (tx) => {
    const audit = await lockAudit(tx, id);
    assertLeadAuditor(viewer, audit);
    // The lifecycle speaks first: completing a completed audit is a CONFLICT, not missing data.
    nextAuditState(audit.status, "complete", viewer.role);
    const items = await tx.manager.find(ChecklistItem, {
      where: { checklistId: audit.checklistId },
      order: { order: "ASC" },
    });
    const results = await tx.manager.findBy(AuditItemResult, { auditId: id });
    const findings = await tx.manager.find(Finding, {
      where: { auditId: id },
      order: { createdAt: "ASC", id: "ASC" },
    });
    const problems = completionProblems(items, results, findings);
    if (problems.length > 0) throw badInput(problems);

    const completedAt = tx.now;
    const codeOf = new Map(items.map((item) => [item.id, item.code]));
    const repeats = repeatFlags(
      findings.map((f) => ({
        itemCode: f.itemId ? (codeOf.get(f.itemId) ?? null) : null,
        area: f.area,
        severity: f.severity,
      })),
      await previousSignatures(tx, audit),
    );
    await stampFindings(tx, findings, repeats, completedAt);
    const completed = await moveAudit(tx, audit, "complete", { completedAt });
    tx.touchSupplier(audit.supplierId, "AUDIT_COMPLETED");
    return completed;
  });
}
