import { aggregateOf } from "../../database/change";
import { PriorityAdjustment } from "./priority-adjustment.entity";

export const ADJUSTMENT = "PriorityAdjustment";

/** Priority adjustments: never edited, only revoked (not versioned). */
export const ADJUSTMENTS = aggregateOf(PriorityAdjustment, ADJUSTMENT, {
  versioned: false,
  omit: ["supplier", "category", "createdBy"],
});

/**
 * Every priority_adjustment column, for the hand-written standing inputs (one statement per
 * recomputation); test/row-mappings.test.ts checks it against the entity.
 */
export const ADJUSTMENT_COLUMNS = `id, supplier_id, delta, reason, category_id, created_by_id,
  created_at, expires_at, revoked_at, revoked_by_id, revoke_reason`;

export interface AdjustmentRow {
  id: string;
  supplier_id: string;
  delta: number;
  reason: string;
  category_id: string | null;
  created_by_id: string;
  created_at: Date;
  expires_at: Date | null;
  revoked_at: Date | null;
  revoked_by_id: string | null;
  revoke_reason: string | null;
}

export function adjustmentFromRow(row: AdjustmentRow): PriorityAdjustment {
  return Object.assign(new PriorityAdjustment(), {
    id: row.id,
    supplierId: row.supplier_id,
    delta: row.delta,
    reason: row.reason,
    categoryId: row.category_id,
    createdById: row.created_by_id,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    revokedAt: row.revoked_at,
    revokedById: row.revoked_by_id,
    revokeReason: row.revoke_reason,
  });
}
