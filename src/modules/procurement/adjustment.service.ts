import type { RequestContext } from "../../graphql/context";
import { change } from "../../database/change";
import { inTransaction } from "../../database/transaction";
import { badInput, stateConflict } from "../../shared/errors";
import { MANUAL_ADJUSTMENT_MIN_REASON_LENGTH, reasonOfAtLeast } from "../../shared/reason-policy";
import { requireRole } from "../identity/access";
import {
  defaultAdjustmentExpiry,
  isAdjustmentActive,
  manualAdjustmentErrors,
} from "../scoring/manual-adjustment";
import { SupplierCategory } from "../supplier/supplier-category.entity";
import { lockSupplier } from "../supplier/supplier.repository";
import { ADJUSTMENT, ADJUSTMENTS } from "./adjustment.repository";
import type { PriorityAdjustmentInput } from "./adjustment.inputs";
import { PriorityAdjustment } from "./priority-adjustment.entity";
import { PROCUREMENT_PERMISSIONS } from "./procurement.permissions";

export async function adjustPriority(
  ctx: RequestContext,
  input: PriorityAdjustmentInput,
): Promise<PriorityAdjustment> {
  const viewer = requireRole(ctx, ...PROCUREMENT_PERMISSIONS.adjustPriority);
  return inTransaction(ctx, async (tx) => {
    const now = tx.now;
    const problems = manualAdjustmentErrors(
      { delta: input.delta, reason: input.reason, expiresAt: input.expiresAt },
      now,
    );
    if (problems.length > 0)
      throw badInput(problems.map((p) => ({ path: `input.${p.field}`, message: p.message })));
    // Lock the supplier before inserting a row that references it: the insert's foreign-key
    // check takes a share lock, and two adjustments each upgrading theirs for the recomputation
    // deadlock. Taken first, concurrent adjustments of one supplier simply queue.
    const supplier = await lockSupplier(tx, input.supplierId);
    if (supplier.archived) throw stateConflict(`Supplier ${supplier.id} is archived`);
    if (
      input.categoryId &&
      !(await tx.manager.existsBy(SupplierCategory, {
        supplierId: supplier.id,
        categoryId: input.categoryId,
      }))
    ) {
      throw badInput([
        { path: "input.categoryId", message: "is not a material category this supplier supplies" },
      ]);
    }
    const adjustment = tx.manager.create(PriorityAdjustment, {
      supplierId: supplier.id,
      delta: input.delta,
      reason: input.reason.trim(),
      categoryId: input.categoryId ?? null,
      createdById: viewer.userId,
      createdAt: now,
      expiresAt: input.expiresAt ?? defaultAdjustmentExpiry(now),
      revokedAt: null,
      revokedById: null,
      revokeReason: null,
    });
    await tx.manager.insert(PriorityAdjustment, adjustment);
    await tx.record({
      action: "priority_adjustment.created",
      entityType: ADJUSTMENT,
      entityId: adjustment.id,
      after: {
        supplierId: supplier.id,
        delta: adjustment.delta,
        reason: adjustment.reason,
        categoryId: adjustment.categoryId,
        expiresAt: adjustment.expiresAt,
      },
    });
    tx.touchSupplier(supplier.id, "ADJUSTMENT_CHANGED");
    return adjustment;
  });
}

export async function revokePriorityAdjustment(
  ctx: RequestContext,
  id: string,
  reason: string,
): Promise<PriorityAdjustment> {
  const viewer = requireRole(ctx, ...PROCUREMENT_PERMISSIONS.revokePriorityAdjustment);
  const why = reasonOfAtLeast(reason, MANUAL_ADJUSTMENT_MIN_REASON_LENGTH);
  return inTransaction(ctx, async (tx) => {
    const revoked = await change(tx, ADJUSTMENTS, id, {
      action: "priority_adjustment.revoked",
      check: (adjustment) => {
        if (adjustment.revokedAt)
          throw stateConflict(`Priority adjustment ${id} is already revoked`);
        if (!isAdjustmentActive(adjustment, tx.now))
          throw stateConflict(`Priority adjustment ${id} has already expired`);
      },
      set: { revokedAt: tx.now, revokedById: viewer.userId, revokeReason: why },
      recorded: () => ({
        before: { revokedAt: null, revokeReason: null },
        after: { revokedAt: tx.now, revokeReason: why },
      }),
    });
    tx.touchSupplier(revoked.supplierId, "ADJUSTMENT_CHANGED");
    return revoked;
  });
}
