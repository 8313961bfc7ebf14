/** Registered webhooks: an installation has a few integrations, not hundreds. */
export const MAX_WEBHOOKS = 50;
export const MAX_DESCRIPTION_LENGTH = 200;
