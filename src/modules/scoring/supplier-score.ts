import { Severity } from "../../shared/domain/audit.enums";
import { ESG_AREAS, EsgArea } from "../../shared/domain/esg-area.enum";
import { Grade, ScoreSource } from "../../shared/domain/procurement.enums";
import { addMonths } from "../../shared/time";
import {
  auditAreaScore,
  AreaSourceScore,
  selfAssessmentAreaScore,
  thirdPartyAreaScore,
} from "./area-source-lines";
import { AREA_LABELS, countOf, formatDay, formatNumber } from "./explanation-format";
import { gradeForScore, isBetterGrade } from "./grade";
import { roundTo } from "./rounding";
import { ScoreLine } from "./score-line";
import { SCHEME_NAMES, type MappedAreaScore } from "./third-party-scores";
import type { ThirdPartyScheme } from "../../shared/domain/third-party.enums";
import {
  AREA_SCORE_MAX,
  AREA_WEIGHTS,
  AUDIT_VALIDITY_MONTHS,
  EXPLANATION_DECIMALS,
  NO_SOURCE_AREA_SCORE,
  NO_SOURCE_BEST_GRADE,
  SAQ_VALIDITY_MONTHS,
  SCORE_DECIMALS,
  SCORING_FORMULA_VERSION,
  TOTAL_AREA_WEIGHT,
  ZERO_TOLERANCE_GRADE,
} from "./scoring-policy";

export interface AuditSourceInput {
  auditId: string;
  completedAt: Date;
  /** 0..100 per area, from the audit's item results (computeAreaScores). */
  areaScores: Map<EsgArea, number>;
}

export interface SaqSourceInput {
  selfAssessmentId: string;
  submittedAt: Date;
  /** 0..100 per area, undiscounted, from the SAQ's answers (computeAreaScores). */
  areaScores: Map<EsgArea, number>;
}

/** An imported third-party result (issue 19), mapped onto the areas it covers. */
export interface ThirdPartySourceInput {
  assessmentId: string;
  scheme: ThirdPartyScheme;
  assessedAt: Date;
  /** The scheme's own validity: a source while `now` is before it. */
  validUntil: Date;
  /** 0..100 per covered area, before the third-party factor (thirdPartyAreaScores). */
  areaScores: Map<EsgArea, MappedAreaScore>;
}

/** An open (not closed) finding of any completed audit of the supplier. */
export interface OpenFindingInput {
  findingId: string;
  area: EsgArea;
  severity: Severity;
}

export interface SupplierScoreInput {
  now: Date;
  /** The latest completed audit, whatever its age: validity is decided here. */
  latestAudit: AuditSourceInput | null;
  /** The latest submitted or reviewed SAQ, whatever its age. */
  latestSaq: SaqSourceInput | null;
  /** Third-party results, whatever their age; none when omitted. */
  thirdParty?: readonly ThirdPartySourceInput[];
  openFindings: OpenFindingInput[];
}

export interface AreaScoreResult {
  area: EsgArea;
  /** Final area score, 2 decimals. */
  score: number;
  source: ScoreSource;
  sourceId: string | null;
  /** The source's own area score before discount and deductions; null for NONE. */
  baseScore: number | null;
  /** Points lost to open findings (AUDIT only, after the floor); 0 otherwise. */
  deduction: number;
}

export interface SupplierScoreResult {
  /** Weighted mean of the nine areas, 2 decimals. */
  overall: number;
  grade: Grade;
  /** Always nine rows, in ESG_AREAS order. */
  areas: AreaScoreResult[];
  /** Lines whose points add up to `overall` within 0.01. */
  explanation: ScoreLine[];
  /** Earliest expiry of the sources used; null when no source was used. */
  validUntil: Date | null;
  formulaVersion: string;
  /** Why the grade is worse than the overall alone would give; empty when it is not. */
  gradeCapReasons: string[];
}

interface ScoredArea {
  result: AreaScoreResult;
  /** Unrounded final score, so the overall is rounded only once. */
  exactScore: number;
  lines: ScoreLine[];
}

function assertAreaScore(score: number, what: string): void {
  if (!(score >= 0 && score <= AREA_SCORE_MAX)) {
    throw new RangeError(`${what} must be within 0..${AREA_SCORE_MAX}, got ${score}`);
  }
}

interface PickedSource {
  source: ScoreSource;
  sourceId: string | null;
  baseScore: number | null;
  sourced: AreaSourceScore;
}

/**
 * SPEC 7 and 11 source order: a valid audit with a score for the area, then the latest valid
 * third-party result covering it, then a valid SAQ, then NONE.
 */
function pickSource(
  area: EsgArea,
  sources: ValidSources,
  openSeverities: readonly Severity[],
): PickedSource {
  const { audit, thirdParty, saq } = sources;
  const auditBase = audit?.areaScores.get(area);
  if (audit && auditBase !== undefined) {
    assertAreaScore(auditBase, `audit ${audit.auditId} score for ${area}`);
    const label = `audit ${formatDay(audit.completedAt)} conformance ${formatNumber(auditBase)}`;
    return {
      source: ScoreSource.AUDIT,
      sourceId: audit.auditId,
      baseScore: auditBase,
      sourced: auditAreaScore(label, auditBase, openSeverities),
    };
  }
  for (const assessment of thirdParty) {
    const mapped = assessment.areaScores.get(area);
    if (!mapped) continue;
    assertAreaScore(mapped.score, `third-party ${assessment.assessmentId} score for ${area}`);
    const label =
      `${SCHEME_NAMES[assessment.scheme]} ${formatDay(assessment.assessedAt)}: ` +
      `${mapped.basis}, counts ${formatNumber(mapped.score)}`;
    return {
      source: ScoreSource.THIRD_PARTY,
      sourceId: assessment.assessmentId,
      baseScore: mapped.score,
      sourced: thirdPartyAreaScore(label, mapped.score),
    };
  }
  const saqBase = saq?.areaScores.get(area);
  if (saq && saqBase !== undefined) {
    assertAreaScore(saqBase, `self-assessment ${saq.selfAssessmentId} score for ${area}`);
    const label = `self-assessment ${formatDay(saq.submittedAt)} conformance ${formatNumber(saqBase)}`;
    return {
      source: ScoreSource.SELF_ASSESSMENT,
      sourceId: saq.selfAssessmentId,
      baseScore: saqBase,
      sourced: selfAssessmentAreaScore(label, saqBase),
    };
  }
  const label =
    `no audit within ${AUDIT_VALIDITY_MONTHS} months, valid third-party assessment or ` +
    `self-assessment within ${SAQ_VALIDITY_MONTHS} months, counts ${NO_SOURCE_AREA_SCORE}`;
  return {
    source: ScoreSource.NONE,
    sourceId: null,
    baseScore: null,
    sourced: {
      score: NO_SOURCE_AREA_SCORE,
      deduction: 0,
      lines: [{ label, points: 0 }],
    },
  };
}

interface ValidSources {
  audit: AuditSourceInput | null;
  /** Latest assessment first. */
  thirdParty: readonly ThirdPartySourceInput[];
  saq: SaqSourceInput | null;
}

function scoreArea(
  area: EsgArea,
  sources: ValidSources,
  openSeverities: readonly Severity[],
): ScoredArea {
  const { source, sourceId, baseScore, sourced } = pickSource(area, sources, openSeverities);
  const weight = AREA_WEIGHTS[area];
  const share = weight / TOTAL_AREA_WEIGHT;
  const [shown, total] = [formatNumber(weight), formatNumber(TOTAL_AREA_WEIGHT)];
  return {
    exactScore: sourced.score,
    lines: sourced.lines.map((line) => ({
      label: `${AREA_LABELS[area]}: ${line.label} x weight ${shown}/${total}`,
      points: roundTo(line.points * share, EXPLANATION_DECIMALS),
    })),
    result: {
      area,
      score: roundTo(sourced.score, SCORE_DECIMALS),
      source,
      sourceId,
      baseScore: baseScore === null ? null : roundTo(baseScore, SCORE_DECIMALS),
      deduction: roundTo(sourced.deduction, SCORE_DECIMALS),
    },
  };
}

/** SPEC 7: a source counts while strictly younger than its validity. */
function expiryIfValid(at: Date, months: number, now: Date): Date | null {
  const expiry = addMonths(at, months);
  return now.getTime() < expiry.getTime() ? expiry : null;
}

/**
 * SPEC 7: the supplier's ESG score. Per area the source is the latest audit (< 24 months old,
 * minus open-finding deductions), else the latest third-party result covering the area (within
 * its scheme's validity, x 0.85), else the latest SAQ (< 12 months old, x 0.7), else NONE (0).
 * Overall is the AREA_WEIGHTS mean of all nine areas; the grade comes from the rounded overall,
 * then E with any open zero-tolerance finding and at best C with any NONE area.
 */
export function computeSupplierScore(input: SupplierScoreInput): SupplierScoreResult {
  const { now } = input;
  const auditExpiry = input.latestAudit
    ? expiryIfValid(input.latestAudit.completedAt, AUDIT_VALIDITY_MONTHS, now)
    : null;
  const saqExpiry = input.latestSaq
    ? expiryIfValid(input.latestSaq.submittedAt, SAQ_VALIDITY_MONTHS, now)
    : null;
  const audit = auditExpiry ? input.latestAudit : null;
  const saq = saqExpiry ? input.latestSaq : null;
  const thirdParty = (input.thirdParty ?? [])
    .filter((t) => now.getTime() < t.validUntil.getTime())
    .sort(
      (a, b) =>
        b.assessedAt.getTime() - a.assessedAt.getTime() ||
        (a.assessmentId < b.assessmentId ? 1 : -1),
    );

  const severitiesByArea = new Map<EsgArea, Severity[]>();
  for (const finding of input.openFindings) {
    const list = severitiesByArea.get(finding.area) ?? [];
    list.push(finding.severity);
    severitiesByArea.set(finding.area, list);
  }

  const scored = ESG_AREAS.map((area) =>
    scoreArea(area, { audit, thirdParty, saq }, severitiesByArea.get(area) ?? []),
  );
  const weighted = scored.reduce((sum, s) => sum + s.exactScore * AREA_WEIGHTS[s.result.area], 0);
  const overall = roundTo(weighted / TOTAL_AREA_WEIGHT, SCORE_DECIMALS);
  const areas = scored.map((s) => s.result);

  const { grade, reasons } = cappedGrade(overall, areas, input.openFindings);

  const usedExpiries: Date[] = [];
  if (auditExpiry && areas.some((a) => a.source === ScoreSource.AUDIT)) {
    usedExpiries.push(auditExpiry);
  }
  for (const assessment of thirdParty) {
    if (areas.some((a) => a.sourceId === assessment.assessmentId))
      usedExpiries.push(assessment.validUntil);
  }
  if (saqExpiry && areas.some((a) => a.source === ScoreSource.SELF_ASSESSMENT)) {
    usedExpiries.push(saqExpiry);
  }
  const validUntil = usedExpiries.length
    ? new Date(Math.min(...usedExpiries.map((d) => d.getTime())))
    : null;

  return {
    overall,
    grade,
    areas,
    explanation: scored.flatMap((s) => s.lines),
    validUntil,
    formulaVersion: SCORING_FORMULA_VERSION,
    gradeCapReasons: reasons,
  };
}

export type GradeCapRule = "AREA_WITHOUT_SOURCE" | "ZERO_TOLERANCE_FINDING";

/** One SPEC 7 cap that makes the grade worse than the overall alone would give. */
export interface GradeCapResult {
  rule: GradeCapRule;
  /** The best grade the cap allows. */
  grade: Grade;
  /** Areas without a source, or open zero-tolerance findings. */
  count: number;
  /** The unsourced areas (AREA_WITHOUT_SOURCE); empty otherwise. */
  areas: EsgArea[];
  reason: string;
}

/**
 * SPEC 7 grade caps, from what the stored standing keeps (the areas with their sources and the
 * open zero-tolerance count), so the page can explain a stored grade without recomputing it.
 * A cap is listed only when it makes the grade worse.
 */
export function gradeCaps(
  overall: number,
  areas: readonly Pick<AreaScoreResult, "area" | "source">[],
  openZeroToleranceCount: number,
): { gradeFromScore: Grade; grade: Grade; caps: GradeCapResult[] } {
  const fromScore = gradeForScore(overall);
  let grade = fromScore;
  const caps: GradeCapResult[] = [];

  const unsourced = areas.filter((a) => a.source === ScoreSource.NONE);
  if (unsourced.length > 0 && isBetterGrade(fromScore, NO_SOURCE_BEST_GRADE)) {
    const names = unsourced.map((a) => AREA_LABELS[a.area]).join(", ");
    caps.push({
      rule: "AREA_WITHOUT_SOURCE",
      grade: NO_SOURCE_BEST_GRADE,
      count: unsourced.length,
      areas: unsourced.map((a) => a.area),
      reason:
        `No valid audit, third-party assessment or self-assessment for ` +
        `${countOf(unsourced.length, "area")} ` +
        `(${names}): grade at best ${NO_SOURCE_BEST_GRADE}`,
    });
    grade = NO_SOURCE_BEST_GRADE;
  }

  if (openZeroToleranceCount > 0 && isBetterGrade(fromScore, ZERO_TOLERANCE_GRADE)) {
    caps.push({
      rule: "ZERO_TOLERANCE_FINDING",
      grade: ZERO_TOLERANCE_GRADE,
      count: openZeroToleranceCount,
      areas: [],
      reason: `${countOf(openZeroToleranceCount, "open zero-tolerance finding")}: grade ${ZERO_TOLERANCE_GRADE}`,
    });
    grade = ZERO_TOLERANCE_GRADE;
  }
  return { gradeFromScore: fromScore, grade, caps };
}

function cappedGrade(
  overall: number,
  areas: readonly AreaScoreResult[],
  openFindings: readonly OpenFindingInput[],
): { grade: Grade; reasons: string[] } {
  const zeroTolerance = openFindings.filter((f) => f.severity === Severity.ZERO_TOLERANCE).length;
  const { grade, caps } = gradeCaps(overall, areas, zeroTolerance);
  return { grade, reasons: caps.map((c) => c.reason) };
}

/** SPEC 7: a score past its validity is reported as expired; a score without sources never is. */
export function isScoreExpired(validUntil: Date | null, now: Date): boolean {
  return validUntil !== null && now.getTime() >= validUntil.getTime();
}
