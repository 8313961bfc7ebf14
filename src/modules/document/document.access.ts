import type { Viewer } from "../../graphql/context";
import { supplierScope } from "../identity/access";
import type { Document } from "./document.entity";

/** An attachment as access needs it: whose record, and whether that supplier may read it now. */
export interface AttachmentAccess {
  supplierId: string;
  /** False while the record is a draft the supplier may not see (a finding of an open audit). */
  supplierMayRead: boolean;
}

/**
 * Staff read every document; a supplier user reads what it uploaded and what is evidence on
 * its own supplier's records that it can see. Anything else is NOT_FOUND to it (never
 * FORBIDDEN), so a document of another supplier cannot be told from one that does not exist.
 */
export function canReadDocument(
  viewer: Viewer,
  document: Pick<Document, "uploadedById">,
  attachments: readonly AttachmentAccess[],
): boolean {
  const scope = supplierScope(viewer);
  if (scope === null || document.uploadedById === viewer.userId) return true;
  return attachments.some((a) => a.supplierId === scope && a.supplierMayRead);
}
