import type { Tx } from "../../database/transaction";
import { Role } from "../../shared/domain/role.enum";
import { auditLink, findingLink, supplierLink } from "../notification/links";
import { notify } from "../notification/notify";
import type { Audit } from "./audit.entity";
import type { CorrectiveAction } from "./corrective-action.entity";
import type { CapAction } from "./corrective-action.lifecycle";
import type { Finding } from "./finding.entity";

/**
 * Scheduled: to the supplier's users (who see the audit once it is completed, so their link is
 * the supplier page) and the lead auditor.
 */
export async function notifyAuditScheduled(
  tx: Tx,
  audit: Audit,
  supplierName?: string | null,
): Promise<void> {
  await notify(tx, {
    supplierName,
    key: `audit.scheduled:${audit.id}`,
    kind: "audit.scheduled",
    supplierId: audit.supplierId,
    params: {
      plannedDate: audit.plannedDate.toISOString(),
      auditType: audit.type,
      auditFirm: audit.auditFirm,
    },
    to: [
      { audience: { supplierUsers: audit.supplierId }, link: supplierLink(audit.supplierId) },
      { audience: { user: audit.leadAuditorId }, link: auditLink(audit.id) },
    ],
  });
}

type Stamped = Pick<Finding, "severity" | "area" | "capDueDate" | "dueDate">;

/** Completed: the findings and their deadlines, to the supplier's users and procurement. */
export async function notifyAuditCompleted(
  tx: Tx,
  audit: Audit,
  findings: readonly Stamped[],
): Promise<void> {
  const link = auditLink(audit.id);
  await notify(tx, {
    key: `audit.completed:${audit.id}`,
    kind: "audit.completed",
    supplierId: audit.supplierId,
    params: {
      findings: findings.map((f) => ({
        severity: f.severity,
        area: f.area,
        capDueDate: f.capDueDate?.toISOString() ?? null,
        dueDate: f.dueDate?.toISOString() ?? null,
      })),
    },
    to: [
      { audience: { supplierUsers: audit.supplierId }, link },
      { audience: { role: Role.PROCUREMENT }, link },
    ],
  });
}

/**
 * A corrective-action step: the supplier's (propose, implement) to the lead auditor, the
 * auditor's (accept, reject, verify, reopen) to the supplier's users, with the comment. Keyed by
 * the plan's version after the step, so every step is its own event.
 */
export async function notifyCapStep(
  tx: Tx,
  action: CapAction,
  plan: CorrectiveAction,
  finding: Pick<Finding, "id" | "severity" | "area" | "supplierId">,
  audit: Pick<Audit, "id" | "leadAuditorId">,
  comment: string | null,
): Promise<void> {
  const link = findingLink(audit.id, finding.id);
  const ref = { severity: finding.severity, area: finding.area };
  const base = { supplierId: finding.supplierId };
  const key = (kind: string) => `${kind}:${plan.id}:${plan.version}`;
  const lead = [{ audience: { user: audit.leadAuditorId }, link }];
  const supplier = [{ audience: { supplierUsers: finding.supplierId }, link }];
  switch (action) {
    case "propose":
      return notify(tx, {
        ...base,
        key: key("cap.proposed"),
        kind: "cap.proposed",
        params: ref,
        to: lead,
      });
    case "implement":
      return notify(tx, {
        ...base,
        key: key("cap.implemented"),
        kind: "cap.implemented",
        params: ref,
        to: lead,
      });
    case "accept":
      return notify(tx, {
        ...base,
        key: key("cap.accepted"),
        kind: "cap.accepted",
        params: { ...ref, comment },
        to: supplier,
      });
    case "reject":
      return notify(tx, {
        ...base,
        key: key("cap.rejected"),
        kind: "cap.rejected",
        params: { ...ref, comment: comment ?? "" },
        to: supplier,
      });
    case "verify":
      return notify(tx, {
        ...base,
        key: key("cap.verified"),
        kind: "cap.verified",
        params: ref,
        to: supplier,
      });
    case "reopen":
      return notify(tx, {
        ...base,
        key: key("cap.reopened"),
        kind: "cap.reopened",
        params: { ...ref, comment: comment ?? "" },
        to: supplier,
      });
  }
}
