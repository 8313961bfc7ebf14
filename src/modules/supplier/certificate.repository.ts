import { aggregateOf } from "../../database/change";
import type { Tx } from "../../database/transaction";
import { Certificate } from "./certificate.entity";

export const CERTIFICATE = "Certificate";

/** Certificates: records, not versioned; the trail records their own columns. */
export const CERTIFICATES = aggregateOf(Certificate, CERTIFICATE, {
  versioned: false,
  omit: ["supplier", "document", "addedBy", "verifiedBy"],
});

/** The supplier whose user uploaded the document; null when staff uploaded it. */
export async function uploaderSupplierOf(tx: Tx, documentId: string): Promise<string | null> {
  const [row] = (await tx.manager.query(
    `SELECT u.supplier_id FROM document d JOIN app_user u ON u.id = d.uploaded_by_id
      WHERE d.id = $1`,
    [documentId],
  )) as { supplier_id: string | null }[];
  return row?.supplier_id ?? null;
}
