import { Severity } from "../../shared/domain/audit.enums";
import {
  AREA_SCORE_FLOOR,
  OPEN_FINDING_DEDUCTION,
  SELF_ASSESSMENT_DISCOUNT,
  THIRD_PARTY_FACTOR,
  ZERO_TOLERANCE_AREA_SCORE,
} from "./scoring-policy";
import { countOf, formatNumber } from "./explanation-format";
import { ScoreLine } from "./score-line";

/** An area's score from one source, with its explanation in area points (before weighting). */
export interface AreaSourceScore {
  score: number;
  /** Points lost to open findings (after the floor); 0 for other sources. */
  deduction: number;
  lines: ScoreLine[];
}

const DEDUCTED_SEVERITIES = [Severity.MAJOR, Severity.MINOR] as const;
// Whole nouns, not "open ${severity} finding": the Chinese catalog has each as a template.
const OPEN_FINDINGS: Readonly<Record<(typeof DEDUCTED_SEVERITIES)[number], string>> = {
  [Severity.MAJOR]: "open major finding",
  [Severity.MINOR]: "open minor finding",
};

/**
 * SPEC 7: audit area score minus 15 per open MAJOR and 5 per open MINOR finding (floor 0); any
 * open ZERO_TOLERANCE finding in the area makes it 0. `baseLabel` describes the audit's score.
 */
export function auditAreaScore(
  baseLabel: string,
  base: number,
  openSeverities: readonly Severity[],
): AreaSourceScore {
  const lines: ScoreLine[] = [{ label: baseLabel, points: base }];
  const zeroTolerance = openSeverities.filter((s) => s === Severity.ZERO_TOLERANCE).length;
  if (zeroTolerance > 0) {
    // Other deductions are moot: the area is already at its minimum.
    const label = `${countOf(zeroTolerance, "open zero-tolerance finding")} sets the area to 0`;
    lines.push({ label, points: ZERO_TOLERANCE_AREA_SCORE - base });
    return {
      score: ZERO_TOLERANCE_AREA_SCORE,
      deduction: base - ZERO_TOLERANCE_AREA_SCORE,
      lines,
    };
  }
  let score = base;
  for (const severity of DEDUCTED_SEVERITIES) {
    const count = openSeverities.filter((s) => s === severity).length;
    if (count === 0) continue;
    const each = OPEN_FINDING_DEDUCTION[severity];
    const label = `${countOf(count, OPEN_FINDINGS[severity])} -${each} each`;
    lines.push({ label, points: -each * count });
    score -= each * count;
  }
  if (score < AREA_SCORE_FLOOR) {
    lines.push({
      label: "deductions stop at the floor of 0",
      points: AREA_SCORE_FLOOR - score,
    });
    score = AREA_SCORE_FLOOR;
  }
  return { score, deduction: base - score, lines };
}

/** SPEC 7: self-declared SAQ area score, discounted to 70 %. */
export function selfAssessmentAreaScore(baseLabel: string, base: number): AreaSourceScore {
  return discounted(
    baseLabel,
    base,
    SELF_ASSESSMENT_DISCOUNT,
    `self-declared, counted at ${formatNumber(SELF_ASSESSMENT_DISCOUNT * 100)} %`,
  );
}

/** Issue 19: a third-party scheme's mapped area score, counted at 85 %. */
export function thirdPartyAreaScore(baseLabel: string, base: number): AreaSourceScore {
  return discounted(
    baseLabel,
    base,
    THIRD_PARTY_FACTOR,
    `third-party assessment, counted at ${formatNumber(THIRD_PARTY_FACTOR * 100)} %`,
  );
}

function discounted(
  baseLabel: string,
  base: number,
  factor: number,
  discount: string,
): AreaSourceScore {
  const score = base * factor;
  return {
    score,
    deduction: 0,
    lines: [
      { label: baseLabel, points: base },
      { label: discount, points: score - base },
    ],
  };
}
