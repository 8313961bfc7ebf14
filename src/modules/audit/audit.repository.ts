import { aggregateOf } from "../../database/change";
import type { Tx } from "../../database/transaction";
import { AuditStatus, FindingStatus, type Severity } from "../../shared/domain/audit.enums";
import { Audit } from "./audit.entity";
import { Finding } from "./finding.entity";
import type { FindingSignature } from "./repeat-findings";

export const AUDIT = "Audit";
export const FINDING = "Finding";

/** Audits: versioned; the audit trail records their own columns. */
export const AUDITS = aggregateOf(Audit, AUDIT, {
  versioned: true,
  omit: ["supplier", "site", "checklist", "leadAuditor", "createdAt"],
});

/** Findings: versioned (edits and withdrawal before completion, closing after it). */
export const FINDINGS = aggregateOf(Finding, FINDING, {
  versioned: true,
  omit: ["audit", "supplier", "item", "createdAt"],
});

/**
 * The findings of the supplier's latest completed audit, as signatures: one statement (the
 * previous audit chosen in a subquery), as completion is on the write hot path.
 */
export async function previousSignatures(tx: Tx, supplierId: string): Promise<FindingSignature[]> {
  const rows = (await tx.manager.query(
    `SELECT i.code AS item_code, f.area, f.severity
     FROM finding f LEFT JOIN checklist_item i ON i.id = f.item_id
     WHERE f.status <> '${FindingStatus.WITHDRAWN}' AND f.audit_id = (SELECT id FROM audit WHERE supplier_id = $1 AND status = $2
                         ORDER BY completed_at DESC, id DESC LIMIT 1)`,
    [supplierId, AuditStatus.COMPLETED],
  )) as { item_code: string | null; area: FindingSignature["area"]; severity: Severity }[];
  return rows.map((f) => ({ itemCode: f.item_code, area: f.area, severity: f.severity }));
}

export interface FindingStamp {
  id: string;
  capDueDate: Date | null;
  dueDate: Date | null;
  repeat: boolean;
}

/**
 * Sets findings' deadlines and repeat flags, every finding in one UPDATE joined to a VALUES
 * list (one statement rather than one per severity and flag).
 */
export async function stampFindings(tx: Tx, stamps: readonly FindingStamp[]): Promise<void> {
  if (stamps.length === 0) return;
  const params: unknown[] = [];
  const rows = stamps.map((stamp) => {
    params.push(stamp.id, stamp.capDueDate, stamp.dueDate, stamp.repeat);
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
