import { ANY_ROLE, type PermissionTable, type Roles } from "../../shared/permissions";

/**
 * Who may run the document operations. Every role uploads and reads; which documents a
 * supplier user reaches is decided per document (document.access.ts).
 */
export const DOCUMENT_PERMISSIONS = {
  document: ANY_ROLE,
  documents: ANY_ROLE,
  // The uploader removes its own unlinked upload; an admin any unlinked one.
  removeDocument: ANY_ROLE,
} as const satisfies PermissionTable;

/** Who may POST /documents (a plain HTTP route, so outside the GraphQL operations' table). */
export const UPLOAD_ROLES: Roles = ANY_ROLE;
