/** `invitations(supplierId)` lists a supplier's newest this many. */
export const INVITATIONS_LISTED = 100;
/** `apiTokens` lists the newest this many, revoked ones included. */
export const API_TOKENS_LISTED = 200;
