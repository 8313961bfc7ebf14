import type { RequestContext } from "../../graphql/context";
import { inTransaction } from "../../database/transaction";
import { badInput } from "../../shared/errors";
import { checklistItems } from "../checklist/frozen-items";
import { requireRole } from "../identity/access";
import { capDueDate, closureDueDate } from "../scoring/deadlines";
import { assertLeadAuditor } from "./audit.access";
import { FindingStatus } from "../../shared/domain/audit.enums";
import { AuditItemResult } from "./audit-item-result.entity";
import { Audit } from "./audit.entity";
import { nextAuditState } from "./audit.lifecycle";
import { lockAudit, moveAudit } from "./audit.service";
import { completionProblems } from "./completion-rules";
import { Finding } from "./finding.entity";
import { repeatFlags } from "./repeat-findings";
import { previousSignatures, stampFindings } from "./audit.repository";
import { AUDIT_PERMISSIONS } from "./audit.permissions";
import { notifyAuditCompleted } from "./audit.notifications";
import { rowsWhere } from "../../database/rows";

/**
 * Completes an audit: checks the completion rules, stamps deadlines and repeat flags on its
 * findings, locks results and findings (the database refuses changes from now on), and
 * recomputes the supplier's standing in the same transaction (SPEC 6/7).
 */
export async function completeAudit(ctx: RequestContext, id: string): Promise<Audit> {
  const viewer = requireRole(ctx, ...AUDIT_PERMISSIONS.completeAudit);
  const { completed, findings } = await inTransaction(ctx, async (tx) => {
    const audit = await lockAudit(tx, id);
    assertLeadAuditor(viewer, audit);
    // The lifecycle speaks first: completing a completed audit is a CONFLICT, not missing data.
    nextAuditState(audit.status, "complete", viewer.role);
    const items = await checklistItems(tx.manager, audit.checklistId);
    const results = await rowsWhere(tx.manager, AuditItemResult, "audit_id = $1", [id]);
    const all = await rowsWhere(tx.manager, Finding, "audit_id = $1", [id], "created_at, id");
    // Withdrawn findings stay on record but get no deadlines, repeat flags or notifications.
    const findings = all.filter((finding) => finding.status !== FindingStatus.WITHDRAWN);
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
      await previousSignatures(tx, audit.supplierId),
    );
    const stamped = findings.map((finding, index) => ({
      id: finding.id,
      capDueDate: capDueDate(finding.severity, completedAt),
      dueDate: closureDueDate(finding.severity, completedAt),
      repeat: repeats[index],
    }));
    await stampFindings(tx, stamped);
    findings.forEach((finding, index) => Object.assign(finding, stamped[index]));
    const completed = await moveAudit(tx, audit, "complete", { completedAt });
    tx.touchSupplier(audit.supplierId, "AUDIT_COMPLETED");
    await notifyAuditCompleted(tx, completed, findings);
    return { completed, findings: all };
  });
  // The response's findings as stamped, in auditFindings' order (highest risk first, then as
  // read: oldest first): no second read after the commit.
  ctx.loaders.auditFindings.prime(
    completed.id,
    [...findings].sort((a, b) => b.riskScore - a.riskScore),
  );
  return completed;
}
