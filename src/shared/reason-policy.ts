import { badInput } from "./errors";

/*
 * The written reasons and comments a change needs, in characters after trimming (padding with
 * spaces never satisfies a minimum: the reason is what auditors read later). Every such rule
 * is here; docs/rules.md lists them.
 */

/** SPEC 8: adjusting a priority, and revoking an adjustment, needs a reason of 10 characters. */
export const MANUAL_ADJUSTMENT_MIN_REASON_LENGTH = 10;
/** An admin block names its reason (shown with the BLOCKED status); the column holds 500. */
export const BLOCK_REASON_MIN_LENGTH = 10;
export const BLOCK_REASON_MAX_LENGTH = 500;
/** SPEC 5 leaves the length of a self-assessment's return reason open; the column holds 2000. */
export const RETURN_REASON_MAX_LENGTH = 2000;
/** Cancelling an audit needs a reason; the column holds 2000. */
export const CANCEL_REASON_MAX_LENGTH = 2000;
/** Withdrawing a third-party result says why (it stops counting); the column holds 2000. */
export const WITHDRAW_REASON_MIN_LENGTH = 10;
export const WITHDRAW_REASON_MAX_LENGTH = 2000;
/** Free text of findings and plans, and the comment a rejection or failed verification needs. */
export const FREE_TEXT_MAX_LENGTH = 4000;

/** The reason trimmed, or BAD_USER_INPUT on `path` when it is shorter than `min`. */
export function reasonOfAtLeast(reason: string, min: number, path = "reason"): string {
  const trimmed = reason.trim();
  if (trimmed.length < min)
    throw badInput([{ path, message: `must have at least ${min} characters` }]);
  return trimmed;
}
