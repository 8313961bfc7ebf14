import type { Tx } from "../../database/transaction";
import { stateConflict } from "../../shared/errors";
import { Certificate } from "./certificate.entity";

/**
 * Certificates one supplier may hold, expired ones included (they stay as records). A supplier
 * renewing a dozen standards every three years stays far below it for decades; the bound keeps
 * `Supplier.certificates` a list the query cost can count on.
 */
export const MAX_CERTIFICATES_PER_SUPPLIER = 200;
export const MAX_CERTIFICATE_ISSUER_LENGTH = 200;
export const MAX_CERTIFICATE_NUMBER_LENGTH = 100;
export const MAX_CERTIFICATE_OTHER_TYPE_LENGTH = 100;
export const MAX_CERTIFICATE_NOTE_LENGTH = 2000;

/**
 * Refuses a certificate past the cap: CONFLICT, since the supplier's state (full), not the
 * input, refuses it. The caller holds the supplier's row lock, so concurrent additions are
 * counted one after the other.
 */
export async function assertRoomForCertificate(tx: Tx, supplierId: string): Promise<void> {
  const count = await tx.manager.countBy(Certificate, { supplierId });
  if (count >= MAX_CERTIFICATES_PER_SUPPLIER) {
    throw stateConflict(
      `This supplier already has ${MAX_CERTIFICATES_PER_SUPPLIER} certificates, the most one ` +
        "supplier can hold; certificates are records and are not removed",
    );
  }
}
