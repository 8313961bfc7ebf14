/** Evidence references one verification may carry; enough for certificates and test reports. */
export const MAX_VERIFICATION_EVIDENCE = 20;
export const MAX_VERIFICATION_NOTE_LENGTH = 2000;
/** How many past verifications a supplier's history lists (newest first). */
export const VERIFICATION_HISTORY_LIMIT = 50;
