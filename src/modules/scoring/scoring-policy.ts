import { ItemResult, RiskLevel, Severity } from "../../shared/domain/audit.enums";
import { YesNoChoice } from "../../shared/domain/checklist.enums";
import { EsgArea } from "../../shared/domain/esg-area.enum";
import { Grade } from "../../shared/domain/procurement.enums";
import { Traceability } from "../../shared/domain/sustainability.enums";
import {
  AmforiGrade,
  EcoVadisTheme,
  RbaSection,
  SmetaPillar,
  SsiDimension,
  ThirdPartyScheme,
} from "../../shared/domain/third-party.enums";

/**
 * Every number of the scoring, deadline and procurement rules (SPEC sections 6, 7 and 8).
 * Changing one of them changes stored scores' meaning: bump SCORING_FORMULA_VERSION too.
 */

/** Stored with every score snapshot so old snapshots stay interpretable after a policy change. */
// 2026.2: sustainability attributes count as verified or, discounted, as self-declared (SPEC 11).
// 2026.3: an accepted material declaration over a legal limit makes the supplier CONDITIONAL;
// one containing an ELIMINATE target adds a 0-point explanation line (issue 16).
// 2026.4: in a category's ranking the recycled-content term comes from the supplier's
// recycled-content declarations for the category (issue 17); ELIMINATE and REDUCE target
// substances are flagged on ranking rows, ELIMINATE with 0-point lines naming the declaration.
// 2026.5: third-party results (SMETA, RBA VAP, amfori BSCI, EcoVadis, SSI) are a score source
// between AUDIT and SELF_ASSESSMENT, x 0.85 for each scheme's own period (issue 19); the material
// score's traceability is computed from the supply-chain map, not self-declared; BLOCKED also
// for an unrebutted restricted-party or high-risk-region match in a map and for a site or map
// node in or near a protected area until cleared (issue 18).
export const SCORING_FORMULA_VERSION = "2026.5";

// ---------------------------------------------------------------------------------------------
// Conformance (SPEC 7)
// ---------------------------------------------------------------------------------------------

/** SPEC 7: CONFORMS 1, PARTIAL 0.5, NONCONFORMS 0; NOT_APPLICABLE is left out (null). */
export const RESULT_CONFORMANCE: Readonly<Record<ItemResult, number | null>> = {
  [ItemResult.CONFORMS]: 1,
  [ItemResult.PARTIAL]: 0.5,
  [ItemResult.NONCONFORMS]: 0,
  [ItemResult.NOT_APPLICABLE]: null,
};

/** SPEC 7: YES 1, NO 0; NOT_APPLICABLE is left out (null). */
export const CHOICE_CONFORMANCE: Readonly<Record<YesNoChoice, number | null>> = {
  [YesNoChoice.YES]: 1,
  [YesNoChoice.NO]: 0,
  [YesNoChoice.NOT_APPLICABLE]: null,
};

/** SPEC 4/7: a SCALE_0_4 answer n scores n / 4. */
export const SCALE_MAX = 4;

/** SPEC 7: area scores are on a 0-100 scale (100 x weighted mean conformance). */
export const AREA_SCORE_MAX = 100;

/** SPEC 7: deductions never take an area below 0. */
export const AREA_SCORE_FLOOR = 0;

// ---------------------------------------------------------------------------------------------
// Area weights and deductions (SPEC 7)
// ---------------------------------------------------------------------------------------------

/**
 * SPEC 7: weights of the overall ESG score. Child/forced labour and health and safety weigh
 * more because the policy treats them as the gravest breaches.
 */
export const AREA_WEIGHTS: Readonly<Record<EsgArea, number>> = {
  [EsgArea.MANAGEMENT_SYSTEM]: 1,
  [EsgArea.CHILD_AND_FORCED_LABOUR]: 2,
  [EsgArea.NON_DISCRIMINATION]: 1,
  [EsgArea.WAGES_AND_BENEFITS]: 1,
  [EsgArea.WORKING_HOURS]: 1,
  [EsgArea.HEALTH_AND_SAFETY]: 1.5,
  [EsgArea.ENVIRONMENT]: 1,
  [EsgArea.BUSINESS_ETHICS]: 1,
  [EsgArea.FREEDOM_OF_ASSOCIATION]: 1,
};

/** Sum of AREA_WEIGHTS (10.5): the denominator of the overall score. */
export const TOTAL_AREA_WEIGHT = Object.values(AREA_WEIGHTS).reduce((sum, w) => sum + w, 0);

/**
 * SPEC 7: points an audit-sourced area loses per open finding in that area. OBSERVATION
 * costs nothing; ZERO_TOLERANCE is not a deduction but zeroes the area (see below).
 */
export const OPEN_FINDING_DEDUCTION: Readonly<
  Record<Exclude<Severity, Severity.ZERO_TOLERANCE>, number>
> = {
  [Severity.MAJOR]: 15,
  [Severity.MINOR]: 5,
  [Severity.OBSERVATION]: 0,
};

/** SPEC 7: any open ZERO_TOLERANCE finding in an audit-sourced area sets the area to this. */
export const ZERO_TOLERANCE_AREA_SCORE = 0;

// ---------------------------------------------------------------------------------------------
// Sources and validity (SPEC 7)
// ---------------------------------------------------------------------------------------------

/** SPEC 7: a completed audit is a score source while less than 24 months old. */
export const AUDIT_VALIDITY_MONTHS = 24;

/** SPEC 7: a submitted or reviewed SAQ is a score source while less than 12 months old. */
export const SAQ_VALIDITY_MONTHS = 12;

/** SPEC 7: self-declared SAQ area scores are discounted to 70 %. */
export const SELF_ASSESSMENT_DISCOUNT = 0.7;

/** SPEC 7: an area without any valid source counts as this score (with its full weight). */
export const NO_SOURCE_AREA_SCORE = 0;

// ---------------------------------------------------------------------------------------------
// Grades (SPEC 7)
// ---------------------------------------------------------------------------------------------

/** SPEC 7: minimum rounded overall score per grade, best first; below the last one is E. */
export const GRADE_THRESHOLDS: ReadonlyArray<{ grade: Grade; min: number }> = [
  { grade: Grade.A, min: 85 },
  { grade: Grade.B, min: 70 },
  { grade: Grade.C, min: 55 },
  { grade: Grade.D, min: 40 },
];

/** SPEC 7: the grade below every threshold. */
export const LOWEST_GRADE = Grade.E;

/** SPEC 7: grades best first, used to compare grades and apply caps. */
export const GRADE_ORDER: readonly Grade[] = [Grade.A, Grade.B, Grade.C, Grade.D, Grade.E];

/** SPEC 7: any open ZERO_TOLERANCE finding, in any area and whatever its source, means E. */
export const ZERO_TOLERANCE_GRADE = Grade.E;

/** SPEC 7: with any area of source NONE the grade is at best C (a gap is not a pass). */
export const NO_SOURCE_BEST_GRADE = Grade.C;

/** Overall and area scores are shown and graded with 2 decimals. */
export const SCORE_DECIMALS = 2;

/** Explanation points keep 4 decimals so that up to ~100 lines still add up within 0.01. */
export const EXPLANATION_DECIMALS = 4;

// ---------------------------------------------------------------------------------------------
// Findings: risk and deadlines (SPEC 6)
// ---------------------------------------------------------------------------------------------

/** SPEC 6: likelihood and impact are integers 1-5. */
export const RISK_FACTOR_MIN = 1;
/** SPEC 6: likelihood and impact are integers 1-5. */
export const RISK_FACTOR_MAX = 5;

/**
 * SPEC 6: risk level by likelihood x impact, the policy's 5 x 5 matrix: 1-4 LOW, 5-9 MEDIUM,
 * 10-16 HIGH, 20-25 CRITICAL. No product of two integers 1-5 is 17, 18 or 19, so the SPEC
 * leaves them out; the CRITICAL band starts at 17 here so the bands have no gap.
 */
export const RISK_LEVEL_BANDS: ReadonlyArray<{
  level: RiskLevel;
  max: number;
}> = [
  { level: RiskLevel.LOW, max: 4 },
  { level: RiskLevel.MEDIUM, max: 9 },
  { level: RiskLevel.HIGH, max: 16 },
  { level: RiskLevel.CRITICAL, max: RISK_FACTOR_MAX * RISK_FACTOR_MAX },
];

/** SPEC 6: days from audit completion to propose a CAP; OBSERVATION needs no CAP. */
export const CAP_PROPOSAL_DAYS: Readonly<Record<Severity, number | null>> = {
  [Severity.ZERO_TOLERANCE]: 7,
  [Severity.MAJOR]: 14,
  [Severity.MINOR]: 14,
  [Severity.OBSERVATION]: null,
};

/** SPEC 6: days from audit completion to close the finding; OBSERVATION has no deadline. */
export const CLOSURE_DAYS: Readonly<Record<Severity, number | null>> = {
  [Severity.ZERO_TOLERANCE]: 30,
  [Severity.MAJOR]: 90,
  [Severity.MINOR]: 180,
  [Severity.OBSERVATION]: null,
};

// ---------------------------------------------------------------------------------------------
// Risk-based re-audit (SPEC 6)
// ---------------------------------------------------------------------------------------------

/** SPEC 6: months from the last completed audit to the next one, by grade. */
export const REAUDIT_INTERVAL_MONTHS: Readonly<Record<Grade, number>> = {
  [Grade.A]: 24,
  [Grade.B]: 24,
  [Grade.C]: 12,
  [Grade.D]: 6,
  [Grade.E]: 6,
};

/** SPEC 6: re-audit interval while the supplier is SUSPENDED, whatever its grade. */
export const SUSPENDED_REAUDIT_INTERVAL_MONTHS = 3;

/**
 * Not in the SPEC: an audited supplier without a grade should not happen (completing an audit
 * computes one). If it does, we treat the unknown risk like the highest graded risk (D/E).
 */
export const UNGRADED_REAUDIT_INTERVAL_MONTHS = 6;

// ---------------------------------------------------------------------------------------------
// Procurement status (SPEC 8)
// ---------------------------------------------------------------------------------------------

/** SPEC 8: CONDITIONAL when there is no completed audit within this many months. */
export const STATUS_AUDIT_RECENCY_MONTHS = 24;

/** SPEC 8: these grades make a supplier CONDITIONAL. */
export const CONDITIONAL_GRADES: readonly Grade[] = [Grade.D, Grade.E];

// ---------------------------------------------------------------------------------------------
// Priority score (SPEC 8)
// ---------------------------------------------------------------------------------------------

/** SPEC 8: share of the ESG score in the priority score. */
export const PRIORITY_ESG_WEIGHT = 0.6;

/** SPEC 8: share of the material score in the priority score. */
export const PRIORITY_MATERIAL_WEIGHT = 0.4;

/** SPEC 8: weights inside the material score (shares are percentages 0-100). */
export const MATERIAL_WEIGHTS = {
  renewableElectricityShare: 0.3,
  thirdPartyVerifiedMaterialShare: 0.3,
  recycledContentShare: 0.2,
  traceability: 0.2,
} as const;

/** SPEC 8: traceability as material-score points. */
export const TRACEABILITY_POINTS: Readonly<Record<Traceability, number>> = {
  [Traceability.NONE]: 0,
  [Traceability.TIER1]: 50,
  [Traceability.TO_ORIGIN]: 100,
};

/** SPEC 8: rule adjustment for a CONDITIONAL supplier. */
export const CONDITIONAL_PRIORITY_ADJUSTMENT = -10;

/** SPEC 8: rule adjustment per overdue finding... */
export const OVERDUE_FINDING_PRIORITY_ADJUSTMENT = -5;

/** SPEC 8: ...but never more than this in total. */
export const OVERDUE_FINDINGS_PRIORITY_ADJUSTMENT_LIMIT = -20;

/** SPEC 8: the priority score is clamped to 0-100 after all adjustments. */
export const PRIORITY_MIN = 0;
/** SPEC 8: the priority score is clamped to 0-100 after all adjustments. */
export const PRIORITY_MAX = 100;

// ---------------------------------------------------------------------------------------------
// Manual priority adjustments (SPEC 8)
// ---------------------------------------------------------------------------------------------

/** SPEC 8: a manual adjustment's delta lies in -30..+30. */
export const MANUAL_ADJUSTMENT_MIN_DELTA = -30;
/** SPEC 8: a manual adjustment's delta lies in -30..+30. */
export const MANUAL_ADJUSTMENT_MAX_DELTA = 30;

// Its reason of at least 10 characters: MANUAL_ADJUSTMENT_MIN_REASON_LENGTH in
// src/shared/reason-policy.ts, with every other reason-length rule.

/** SPEC 8: expiry when none is given. */
export const MANUAL_ADJUSTMENT_DEFAULT_EXPIRY_MONTHS = 12;

/** SPEC 8: an expiry may be at most this far ahead of its creation. */
export const MANUAL_ADJUSTMENT_MAX_EXPIRY_MONTHS = 24;

// ---------------------------------------------------------------------------------------------
// Declared versus verified sustainability attributes (SPEC 3 and 11)
// ---------------------------------------------------------------------------------------------

/** SPEC 11: a verification of a supplier's sustainability attributes is valid this long. */
export const SUSTAINABILITY_VERIFICATION_VALIDITY_MONTHS = 24;

/**
 * SPEC 11: a share the supplier only declared counts at half its value; the party judged does
 * not get full credit for what nobody checked.
 */
export const DECLARED_SHARE_FACTOR = 0.5;

/** SPEC 11: declared traceability counts one level lower than declared. */
export const DECLARED_TRACEABILITY: Readonly<Record<Traceability, Traceability>> = {
  [Traceability.TO_ORIGIN]: Traceability.TIER1,
  [Traceability.TIER1]: Traceability.NONE,
  [Traceability.NONE]: Traceability.NONE,
};

// ---------------------------------------------------------------------------------------------
// Third-party assessments (issue 19): a score source between AUDIT and SELF_ASSESSMENT
// ---------------------------------------------------------------------------------------------

/** Issue 19: an area sourced from a third-party scheme's result counts at 85 %. */
export const THIRD_PARTY_FACTOR = 0.85;

/**
 * Issue 19: months a scheme's result is a score source, from the assessment date. amfori by
 * the overall grade (A/B 24, C/D 12; E, below D, 12 as well). SMETA has no validity of its own:
 * 12 months is ours (the buyers' common practice of a yearly audit).
 */
export const THIRD_PARTY_VALIDITY_MONTHS = {
  [ThirdPartyScheme.RBA_VAP]: 24,
  [ThirdPartyScheme.AMFORI_BSCI]: {
    [AmforiGrade.A]: 24,
    [AmforiGrade.B]: 24,
    [AmforiGrade.C]: 12,
    [AmforiGrade.D]: 12,
    [AmforiGrade.E]: 12,
  },
  [ThirdPartyScheme.ECOVADIS]: 12,
  [ThirdPartyScheme.SSI]: 36,
  [ThirdPartyScheme.SMETA]: 12,
} as const;

/** The labour areas a scheme reports as one section (RBA Labor, SMETA Labour Standards...). */
const LABOUR_AREAS = [
  EsgArea.CHILD_AND_FORCED_LABOUR,
  EsgArea.NON_DISCRIMINATION,
  EsgArea.WAGES_AND_BENEFITS,
  EsgArea.WORKING_HOURS,
  EsgArea.FREEDOM_OF_ASSOCIATION,
] as const;

/** RBA VAP scores (0-200) are halved onto the 0-100 area scale. */
export const RBA_SCORE_MAX = 200;

/** RBA VAP sections onto the nine areas; an area whose section is not given takes the total. */
export const RBA_SECTION_AREAS: Readonly<Record<RbaSection, readonly EsgArea[]>> = {
  [RbaSection.LABOR]: LABOUR_AREAS,
  [RbaSection.HEALTH_AND_SAFETY]: [EsgArea.HEALTH_AND_SAFETY],
  [RbaSection.ENVIRONMENT]: [EsgArea.ENVIRONMENT],
  [RbaSection.ETHICS]: [EsgArea.BUSINESS_ETHICS],
  [RbaSection.MANAGEMENT_SYSTEM]: [EsgArea.MANAGEMENT_SYSTEM],
};

/** amfori BSCI grades as area scores: x 0.85 they fall in the grade of the same letter. */
export const AMFORI_GRADE_SCORE: Readonly<Record<AmforiGrade, number>> = {
  [AmforiGrade.A]: 100,
  [AmforiGrade.B]: 85,
  [AmforiGrade.C]: 70,
  [AmforiGrade.D]: 50,
  [AmforiGrade.E]: 25,
};

/**
 * amfori BSCI's 13 performance areas (Code of Conduct 2021) onto the nine areas. Where several
 * map to one area the worst grade counts; an area without a graded PA takes the overall grade.
 */
export const AMFORI_PERFORMANCE_AREAS: Readonly<Record<number, { name: string; area: EsgArea }>> = {
  1: { name: "Social management system and cascade effect", area: EsgArea.MANAGEMENT_SYSTEM },
  2: { name: "Workers involvement and protection", area: EsgArea.MANAGEMENT_SYSTEM },
  3: {
    name: "Freedom of association and collective bargaining",
    area: EsgArea.FREEDOM_OF_ASSOCIATION,
  },
  4: { name: "No discrimination, violence or harassment", area: EsgArea.NON_DISCRIMINATION },
  5: { name: "Fair remuneration", area: EsgArea.WAGES_AND_BENEFITS },
  6: { name: "Decent working hours", area: EsgArea.WORKING_HOURS },
  7: { name: "Occupational health and safety", area: EsgArea.HEALTH_AND_SAFETY },
  8: { name: "No child labour", area: EsgArea.CHILD_AND_FORCED_LABOUR },
  9: { name: "Special protection for young workers", area: EsgArea.CHILD_AND_FORCED_LABOUR },
  10: { name: "No precarious employment", area: EsgArea.WAGES_AND_BENEFITS },
  11: {
    name: "No bonded, forced labour or human trafficking",
    area: EsgArea.CHILD_AND_FORCED_LABOUR,
  },
  12: { name: "Protection of the environment", area: EsgArea.ENVIRONMENT },
  13: { name: "Ethical business behaviour", area: EsgArea.BUSINESS_ETHICS },
};

/**
 * EcoVadis themes (0-100 as on the scorecard) onto the nine areas; the management system takes
 * the overall score (policies, actions and results across themes). Sustainable procurement maps
 * to no area. An area whose theme is not given takes the overall score.
 */
export const ECOVADIS_THEME_AREAS: Readonly<Record<EcoVadisTheme, readonly EsgArea[]>> = {
  [EcoVadisTheme.ENVIRONMENT]: [EsgArea.ENVIRONMENT],
  [EcoVadisTheme.LABOR_AND_HUMAN_RIGHTS]: [...LABOUR_AREAS, EsgArea.HEALTH_AND_SAFETY],
  [EcoVadisTheme.ETHICS]: [EsgArea.BUSINESS_ETHICS],
  [EcoVadisTheme.SUSTAINABLE_PROCUREMENT]: [],
};

/** SSI dimensions onto the nine areas; each needs its level. */
export const SSI_DIMENSION_AREAS: Readonly<Record<SsiDimension, readonly EsgArea[]>> = {
  [SsiDimension.GOVERNANCE_AND_BUSINESS_ETHICS]: [
    EsgArea.MANAGEMENT_SYSTEM,
    EsgArea.BUSINESS_ETHICS,
  ],
  [SsiDimension.ENVIRONMENT]: [EsgArea.ENVIRONMENT],
  [SsiDimension.HUMAN_AND_LABOUR_RIGHTS]: [...LABOUR_AREAS, EsgArea.HEALTH_AND_SAFETY],
};

/**
 * An SSI dimension's performance level (0: below the scheme's threshold, 1-3 rising levels) as
 * an area score.
 */
export const SSI_LEVEL_SCORE: readonly number[] = [0, 60, 80, 100];

/** SMETA pillars onto the nine areas; the areas of a pillar the audit did not cover get none. */
export const SMETA_PILLAR_AREAS: Readonly<Record<SmetaPillar, readonly EsgArea[]>> = {
  [SmetaPillar.LABOUR_STANDARDS]: [...LABOUR_AREAS, EsgArea.MANAGEMENT_SYSTEM],
  [SmetaPillar.HEALTH_AND_SAFETY]: [EsgArea.HEALTH_AND_SAFETY],
  [SmetaPillar.ENVIRONMENT]: [EsgArea.ENVIRONMENT],
  [SmetaPillar.BUSINESS_ETHICS]: [EsgArea.BUSINESS_ETHICS],
};

/**
 * A SMETA pillar starts at 100 and loses per non-conformance what an open finding of our own
 * audits costs (MAJOR 15, MINOR 5; floor 0); a critical one sets its areas to 0.
 */
export const SMETA_NON_CONFORMANCE_DEDUCTION = {
  major: OPEN_FINDING_DEDUCTION[Severity.MAJOR],
  minor: OPEN_FINDING_DEDUCTION[Severity.MINOR],
} as const;
