import type { Viewer } from "../../graphql/context";
import { forbidden, notFound } from "../../shared/errors";
import { supplierScope } from "../identity/access";
import { Role } from "../../shared/domain/role.enum";
import type { Audit } from "./audit.entity";
import { AuditStatus } from "../../shared/domain/audit.enums";

/**
 * SPEC 1: a supplier reads its own audits once they are COMPLETED (with their findings and
 * plans); a draft audit, like anything of another supplier, answers NOT_FOUND so that neither
 * its existence nor its interim results leak. Staff read every audit.
 */
export function canSeeAudit(viewer: Viewer, audit: Pick<Audit, "supplierId" | "status">): boolean {
  const scope = supplierScope(viewer);
  return scope === null || (scope === audit.supplierId && audit.status === AuditStatus.COMPLETED);
}

export function assertAuditVisible(
  viewer: Viewer,
  audit: Pick<Audit, "id" | "supplierId" | "status"> | null,
  id: string,
  entity = "Audit",
): asserts audit is Audit {
  if (!audit || !canSeeAudit(viewer, audit)) throw notFound(entity, id);
}

/**
 * SPEC 1: auditors record, complete, review and verify only on audits they lead. Admins pass
 * here; the transitions tables decide what an admin may do.
 */
export function assertLeadAuditor(viewer: Viewer, audit: Pick<Audit, "leadAuditorId">): void {
  if (viewer.role === Role.AUDITOR && viewer.userId !== audit.leadAuditorId) {
    throw forbidden("Only the lead auditor of this audit may do this");
  }
}
