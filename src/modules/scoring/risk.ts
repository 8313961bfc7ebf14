import { RiskLevel } from "../../shared/domain/audit.enums";
import { RISK_FACTOR_MAX, RISK_FACTOR_MIN, RISK_LEVEL_BANDS } from "./scoring-policy";

function assertRiskFactor(name: string, value: number): void {
  if (!Number.isInteger(value) || value < RISK_FACTOR_MIN || value > RISK_FACTOR_MAX) {
    throw new RangeError(
      `${name} must be an integer from ${RISK_FACTOR_MIN} to ${RISK_FACTOR_MAX}, got ${value}`,
    );
  }
}

/** SPEC 6: risk score = likelihood x impact, each an integer 1-5. */
export function riskScore(likelihood: number, impact: number): number {
  assertRiskFactor("likelihood", likelihood);
  assertRiskFactor("impact", impact);
  return likelihood * impact;
}

/**
 * SPEC 6: 1-4 LOW, 5-9 MEDIUM, 10-16 HIGH, 20-25 CRITICAL. 17-19 cannot be a product of two
 * factors 1-5; RISK_LEVEL_BANDS maps them to CRITICAL rather than leaving a hole.
 */
export function riskLevel(score: number): RiskLevel {
  const max = RISK_FACTOR_MAX * RISK_FACTOR_MAX;
  if (!Number.isInteger(score) || score < RISK_FACTOR_MIN * RISK_FACTOR_MIN || score > max) {
    throw new RangeError(`risk score must be an integer from 1 to ${max}, got ${score}`);
  }
  for (const band of RISK_LEVEL_BANDS) {
    if (score <= band.max) return band.level;
  }
  // Unreachable: the last band ends at the maximum score validated above.
  return RiskLevel.CRITICAL;
}
