/**
 * Waits after the 1st, 2nd, ... failed attempt to reach another system (an SMTP server, a
 * webhook receiver): a refusal (451, greylisting, a 503) usually clears within minutes; the
 * longer steps ride out an outage of hours. The last step repeats when more attempts are
 * allowed than there are steps.
 */
export const RETRY_BACKOFF_MINUTES: readonly number[] = [1, 5, 30, 120, 720];

export function retryDelayMs(failedAttempts: number): number {
  const step = Math.min(Math.max(failedAttempts, 1), RETRY_BACKOFF_MINUTES.length) - 1;
  return RETRY_BACKOFF_MINUTES[step] * 60_000;
}
