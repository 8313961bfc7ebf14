import type { Tx } from "../../database/transaction";
import { stateConflict } from "../../shared/errors";
import { ThirdPartyAssessment } from "./third-party.entity";

/**
 * Results one supplier may have, withdrawn and expired ones included (they stay as records):
 * five schemes renewed yearly for decades stay below it; the bound keeps
 * `Supplier.thirdPartyAssessments` a list the query cost can count on.
 */
export const MAX_THIRD_PARTY_ASSESSMENTS_PER_SUPPLIER = 200;
export const MAX_THIRD_PARTY_REFERENCE_LENGTH = 100;
export const MAX_THIRD_PARTY_ASSESSOR_LENGTH = 200;
/** Non-conformances per SMETA pillar and severity: far beyond any real report. */
export const MAX_SMETA_NON_CONFORMANCES = 1000;

/** CONFLICT past the cap; the caller holds the supplier's row lock. */
export async function assertRoomForAssessment(tx: Tx, supplierId: string): Promise<void> {
  const count = await tx.manager.countBy(ThirdPartyAssessment, { supplierId });
  if (count >= MAX_THIRD_PARTY_ASSESSMENTS_PER_SUPPLIER) {
    throw stateConflict(
      `This supplier already has ${MAX_THIRD_PARTY_ASSESSMENTS_PER_SUPPLIER} third-party ` +
        "assessments, the most one supplier can hold; they are records and are not removed",
    );
  }
}
