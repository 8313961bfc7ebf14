import { ESG_AREAS, EsgArea } from "../../shared/domain/esg-area.enum";
import {
  AmforiGrade,
  EcoVadisMedal,
  EcoVadisTheme,
  RbaSection,
  SmetaPillar,
  SsiDimension,
  ThirdPartyScheme,
} from "../../shared/domain/third-party.enums";
import { addMonths } from "../../shared/time";
import { formatNumber } from "./explanation-format";
import {
  AMFORI_GRADE_SCORE,
  AMFORI_PERFORMANCE_AREAS,
  AREA_SCORE_FLOOR,
  AREA_SCORE_MAX,
  ECOVADIS_THEME_AREAS,
  RBA_SCORE_MAX,
  RBA_SECTION_AREAS,
  SMETA_NON_CONFORMANCE_DEDUCTION,
  SMETA_PILLAR_AREAS,
  SSI_DIMENSION_AREAS,
  SSI_LEVEL_SCORE,
  THIRD_PARTY_VALIDITY_MONTHS,
} from "./scoring-policy";

/** A scheme's own result as its report states it; stored as given, mapped when scoring. */
export type ThirdPartyResult =
  | {
      scheme: ThirdPartyScheme.RBA_VAP;
      /** 0-200. */
      score: number;
      sections: Partial<Record<RbaSection, number>>;
    }
  | {
      scheme: ThirdPartyScheme.AMFORI_BSCI;
      overallGrade: AmforiGrade;
      /** Performance area number (1-13) -> grade. */
      performanceAreas: Partial<Record<number, AmforiGrade>>;
    }
  | {
      scheme: ThirdPartyScheme.ECOVADIS;
      /** 0-100. */
      score: number;
      medal: EcoVadisMedal | null;
      themes: Partial<Record<EcoVadisTheme, number>>;
    }
  | { scheme: ThirdPartyScheme.SSI; levels: Record<SsiDimension, number> }
  | {
      scheme: ThirdPartyScheme.SMETA;
      /** The pillars the audit covered, with its non-conformances by severity. */
      pillars: Partial<Record<SmetaPillar, { critical: number; major: number; minor: number }>>;
    };

export const SCHEME_NAMES: Readonly<Record<ThirdPartyScheme, string>> = {
  [ThirdPartyScheme.SMETA]: "SMETA",
  [ThirdPartyScheme.RBA_VAP]: "RBA VAP",
  [ThirdPartyScheme.AMFORI_BSCI]: "amfori BSCI",
  [ThirdPartyScheme.ECOVADIS]: "EcoVadis",
  [ThirdPartyScheme.SSI]: "SSI",
};

const RBA_SECTION_NAMES: Readonly<Record<RbaSection, string>> = {
  [RbaSection.LABOR]: "Labor",
  [RbaSection.HEALTH_AND_SAFETY]: "Health & Safety",
  [RbaSection.ENVIRONMENT]: "Environment",
  [RbaSection.ETHICS]: "Ethics",
  [RbaSection.MANAGEMENT_SYSTEM]: "Management System",
};

const ECOVADIS_THEME_NAMES: Readonly<Record<EcoVadisTheme, string>> = {
  [EcoVadisTheme.ENVIRONMENT]: "Environment",
  [EcoVadisTheme.LABOR_AND_HUMAN_RIGHTS]: "Labor & Human Rights",
  [EcoVadisTheme.ETHICS]: "Ethics",
  [EcoVadisTheme.SUSTAINABLE_PROCUREMENT]: "Sustainable Procurement",
};

const SSI_DIMENSION_NAMES: Readonly<Record<SsiDimension, string>> = {
  [SsiDimension.GOVERNANCE_AND_BUSINESS_ETHICS]: "Governance and Business Ethics",
  [SsiDimension.ENVIRONMENT]: "Environment",
  [SsiDimension.HUMAN_AND_LABOUR_RIGHTS]: "Human and Labour Rights",
};

const SMETA_PILLAR_NAMES: Readonly<Record<SmetaPillar, string>> = {
  [SmetaPillar.LABOUR_STANDARDS]: "Labour Standards",
  [SmetaPillar.HEALTH_AND_SAFETY]: "Health & Safety",
  [SmetaPillar.ENVIRONMENT]: "Environment",
  [SmetaPillar.BUSINESS_ETHICS]: "Business Ethics",
};

/** One area's score from a scheme's result, 0-100 before the third-party factor. */
export interface MappedAreaScore {
  score: number;
  /** What of the report it comes from, e.g. "EcoVadis Ethics theme 50". */
  basis: string;
}

function put(
  into: Map<EsgArea, MappedAreaScore>,
  areas: readonly EsgArea[],
  value: MappedAreaScore,
): void {
  for (const area of areas) into.set(area, value);
}

function mapRba(result: Extract<ThirdPartyResult, { scheme: ThirdPartyScheme.RBA_VAP }>) {
  const scores = new Map<EsgArea, MappedAreaScore>();
  const half = AREA_SCORE_MAX / RBA_SCORE_MAX;
  const total = {
    score: result.score * half,
    basis: `RBA VAP total ${formatNumber(result.score)}/${RBA_SCORE_MAX}`,
  };
  put(scores, ESG_AREAS, total);
  for (const section of Object.values(RbaSection)) {
    const value = result.sections[section];
    if (value === undefined) continue;
    put(scores, RBA_SECTION_AREAS[section], {
      score: value * half,
      basis: `RBA VAP ${RBA_SECTION_NAMES[section]} section ${formatNumber(value)}/${RBA_SCORE_MAX}`,
    });
  }
  return scores;
}

const AMFORI_ORDER: readonly AmforiGrade[] = Object.values(AmforiGrade);

function mapAmfori(result: Extract<ThirdPartyResult, { scheme: ThirdPartyScheme.AMFORI_BSCI }>) {
  const scores = new Map<EsgArea, MappedAreaScore>();
  put(scores, ESG_AREAS, {
    score: AMFORI_GRADE_SCORE[result.overallGrade],
    basis: `amfori BSCI overall rating ${result.overallGrade}`,
  });
  // Per area the worst graded performance area mapped onto it.
  const worst = new Map<EsgArea, { number: number; grade: AmforiGrade }>();
  for (const [key, grade] of Object.entries(result.performanceAreas)) {
    if (!grade) continue;
    const number = Number(key);
    const { area } = AMFORI_PERFORMANCE_AREAS[number];
    const seen = worst.get(area);
    if (!seen || AMFORI_ORDER.indexOf(grade) > AMFORI_ORDER.indexOf(seen.grade))
      worst.set(area, { number, grade });
  }
  for (const [area, { number, grade }] of worst) {
    scores.set(area, {
      score: AMFORI_GRADE_SCORE[grade],
      basis: `amfori BSCI PA${number} ${AMFORI_PERFORMANCE_AREAS[number].name} rating ${grade}`,
    });
  }
  return scores;
}

function mapEcoVadis(result: Extract<ThirdPartyResult, { scheme: ThirdPartyScheme.ECOVADIS }>) {
  const scores = new Map<EsgArea, MappedAreaScore>();
  put(scores, ESG_AREAS, {
    score: result.score,
    basis: `EcoVadis overall score ${formatNumber(result.score)}`,
  });
  for (const theme of Object.values(EcoVadisTheme)) {
    const value = result.themes[theme];
    if (value === undefined) continue;
    put(scores, ECOVADIS_THEME_AREAS[theme], {
      score: value,
      basis: `EcoVadis ${ECOVADIS_THEME_NAMES[theme]} theme ${formatNumber(value)}`,
    });
  }
  return scores;
}

function mapSsi(result: Extract<ThirdPartyResult, { scheme: ThirdPartyScheme.SSI }>) {
  const scores = new Map<EsgArea, MappedAreaScore>();
  for (const dimension of Object.values(SsiDimension)) {
    const level = result.levels[dimension];
    put(scores, SSI_DIMENSION_AREAS[dimension], {
      score: SSI_LEVEL_SCORE[level],
      basis: `SSI ${SSI_DIMENSION_NAMES[dimension]} level ${level}`,
    });
  }
  return scores;
}

function mapSmeta(result: Extract<ThirdPartyResult, { scheme: ThirdPartyScheme.SMETA }>) {
  const scores = new Map<EsgArea, MappedAreaScore>();
  for (const pillar of Object.values(SmetaPillar)) {
    const counts = result.pillars[pillar];
    if (!counts) continue;
    const deducted =
      counts.critical > 0
        ? AREA_SCORE_FLOOR
        : Math.max(
            AREA_SCORE_FLOOR,
            AREA_SCORE_MAX -
              counts.major * SMETA_NON_CONFORMANCE_DEDUCTION.major -
              counts.minor * SMETA_NON_CONFORMANCE_DEDUCTION.minor,
          );
    const what =
      `${counts.critical} critical, ${counts.major} major, ${counts.minor} minor ` +
      `non-conformances`;
    put(scores, SMETA_PILLAR_AREAS[pillar], {
      score: deducted,
      basis: `SMETA ${SMETA_PILLAR_NAMES[pillar]} pillar ${what}`,
    });
  }
  return scores;
}

/**
 * The nine-area mapping of a scheme's result (issue 19, tables in scoring-policy.ts). An area
 * the result says nothing about is absent, so another source (or none) scores it.
 */
export function thirdPartyAreaScores(result: ThirdPartyResult): Map<EsgArea, MappedAreaScore> {
  switch (result.scheme) {
    case ThirdPartyScheme.RBA_VAP:
      return mapRba(result);
    case ThirdPartyScheme.AMFORI_BSCI:
      return mapAmfori(result);
    case ThirdPartyScheme.ECOVADIS:
      return mapEcoVadis(result);
    case ThirdPartyScheme.SSI:
      return mapSsi(result);
    case ThirdPartyScheme.SMETA:
      return mapSmeta(result);
  }
}

/** Issue 19: a result counts for the scheme's own period from the assessment date. */
export function thirdPartyValidityMonths(result: ThirdPartyResult): number {
  if (result.scheme === ThirdPartyScheme.AMFORI_BSCI)
    return THIRD_PARTY_VALIDITY_MONTHS[ThirdPartyScheme.AMFORI_BSCI][result.overallGrade];
  return THIRD_PARTY_VALIDITY_MONTHS[result.scheme];
}

export function thirdPartyValidUntil(result: ThirdPartyResult, assessedAt: Date): Date {
  return addMonths(assessedAt, thirdPartyValidityMonths(result));
}
