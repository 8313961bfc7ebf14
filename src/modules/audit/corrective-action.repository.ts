import { In, type EntityManager } from "typeorm";
import { aggregateOf } from "../../database/change";
import type { Tx } from "../../database/transaction";
import { requireViewer } from "../identity/access";
import type { CorrectiveActionStatus } from "../../shared/domain/audit.enums";
import { CorrectiveActionTransition } from "./corrective-action-transition.entity";
import { CorrectiveAction } from "./corrective-action.entity";

export const CAP = "CorrectiveAction";

/** Corrective action plans: versioned; the audit trail records their own columns. */
export const CORRECTIVE_ACTIONS = aggregateOf(CorrectiveAction, CAP, {
  versioned: true,
  omit: ["finding", "createdAt", "updatedAt"],
});

/** Appends one step to a plan's history (append-only), by the viewer, now. */
export async function appendHistory(
  tx: Tx,
  correctiveActionId: string,
  fromStatus: CorrectiveActionStatus | null,
  toStatus: CorrectiveActionStatus,
  comment: string | null,
): Promise<void> {
  const viewer = requireViewer(tx.ctx);
  await tx.manager.insert(CorrectiveActionTransition, {
    correctiveActionId,
    fromStatus,
    toStatus,
    actorId: viewer.userId,
    actorRole: viewer.role,
    comment,
    at: tx.now,
  });
}

/**
 * The plans' histories in the order the steps happened: by `seq`, the insertion order (several
 * steps can share a timestamp: a fixed clock, or mutations within one millisecond).
 */
export function historiesOf(
  manager: EntityManager,
  correctiveActionIds: readonly string[],
): Promise<CorrectiveActionTransition[]> {
  return manager.find(CorrectiveActionTransition, {
    where: { correctiveActionId: In([...correctiveActionIds]) },
    order: { seq: "ASC" },
  });
}
