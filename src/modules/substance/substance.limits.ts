/**
 * A list version holds at most this many entries: the REACH candidate list, the longest,
 * grows by ten to twenty a year from about 250; the bound keeps an import one transaction and
 * `RegulatoryListVersion.entries` pageable.
 */
export const MAX_ENTRIES_PER_VERSION = 1000;

/** An import report lists at most this many row errors (and counts all of them). */
export const MAX_REPORTED_ERRORS = 200;

/** `RegulatoryList.versions` lists the newest this many (two candidate-list updates a year). */
export const MAX_VERSIONS_SHOWN = 50;

/** `RegulatoryList.exemptions`: RoHS Annex III has about 100 entries, renewals included. */
export const MAX_EXEMPTIONS_SHOWN = 200;

/** Targets the company keeps (setSubstanceTarget refuses more). */
export const MAX_TARGETS = 500;

/** Groups one substance belongs to, as `Substance.groups` lists them. */
export const MAX_GROUPS_SHOWN = 20;

/** Material categories, as `Query.materialCategories` bounds them. */
export const MAX_CATEGORIES = 200;

export const MAX_SUBSTANCE_NAME_LENGTH = 500;
export const MAX_REASON_LENGTH = 1000;
export const MAX_LABEL_LENGTH = 100;
export const MAX_SCOPE_LENGTH = 200;
export const MAX_SOURCE_LENGTH = 1000;
export const MAX_NOTE_LENGTH = 1000;
