import type { Tx } from "../../database/transaction";
import { stateConflict } from "../../shared/errors";

/**
 * Findings one audit may hold. The default checklist has 40 items and a thorough audit records
 * a few findings per item at most; past this, findings are being used as notes. The bound also
 * keeps `Audit.findings` a list whose size the query cost can count on.
 */
export const MAX_FINDINGS_PER_AUDIT = 200;

/**
 * Refuses a finding past the cap. CONFLICT, not BAD_USER_INPUT: nothing in the input is wrong,
 * the audit's state (already full) refuses it, as a lifecycle step would be. The caller holds
 * the audit's row lock, so concurrent recordings are counted one after the other.
 */
export async function assertRoomForFinding(tx: Tx, auditId: string): Promise<void> {
  const [{ count }] = (await tx.manager.query(
    "SELECT count(*)::int AS count FROM finding WHERE audit_id = $1",
    [auditId],
  )) as Array<{ count: number }>;
  if (count >= MAX_FINDINGS_PER_AUDIT) {
    throw stateConflict(
      `This audit already has ${MAX_FINDINGS_PER_AUDIT} findings, the most one audit can hold; ` +
        "add to an existing finding instead",
    );
  }
}
