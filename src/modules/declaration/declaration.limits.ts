/** Bounds of one declaration; an IPC-1752A file for one part rarely has more than a few dozen. */
export const MAX_MATERIALS = 100;
export const MAX_SUBSTANCES_PER_MATERIAL = 100;
export const MAX_STATEMENTS = 20;
export const MAX_EXEMPTIONS_CLAIMED = 20;
export const MAX_MATERIAL_DECLARATION_EVIDENCE = 20;
export const MAX_PART_TEXT = 200;
export const MAX_NAME_LENGTH = 500;
/** An IPC-1752A file is read whole into memory: 5 MB is far more than one part needs. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;
/** Errors named per import; the rest are counted. */
export const MAX_IMPORT_ERRORS = 50;

/** An imported declaration is valid this long unless the supplier edits `validUntil`. */
export const IMPORT_VALIDITY_MONTHS = 12;

/** `Supplier.materialDeclarations` shows this many, newest first (the connection pages all). */
export const MAX_DECLARATIONS_PER_SUPPLIER_SHOWN = 50;

/** The query-cost estimate of a compliance result's lists (violations, unevaluated, targets). */
export const MAX_COMPLIANCE_LINES = 200;
