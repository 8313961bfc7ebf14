import type { DataSource } from "typeorm";

/** A rule over the stored data that every committed state must satisfy. */
interface Invariant {
  name: string;
  /** Selects one identifying text per violating row. */
  sql: string;
}

/**
 * What a partial write would break: each mutation writes these together in one transaction,
 * so after any crash, kill or concurrent run none of these may return a row.
 */
export const INVARIANTS: readonly Invariant[] = [
  {
    name: "completed audit without completed_at",
    sql: `SELECT id::text FROM audit WHERE status = 'COMPLETED' AND completed_at IS NULL`,
  },
  {
    name: "completed audit without its audit.completed event",
    sql: `SELECT a.id::text FROM audit a WHERE a.status = 'COMPLETED' AND NOT EXISTS (
            SELECT 1 FROM audit_event e WHERE e.entity_type = 'Audit' AND e.entity_id = a.id
            AND e.action = 'audit.completed')`,
  },
  {
    name: "completed audit without its AUDIT_COMPLETED score snapshot",
    sql: `SELECT a.id::text FROM audit a WHERE a.status = 'COMPLETED' AND NOT EXISTS (
            SELECT 1 FROM score_snapshot s WHERE s.supplier_id = a.supplier_id
            AND s.cause = 'AUDIT_COMPLETED'
            AND s.computed_at BETWEEN a.completed_at AND a.completed_at + interval '1 minute')`,
  },
  {
    name: "finding of a completed audit without its due dates",
    sql: `SELECT f.id::text FROM finding f JOIN audit a ON a.id = f.audit_id
          WHERE a.status = 'COMPLETED' AND f.severity <> 'OBSERVATION' AND f.status <> 'WITHDRAWN'
          AND (f.due_date IS NULL OR f.cap_due_date IS NULL)`,
  },
  {
    name: "closed finding without closed_at or its finding.closed event",
    sql: `SELECT f.id::text FROM finding f WHERE f.status = 'CLOSED' AND (f.closed_at IS NULL
            OR NOT EXISTS (SELECT 1 FROM audit_event e WHERE e.entity_type = 'Finding'
              AND e.entity_id = f.id AND e.action = 'finding.closed'))`,
  },
  {
    name: "verified corrective action whose finding is not closed",
    sql: `SELECT c.id::text FROM corrective_action c JOIN finding f ON f.id = c.finding_id
          WHERE c.status = 'VERIFIED' AND f.status <> 'CLOSED'`,
  },
  {
    name: "corrective action without a transition into its status",
    sql: `SELECT c.id::text FROM corrective_action c WHERE NOT EXISTS (
            SELECT 1 FROM corrective_action_transition t
            WHERE t.corrective_action_id = c.id AND t.to_status = c.status)`,
  },
  {
    name: "supplier without a standing",
    sql: `SELECT s.id::text FROM supplier s LEFT JOIN supplier_standing st ON st.supplier_id = s.id
          WHERE st.supplier_id IS NULL`,
  },
  {
    name: "active supplier without its all-categories ranking row",
    sql: `SELECT s.id::text FROM supplier s WHERE NOT s.archived AND NOT EXISTS (
            SELECT 1 FROM ranking_entry r WHERE r.supplier_id = s.id
            AND r.scope_id = '00000000-0000-0000-0000-000000000000')`,
  },
  {
    name: "archived supplier still ranked",
    sql: `SELECT DISTINCT s.id::text FROM supplier s JOIN ranking_entry r ON r.supplier_id = s.id
          WHERE s.archived`,
  },
  {
    name: "supplier version not matching its update events",
    sql: `SELECT s.id::text FROM supplier s WHERE EXISTS (
            SELECT 1 FROM audit_event e WHERE e.entity_type = 'Supplier' AND e.entity_id = s.id
            AND e.action = 'supplier.created')
          AND s.version - 1 <> (SELECT count(*) FROM audit_event e WHERE e.entity_type = 'Supplier'
            AND e.entity_id = s.id
            AND e.action IN ('supplier.updated', 'supplier.archived', 'supplier.blocked',
              'supplier.unblocked'))`,
  },
  {
    name: "idempotency key COMPLETED without a response",
    sql: `SELECT key FROM idempotency_key WHERE state = 'COMPLETED' AND response IS NULL`,
  },
];

export interface InvariantViolation {
  name: string;
  count: number;
  sample: string[];
}

/** Runs every invariant; an empty list means the data is whole. */
export async function checkInvariants(dataSource: DataSource): Promise<InvariantViolation[]> {
  const violations: InvariantViolation[] = [];
  for (const invariant of INVARIANTS) {
    const rows = (await dataSource.query(invariant.sql)) as Record<string, string>[];
    if (rows.length > 0) {
      violations.push({
        name: invariant.name,
        count: rows.length,
        sample: rows.slice(0, 5).map((row) => Object.values(row)[0]),
      });
    }
  }
  return violations;
}
