import type { RequestContext } from "../../graphql/context";
import { inTransaction, type Tx } from "../../database/transaction";
import { badInput } from "../../shared/errors";
import { ChecklistItem } from "../checklist/checklist-item.entity";
import { requireRole } from "../identity/access";
import { Role } from "../identity/role.enum";
import { supplierEvidenceChanged } from "../procurement/standing.hook";
import { capDueDate, closureDueDate } from "../scoring/deadlines";
import { assertLeadAuditor } from "./audit.access";
import { AuditItemResult } from "./audit-item-result.entity";
import { Audit } from "./audit.entity";
import { AuditStatus, type Severity } from "./audit.enums";
import { nextAuditState } from "./audit.lifecycle";
import { lockAudit, moveAudit } from "./audit.service";
import { completionProblems } from "./completion-rules";
import { Finding } from "./finding.entity";
import { repeatFlags, type FindingSignature } from "./repeat-findings";

/** The findings of the supplier's latest completed audit before this one, as signatures. */
async function previousSignatures(tx: Tx, audit: Audit): Promise<FindingSignature[]> {
  const previous = await tx.manager.findOne(Audit, {
    where: { supplierId: audit.supplierId, status: AuditStatus.COMPLETED },
    order: { completedAt: "DESC", id: "DESC" },
  });
  if (!previous) return [];
  const findings = await tx.manager
    .createQueryBuilder(Finding, "f")
    .leftJoinAndSelect("f.item", "i")
    .where("f.auditId = :auditId", { auditId: previous.id })
    .getMany();
  return findings.map((f) => ({
    itemCode: f.item?.code ?? null,
    area: f.area,
    severity: f.severity,
  }));
}

/**
 * Sets deadlines (SPEC 6, from the completion time) and repeat flags. Findings sharing severity
 * and flag get the same values, so one UPDATE per such group rather than one per finding.
 */
async function stampFindings(tx: Tx, findings: Finding[], repeats: boolean[], completedAt: Date) {
  const groups = new Map<string, { severity: Severity; repeat: boolean; ids: string[] }>();
  findings.forEach((finding, index) => {
    const key = `${finding.severity}:${repeats[index]}`;
    const group = groups.get(key) ?? {
      severity: finding.severity,
      repeat: repeats[index],
      ids: [],
    };
    group.ids.push(finding.id);
    groups.set(key, group);
  });
  for (const group of groups.values()) {
    await tx.manager.update(Finding, group.ids, {
      capDueDate: capDueDate(group.severity, completedAt),
      dueDate: closureDueDate(group.severity, completedAt),
      repeat: group.repeat,
    });
  }
}

/**
 * Completes an audit: checks the completion rules, stamps deadlines and repeat flags on its
 * findings, locks results and findings (the database refuses changes from now on), and
 * recomputes the supplier's standing in the same transaction (SPEC 6/7).
 */
export async function completeAudit(ctx: RequestContext, id: string): Promise<Audit> {
  const viewer = requireRole(ctx, Role.ADMIN, Role.AUDITOR);
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
    await supplierEvidenceChanged(tx, audit.supplierId, "AUDIT_COMPLETED");
    return completed;
  });
}
