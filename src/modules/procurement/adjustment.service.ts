import type { RequestContext } from "../../graphql/context";
import { inTransaction } from "../../database/transaction";
import { badInput, notFound, stateConflict } from "../../shared/errors";
import { requireRole } from "../identity/access";
import {
  defaultAdjustmentExpiry,
  isAdjustmentActive,
  manualAdjustmentErrors,
} from "../scoring/manual-adjustment";
import { MANUAL_ADJUSTMENT_MIN_REASON_LENGTH } from "../scoring/scoring-policy";
import { SupplierCategory } from "../supplier/supplier-category.entity";
import { Supplier } from "../supplier/supplier.entity";
import type { PriorityAdjustmentInput } from "./adjustment.inputs";
import { PriorityAdjustment } from "./priority-adjustment.entity";
import { PROCUREMENT_PERMISSIONS } from "./procurement.permissions";

const ADJUSTMENT = "PriorityAdjustment";

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
    const supplier = await tx.manager.findOne(Supplier, {
      where: { id: input.supplierId },
      lock: { mode: "pessimistic_write" },
    });
    if (!supplier) throw notFound("Supplier", input.supplierId);
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
  if (reason.trim().length < MANUAL_ADJUSTMENT_MIN_REASON_LENGTH) {
    throw badInput([
      {
        path: "reason",
        message: `must have at least ${MANUAL_ADJUSTMENT_MIN_REASON_LENGTH} characters`,
      },
    ]);
  }
  return inTransaction(ctx, async (tx) => {
    const adjustment = await tx.manager.findOne(PriorityAdjustment, {
      where: { id },
      lock: { mode: "pessimistic_write" },
    });
    if (!adjustment) throw notFound(ADJUSTMENT, id);
    if (adjustment.revokedAt) throw stateConflict(`Priority adjustment ${id} is already revoked`);
    if (!isAdjustmentActive(adjustment, tx.now))
      throw stateConflict(`Priority adjustment ${id} has already expired`);
    await tx.manager.update(
      PriorityAdjustment,
      { id },
      { revokedAt: tx.now, revokedById: viewer.userId, revokeReason: reason.trim() },
    );
    await tx.record({
      action: "priority_adjustment.revoked",
      entityType: ADJUSTMENT,
      entityId: id,
      before: { revokedAt: null, revokeReason: null },
      after: { revokedAt: tx.now, revokeReason: reason.trim() },
    });
    tx.touchSupplier(adjustment.supplierId, "ADJUSTMENT_CHANGED");
    return tx.manager.findOneByOrFail(PriorityAdjustment, { id });
  });
}
