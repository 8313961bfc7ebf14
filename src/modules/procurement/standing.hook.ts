import type { Tx } from "../../database/transaction";
import type { RecomputeCause } from "../../shared/domain/recompute-cause";
import { recomputeStanding } from "./standing.service";

/**
 * Procurement's reaction to a change that affects a supplier's score, status or priority: run
 * once per touched supplier, inside the change's transaction, before it commits (SPEC 7:
 * "recomputed in the transaction of every change"). Services do not call it: they call
 * `tx.touchSupplier` and `recomputeTouchedSuppliers` (standing.touched.ts) calls this.
 */
export async function supplierEvidenceChanged(
  tx: Tx,
  supplierId: string,
  cause: RecomputeCause,
): Promise<void> {
  await recomputeStanding(tx, supplierId, cause);
}
