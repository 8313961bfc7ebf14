import type { RequestContext } from "../../graphql/context";
import { inTransaction } from "../../database/transaction";
import { badInput, notFound, stateConflict } from "../../shared/errors";
import { requireRole } from "../identity/access";
import { SUPPLIER, snapshot } from "./supplier.service";
import { Supplier } from "./supplier.entity";
import { SUPPLIER_PERMISSIONS } from "./supplier.permissions";

const MIN_REASON_LENGTH = 10;

/**
 * An admin-only change of a supplier's standing flags: row lock, a state check that answers
 * CONFLICT, the update with a version bump, the audit event and the recomputation, all in one
 * transaction.
 */
async function changeState(
  ctx: RequestContext,
  operation: "archiveSupplier" | "blockSupplier" | "unblockSupplier",
  id: string,
  action: string,
  refuse: (before: Supplier) => string | null,
  set: (now: Date) => Partial<Supplier>,
): Promise<Supplier> {
  requireRole(ctx, ...SUPPLIER_PERMISSIONS[operation]);
  return inTransaction(ctx, async (tx) => {
    const before = await tx.manager.findOne(Supplier, {
      where: { id },
      lock: { mode: "pessimistic_write" },
    });
    if (!before) throw notFound(SUPPLIER, id);
    const refusal = refuse(before);
    if (refusal) throw stateConflict(refusal);
    await tx.manager.update(Supplier, { id }, { ...set(tx.now), version: before.version + 1 });
    const after = await tx.manager.findOneByOrFail(Supplier, { id });
    await tx.record({
      action,
      entityType: SUPPLIER,
      entityId: id,
      before: snapshot(before),
      after: snapshot(after),
    });
    tx.touchSupplier(id, "SUPPLIER_UPDATED");
    return after;
  });
}

/** SPEC 3: suppliers are archived, never deleted, once anything refers to them. */
export function archiveSupplier(ctx: RequestContext, id: string): Promise<Supplier> {
  return changeState(
    ctx,
    "archiveSupplier",
    id,
    "supplier.archived",
    (s) => (s.archived ? `Supplier ${id} is already archived` : null),
    (now) => ({ archived: true, archivedAt: now }),
  );
}

function reasonOf(reason: string): string {
  const trimmed = reason.trim();
  if (trimmed.length < MIN_REASON_LENGTH || trimmed.length > 500) {
    throw badInput([
      { path: "reason", message: `must have ${MIN_REASON_LENGTH} to 500 characters` },
    ]);
  }
  return trimmed;
}

/** SPEC 8: an admin block makes the supplier BLOCKED (never ranked) whatever its scores. */
export function blockSupplier(ctx: RequestContext, id: string, reason: string): Promise<Supplier> {
  const why = reasonOf(reason);
  return changeState(
    ctx,
    "blockSupplier",
    id,
    "supplier.blocked",
    (s) => (s.blockedByAdmin ? `Supplier ${id} is already blocked` : null),
    () => ({ blockedByAdmin: true, blockReason: why }),
  );
}

export function unblockSupplier(ctx: RequestContext, id: string): Promise<Supplier> {
  return changeState(
    ctx,
    "unblockSupplier",
    id,
    "supplier.unblocked",
    (s) => (s.blockedByAdmin ? null : `Supplier ${id} is not blocked`),
    () => ({ blockedByAdmin: false, blockReason: null }),
  );
}
