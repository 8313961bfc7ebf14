import type { Tx, TouchedSuppliers } from "../../database/transaction";
import type { RecomputeCause } from "../../shared/domain/recompute-cause";
import { supplierEvidenceChanged } from "./standing.hook";
import { isScoreEvent } from "./standing.service";

/**
 * The cause stored with the one recompute of a supplier touched several times in a transaction:
 * the first that changes the evidence behind the score (it always stores a snapshot), else the
 * first.
 */
export function recomputeCauseOf(causes: readonly RecomputeCause[]): RecomputeCause {
  return causes.find(isScoreEvent) ?? causes[0];
}

/** The before-commit handler: each touched supplier recomputed once, in the order touched. */
export async function recomputeTouchedSuppliers(tx: Tx, touched: TouchedSuppliers): Promise<void> {
  for (const [supplierId, causes] of touched)
    await supplierEvidenceChanged(tx, supplierId, recomputeCauseOf(causes));
}
