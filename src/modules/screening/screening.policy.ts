/** Issue 18: a rebuttal counts for at most 12 months from when it was recorded. */
export const MAX_REBUTTAL_MONTHS = 12;

/** A rebuttal's reason is what the approver and later readers judge: a sentence, not a word. */
export const REBUTTAL_REASON_MIN_LENGTH = 20;
export const REBUTTAL_REASON_MAX_LENGTH = 2000;

/** A rejection says why, as every rejection in the portal does. */
export const REBUTTAL_REJECTION_MIN_LENGTH = 10;

/** The procurement-status reason of an open hit (SPEC 11). */
export const SCREENING_BLOCK_REASON = "Restricted party or region in the supply chain";
