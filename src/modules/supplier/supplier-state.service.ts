import type { RequestContext } from "../../graphql/context";
import { change } from "../../database/change";
import { inTransaction } from "../../database/transaction";
import { badInput, stateConflict } from "../../shared/errors";
import { BLOCK_REASON_MAX_LENGTH, BLOCK_REASON_MIN_LENGTH } from "../../shared/reason-policy";
import { requireRole } from "../identity/access";
import type { Supplier } from "./supplier.entity";
import { SUPPLIERS } from "./supplier.repository";
import { SUPPLIER_PERMISSIONS } from "./supplier.permissions";

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
    const after = await change(tx, SUPPLIERS, id, {
      action,
      check: (before) => {
        const refusal = refuse(before);
        if (refusal) throw stateConflict(refusal);
      },
      set: set(tx.now),
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
  if (trimmed.length < BLOCK_REASON_MIN_LENGTH || trimmed.length > BLOCK_REASON_MAX_LENGTH) {
    throw badInput([
      {
        path: "reason",
        message: `must have ${BLOCK_REASON_MIN_LENGTH} to ${BLOCK_REASON_MAX_LENGTH} characters`,
      },
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
