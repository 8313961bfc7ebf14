/**
 * Caps on one imported file, so that a hostile or careless file cannot exhaust memory or CPU:
 * bytes before the text is parsed, then features (or CSV rows) and vertices before any
 * geometry is stored. A country's WDPA export filtered to the terrestrial areas fits.
 */
export const MAX_AREA_FILE_BYTES = 32 * 1024 * 1024;
export const MAX_AREA_FEATURES = 20_000;
export const MAX_AREA_VERTICES = 1_000_000;
/** One feature's vertices: beyond this a polygon is to be simplified before import. */
export const MAX_FEATURE_VERTICES = 100_000;
/** A point area's radius: 500 km is larger than any single protected area. */
export const MAX_AREA_RADIUS_M = 500_000;
export const MAX_LIST_NAME_LENGTH = 100;
export const MAX_AREA_NAME_LENGTH = 300;
export const MAX_DESIGNATION_LENGTH = 200;

/** Lists shown at once, and versions per list. */
export const MAX_AREA_LISTS = 50;
export const MAX_AREA_LIST_VERSIONS_SHOWN = 50;
export const MAX_CLEARANCE_EVIDENCE = 20;
export const MAX_CLEARANCE_NOTE_LENGTH = 2000;
