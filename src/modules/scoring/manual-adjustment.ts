import { addMonths } from "../../shared/time";
import {
  MANUAL_ADJUSTMENT_DEFAULT_EXPIRY_MONTHS,
  MANUAL_ADJUSTMENT_MAX_DELTA,
  MANUAL_ADJUSTMENT_MAX_EXPIRY_MONTHS,
  MANUAL_ADJUSTMENT_MIN_DELTA,
} from "./scoring-policy";
import { MANUAL_ADJUSTMENT_MIN_REASON_LENGTH } from "../../shared/reason-policy";

export interface ManualAdjustmentDraft {
  delta: number;
  reason: string;
  expiresAt?: Date | null;
}

export interface FieldError {
  field: string;
  message: string;
}

/** SPEC 8: expiry when none is given (12 months after creation). */
export function defaultAdjustmentExpiry(now: Date): Date {
  return addMonths(now, MANUAL_ADJUSTMENT_DEFAULT_EXPIRY_MONTHS);
}

/**
 * SPEC 8: delta -30..+30, reason of at least 10 characters, expiry in the future and at most
 * 24 months ahead. Returns every problem at once so the client can show them together.
 */
export function manualAdjustmentErrors(draft: ManualAdjustmentDraft, now: Date): FieldError[] {
  const errors: FieldError[] = [];
  const { delta, reason, expiresAt } = draft;
  if (
    !Number.isFinite(delta) ||
    delta < MANUAL_ADJUSTMENT_MIN_DELTA ||
    delta > MANUAL_ADJUSTMENT_MAX_DELTA
  ) {
    errors.push({
      field: "delta",
      message: `must be between ${MANUAL_ADJUSTMENT_MIN_DELTA} and +${MANUAL_ADJUSTMENT_MAX_DELTA}`,
    });
  }
  // Padding with spaces must not satisfy the rule: the reason is what auditors read later.
  if (reason.trim().length < MANUAL_ADJUSTMENT_MIN_REASON_LENGTH) {
    errors.push({
      field: "reason",
      message: `must have at least ${MANUAL_ADJUSTMENT_MIN_REASON_LENGTH} characters`,
    });
  }
  if (expiresAt != null) {
    const latest = addMonths(now, MANUAL_ADJUSTMENT_MAX_EXPIRY_MONTHS);
    if (!(expiresAt.getTime() > now.getTime())) {
      errors.push({ field: "expiresAt", message: "must be in the future" });
    } else if (expiresAt.getTime() > latest.getTime()) {
      errors.push({
        field: "expiresAt",
        message: `must be at most ${MANUAL_ADJUSTMENT_MAX_EXPIRY_MONTHS} months ahead`,
      });
    }
  }
  return errors;
}

/** SPEC 8: expired or revoked adjustments do not count (but stay in the history). */
export function isAdjustmentActive(
  adjustment: { expiresAt: Date | null; revokedAt: Date | null },
  now: Date,
): boolean {
  if (adjustment.revokedAt !== null && adjustment.revokedAt.getTime() <= now.getTime()) {
    return false;
  }
  return adjustment.expiresAt === null || now.getTime() < adjustment.expiresAt.getTime();
}
