/** A portfolio figure spans at most this many months (ten years), the length of `monthly`. */
export const MAX_SHARE_MONTHS = 120;

/** `RecycledShare.lines` lists the top this many (by recycled kg); `linesTotal` counts all. */
export const MAX_SHARE_LINES = 100;

export { MAX_IMPORT_ERRORS } from "../../graphql/import-report";

/** One import file holds at most this many data rows (one month of a large ERP is ~10 000). */
export const MAX_IMPORT_ROWS = 50_000;

/** Targets kept current at once (setRecycledContentTarget refuses past it). */
export const MAX_CURRENT_TARGETS = 100;

/** The projection fits a straight line through the last this many monthly shares. */
export const PROJECTION_MONTHS = 24;

/** The current value of a target is the share over the last this many months. */
export const CURRENT_VALUE_MONTHS = 12;

export const MAX_REFERENCE_LENGTH = 100;
export const MAX_NOTE_LENGTH = 2000;
export const MAX_DECLARATION_EVIDENCE = 20;
/** 1e12 kg: far above any real purchase, within numeric(18,3). */
export const MAX_QUANTITY_KG = 1e12;
