/** One list file holds at most this many entries (consolidated sanction lists run to ~15 000). */
export const MAX_SCREENING_IMPORT_ROWS = 20_000;
export const MAX_ENTRY_NAME_LENGTH = 300;
export const MAX_ALIASES_PER_ENTRY = 50;
export const MAX_SOURCE_LENGTH = 300;
/** Versions listed per list, newest first. */
export const MAX_SCREENING_VERSIONS_SHOWN = 50;
/** Rebuttals listed on a hit, newest first (each needs a second person's decision). */
export const MAX_REBUTTALS_PER_HIT_SHOWN = 50;
/** Evidence items on a rebuttal. */
export const MAX_REBUTTAL_EVIDENCE = 20;
