import { ESG_AREAS, EsgArea } from "../../shared/domain/esg-area.enum";
import { Grade, ScoreSource } from "../../shared/domain/procurement.enums";
import {
  AmforiGrade,
  EcoVadisMedal,
  EcoVadisTheme,
  RbaSection,
  SmetaPillar,
  SsiDimension,
  ThirdPartyScheme,
} from "../../shared/domain/third-party.enums";
import { computeSupplierScore, type ThirdPartySourceInput } from "./supplier-score";
import {
  thirdPartyAreaScores,
  thirdPartyValidUntil,
  type ThirdPartyResult,
} from "./third-party-scores";

const NOW = new Date("2026-06-01T12:00:00.000Z");
const LABOUR = [
  EsgArea.CHILD_AND_FORCED_LABOUR,
  EsgArea.NON_DISCRIMINATION,
  EsgArea.WAGES_AND_BENEFITS,
  EsgArea.WORKING_HOURS,
  EsgArea.FREEDOM_OF_ASSOCIATION,
];

const scoresOf = (result: ThirdPartyResult) =>
  Object.fromEntries([...thirdPartyAreaScores(result)].map(([area, m]) => [area, m.score]));

function source(result: ThirdPartyResult, assessedAt: string, id = "tp-1"): ThirdPartySourceInput {
  const at = new Date(assessedAt);
  return {
    assessmentId: id,
    scheme: result.scheme,
    assessedAt: at,
    validUntil: thirdPartyValidUntil(result, at),
    areaScores: thirdPartyAreaScores(result),
  };
}

const ECOVADIS: ThirdPartyResult = {
  scheme: ThirdPartyScheme.ECOVADIS,
  score: 62,
  medal: EcoVadisMedal.SILVER,
  themes: {
    [EcoVadisTheme.ENVIRONMENT]: 70,
    [EcoVadisTheme.LABOR_AND_HUMAN_RIGHTS]: 60,
    [EcoVadisTheme.ETHICS]: 50,
    [EcoVadisTheme.SUSTAINABLE_PROCUREMENT]: 40,
  },
};

describe("third-party mapping onto the nine areas", () => {
  it("EcoVadis: themes onto their areas, the overall score for the management system", () => {
    const scores = scoresOf(ECOVADIS);
    expect(scores[EsgArea.MANAGEMENT_SYSTEM]).toBe(62);
    expect(scores[EsgArea.ENVIRONMENT]).toBe(70);
    expect(scores[EsgArea.BUSINESS_ETHICS]).toBe(50);
    for (const area of [...LABOUR, EsgArea.HEALTH_AND_SAFETY]) expect(scores[area]).toBe(60);
    // Without themes every area takes the overall score.
    const overallOnly = scoresOf({ ...ECOVADIS, themes: {} });
    expect(Object.values(overallOnly)).toEqual(ESG_AREAS.map(() => 62));
  });

  it("RBA VAP: sections halved onto their areas, the total for the rest", () => {
    const scores = scoresOf({
      scheme: ThirdPartyScheme.RBA_VAP,
      score: 170,
      sections: { [RbaSection.HEALTH_AND_SAFETY]: 150, [RbaSection.LABOR]: 190 },
    });
    expect(scores[EsgArea.HEALTH_AND_SAFETY]).toBe(75);
    for (const area of LABOUR) expect(scores[area]).toBe(95);
    expect(scores[EsgArea.ENVIRONMENT]).toBe(85);
    expect(scores[EsgArea.MANAGEMENT_SYSTEM]).toBe(85);
  });

  it("amfori BSCI: the worst performance area per area, the overall rating elsewhere", () => {
    const scores = scoresOf({
      scheme: ThirdPartyScheme.AMFORI_BSCI,
      overallGrade: AmforiGrade.B,
      performanceAreas: { 8: AmforiGrade.A, 11: AmforiGrade.D, 12: AmforiGrade.A },
    });
    expect(scores[EsgArea.CHILD_AND_FORCED_LABOUR]).toBe(50); // PA11 D beats PA8 A
    expect(scores[EsgArea.ENVIRONMENT]).toBe(100);
    expect(scores[EsgArea.WORKING_HOURS]).toBe(85);
  });

  it("SSI: a level per dimension", () => {
    const scores = scoresOf({
      scheme: ThirdPartyScheme.SSI,
      levels: {
        [SsiDimension.GOVERNANCE_AND_BUSINESS_ETHICS]: 3,
        [SsiDimension.ENVIRONMENT]: 1,
        [SsiDimension.HUMAN_AND_LABOUR_RIGHTS]: 2,
      },
    });
    expect(scores[EsgArea.MANAGEMENT_SYSTEM]).toBe(100);
    expect(scores[EsgArea.BUSINESS_ETHICS]).toBe(100);
    expect(scores[EsgArea.ENVIRONMENT]).toBe(60);
    expect(scores[EsgArea.HEALTH_AND_SAFETY]).toBe(80);
  });

  it("SMETA: deductions per pillar, a critical one zeroes it, unaudited pillars score nothing", () => {
    const scores = scoresOf({
      scheme: ThirdPartyScheme.SMETA,
      pillars: {
        [SmetaPillar.LABOUR_STANDARDS]: { critical: 0, major: 2, minor: 3 },
        [SmetaPillar.HEALTH_AND_SAFETY]: { critical: 1, major: 0, minor: 0 },
      },
    });
    expect(scores[EsgArea.WORKING_HOURS]).toBe(55); // 100 - 2 x 15 - 3 x 5
    expect(scores[EsgArea.MANAGEMENT_SYSTEM]).toBe(55);
    expect(scores[EsgArea.HEALTH_AND_SAFETY]).toBe(0);
    expect(EsgArea.ENVIRONMENT in scores).toBe(false);
    expect(EsgArea.BUSINESS_ETHICS in scores).toBe(false);
  });

  it.each([
    [{ scheme: ThirdPartyScheme.RBA_VAP, score: 180, sections: {} }, "2028-03-01"],
    [
      { scheme: ThirdPartyScheme.AMFORI_BSCI, overallGrade: AmforiGrade.B, performanceAreas: {} },
      "2028-03-01",
    ],
    [
      { scheme: ThirdPartyScheme.AMFORI_BSCI, overallGrade: AmforiGrade.C, performanceAreas: {} },
      "2027-03-01",
    ],
    [ECOVADIS, "2027-03-01"],
    [
      {
        scheme: ThirdPartyScheme.SSI,
        levels: {
          [SsiDimension.GOVERNANCE_AND_BUSINESS_ETHICS]: 1,
          [SsiDimension.ENVIRONMENT]: 1,
          [SsiDimension.HUMAN_AND_LABOUR_RIGHTS]: 1,
        },
      },
      "2029-03-01",
    ],
    [{ scheme: ThirdPartyScheme.SMETA, pillars: {} }, "2027-03-01"],
  ] as Array<[ThirdPartyResult, string]>)("%o is valid until %s", (result, until) => {
    const validUntil = thirdPartyValidUntil(result, new Date("2026-03-01T00:00:00.000Z"));
    expect(validUntil.toISOString().slice(0, 10)).toBe(until);
  });
});

describe("third-party results as a score source", () => {
  it("counts at 85 %, explained line by line, and sets the score's validity", () => {
    const result = computeSupplierScore({
      now: NOW,
      latestAudit: null,
      latestSaq: null,
      thirdParty: [source(ECOVADIS, "2026-03-01T00:00:00.000Z")],
      openFindings: [],
    });
    const ethics = result.areas.find((a) => a.area === EsgArea.BUSINESS_ETHICS)!;
    expect(ethics).toMatchObject({ source: ScoreSource.THIRD_PARTY, baseScore: 50, score: 42.5 });
    expect(result.areas.every((a) => a.source === ScoreSource.THIRD_PARTY)).toBe(true);
    // (1 x 62 + 7.5 x 60 + 1 x 70 + 1 x 50) x 0.85 / 10.5 = 632 x 0.85 / 10.5 = 51.16
    expect(result.overall).toBe(51.16);
    expect(result.grade).toBe(Grade.D);
    expect(result.validUntil?.toISOString()).toBe("2027-03-01T00:00:00.000Z");
    const labels = result.explanation.map((l) => l.label);
    expect(labels).toContain(
      "Business ethics: EcoVadis 2026-03-01: EcoVadis Ethics theme 50, counts 50 x weight 1/10.5",
    );
    expect(labels).toContain(
      "Business ethics: third-party assessment, counted at 85 % x weight 1/10.5",
    );
    const total = result.explanation.reduce((sum, l) => sum + l.points, 0);
    expect(Math.abs(total - result.overall)).toBeLessThanOrEqual(0.01);
  });

  it("ranks above a self-assessment and below an own audit, per area", () => {
    const smeta = source(
      {
        scheme: ThirdPartyScheme.SMETA,
        pillars: { [SmetaPillar.HEALTH_AND_SAFETY]: { critical: 0, major: 0, minor: 0 } },
      },
      "2026-02-01T00:00:00.000Z",
    );
    const result = computeSupplierScore({
      now: NOW,
      latestAudit: {
        auditId: "audit-1",
        completedAt: new Date("2026-04-01T00:00:00.000Z"),
        areaScores: new Map([[EsgArea.ENVIRONMENT, 90]]),
      },
      latestSaq: {
        selfAssessmentId: "saq-1",
        submittedAt: new Date("2026-05-01T00:00:00.000Z"),
        areaScores: new Map(ESG_AREAS.map((a) => [a, 100])),
      },
      thirdParty: [smeta],
      openFindings: [],
    });
    const sourceOf = (area: EsgArea) => result.areas.find((a) => a.area === area)!.source;
    expect(sourceOf(EsgArea.ENVIRONMENT)).toBe(ScoreSource.AUDIT);
    expect(sourceOf(EsgArea.HEALTH_AND_SAFETY)).toBe(ScoreSource.THIRD_PARTY);
    expect(sourceOf(EsgArea.WORKING_HOURS)).toBe(ScoreSource.SELF_ASSESSMENT);
  });

  it("stops counting when the scheme's period has passed; the latest valid one wins", () => {
    const old = source(ECOVADIS, "2025-05-01T00:00:00.000Z", "tp-old"); // expired 2026-05-01
    const input = {
      now: NOW,
      latestAudit: null,
      latestSaq: null,
      openFindings: [],
    };
    expect(computeSupplierScore({ ...input, thirdParty: [old] }).areas[0].source).toBe(
      ScoreSource.NONE,
    );
    const rba = source(
      { scheme: ThirdPartyScheme.RBA_VAP, score: 200, sections: {} },
      "2025-01-01T00:00:00.000Z",
      "tp-rba",
    );
    const newer = source(ECOVADIS, "2026-01-01T00:00:00.000Z", "tp-new");
    const both = computeSupplierScore({ ...input, thirdParty: [rba, newer] });
    expect(both.areas.every((a) => a.sourceId === "tp-new")).toBe(true);
  });
});
