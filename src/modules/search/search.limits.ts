/** Shorter queries match too much to be useful and cannot use the trigram indexes. */
export const MIN_SEARCH_LENGTH = 2;
export const MAX_SEARCH_LENGTH = 100;
/** Hits of each kind returned by default (the top bar's live list). */
export const DEFAULT_SEARCH_HITS = 5;
/** The most hits of each kind one search returns (the results page). */
export const MAX_SEARCH_HITS = 25;
