import { snapshotOf, type Aggregate } from "../../database/change";
import { Audit } from "./audit.entity";
import { Finding } from "./finding.entity";

export const AUDIT = "Audit";
export const FINDING = "Finding";

/** Audits: versioned; the audit trail records their own columns. */
export const AUDITS: Aggregate<Audit> = {
  entity: Audit,
  name: AUDIT,
  versioned: true,
  snapshot: (audit) =>
    snapshotOf(audit, ["supplier", "site", "checklist", "leadAuditor", "createdAt"]),
};

/** Findings: not versioned (they change only until their audit completes, and when closed). */
export const FINDINGS: Aggregate<Finding> = {
  entity: Finding,
  name: FINDING,
  versioned: false,
  snapshot: (finding) => snapshotOf(finding, ["audit", "supplier", "item", "createdAt"]),
};
