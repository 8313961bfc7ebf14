import { Role } from "../../shared/domain/role.enum";
import { ANY_ROLE, type PermissionTable } from "../../shared/permissions";

/**
 * Who may run the document operations. Every role uploads and reads; which documents a
 * supplier user reaches is decided per document (document.access.ts).
 */
export const DOCUMENT_PERMISSIONS = {
  uploadDocument: ANY_ROLE,
  document: ANY_ROLE,
  documents: ANY_ROLE,
  // The uploader removes its own unlinked upload; an admin any unlinked one.
  removeDocument: ANY_ROLE,
  sweepDocuments: [Role.ADMIN],
} as const satisfies PermissionTable;
