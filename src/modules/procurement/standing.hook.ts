import type { Tx } from "../../database/transaction";
import { recomputeStanding } from "./standing.service";

/** Why a supplier's score and standing were recomputed; stored with the score snapshot. */
export type RecomputeCause =
  | "AUDIT_COMPLETED"
  | "CORRECTIVE_ACTION_VERIFIED"
  | "SELF_ASSESSMENT_SUBMITTED"
  | "SELF_ASSESSMENT_REVIEWED"
  | "SELF_ASSESSMENT_RETURNED"
  | "SUPPLIER_UPDATED"
  | "SUSTAINABILITY_VERIFIED"
  | "ADJUSTMENT_CHANGED"
  | "TIME_PASSED"
  | "RECOMPUTE_ALL";

/**
 * The one hook every change that affects a supplier's score, status or priority calls, inside
 * its own transaction (SPEC 7: "recomputed in the transaction of every change").
 */
export async function supplierEvidenceChanged(
  tx: Tx,
  supplierId: string,
  cause: RecomputeCause,
): Promise<void> {
  await recomputeStanding(tx, supplierId, cause);
}
