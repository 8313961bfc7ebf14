import { ItemResult, Severity } from "../../shared/domain/audit.enums";
import { ESG_AREAS, EsgArea } from "../../shared/domain/esg-area.enum";
import { Grade, ScoreSource } from "../../shared/domain/procurement.enums";
import { computeAreaScores, resultConformance } from "./conformance";
import { ScoreLine } from "./score-line";
import { SCORING_FORMULA_VERSION } from "./scoring-policy";
import {
  AuditSourceInput,
  computeSupplierScore,
  isScoreExpired,
  OpenFindingInput,
  SaqSourceInput,
  SupplierScoreInput,
} from "./supplier-score";

const NOW = new Date("2026-06-01T12:00:00.000Z");
const { MAJOR, MINOR, OBSERVATION, ZERO_TOLERANCE } = Severity;
const { HEALTH_AND_SAFETY: HS, CHILD_AND_FORCED_LABOUR: CFL, BUSINESS_ETHICS: BE } = EsgArea;

function areaScores(
  score: number,
  overrides: Partial<Record<EsgArea, number | null>> = {},
): Map<EsgArea, number> {
  const map = new Map<EsgArea, number>();
  for (const area of ESG_AREAS) {
    const value = area in overrides ? overrides[area] : score;
    if (value !== null && value !== undefined) map.set(area, value);
  }
  return map;
}

function audit(completedAt: string, scores: Map<EsgArea, number>): AuditSourceInput {
  return { auditId: "audit-1", completedAt: new Date(completedAt), areaScores: scores };
}

function saq(submittedAt: string, scores: Map<EsgArea, number>): SaqSourceInput {
  return { selfAssessmentId: "saq-1", submittedAt: new Date(submittedAt), areaScores: scores };
}

let findingSeq = 0;
function finding(area: EsgArea, severity: Severity): OpenFindingInput {
  findingSeq += 1;
  return { findingId: `finding-${findingSeq}`, area, severity };
}

function score(input: Partial<SupplierScoreInput>) {
  return computeSupplierScore({
    now: NOW,
    latestAudit: null,
    latestSaq: null,
    openFindings: [],
    ...input,
  });
}

const sum = (lines: ScoreLine[]): number => lines.reduce((total, l) => total + l.points, 0);
const areaOf = (result: ReturnType<typeof score>, area: EsgArea) =>
  result.areas.find((a) => a.area === area);

const RECENT_AUDIT = "2026-03-01T00:00:00.000Z";
const RECENT_SAQ = "2026-02-01T00:00:00.000Z";

describe("computeSupplierScore: overall and grade", () => {
  it("scores an all-compliant audit 100, grade A", () => {
    const items = ESG_AREAS.flatMap((area) => [
      { area, weight: 3, value: resultConformance(ItemResult.CONFORMS) },
      { area, weight: 1, value: resultConformance(ItemResult.NOT_APPLICABLE) },
    ]);
    const fromItems = new Map(
      [...computeAreaScores(items)].map(([area, agg]) => [area, agg.score] as const),
    );
    const result = score({ latestAudit: audit(RECENT_AUDIT, fromItems) });
    expect(result.overall).toBe(100);
    expect(result.grade).toBe(Grade.A);
    expect(result.gradeCapReasons).toEqual([]);
    expect(result.areas).toHaveLength(9);
    expect(result.areas.map((a) => a.area)).toEqual([...ESG_AREAS]);
    expect(result.areas.every((a) => a.source === ScoreSource.AUDIT && a.score === 100)).toBe(true);
    expect(result.formulaVersion).toBe(SCORING_FORMULA_VERSION);
  });

  it.each([
    [100, Grade.A],
    [85, Grade.A],
    [84.99, Grade.B],
    [70, Grade.B],
    [69.99, Grade.C],
    [55, Grade.C],
    [54.99, Grade.D],
    [40, Grade.D],
    [39.99, Grade.E],
    [0, Grade.E],
  ])("all areas %p -> overall %p, grade %s", (value, grade) => {
    const result = score({ latestAudit: audit(RECENT_AUDIT, areaScores(value)) });
    expect(result.overall).toBe(value);
    expect(result.grade).toBe(grade);
  });

  it.each([
    // (2 x 100 + 1.5 x 80 + 7 x 70) / 10.5 = 810 / 10.5 = 77.142857...
    [{ [CFL]: 100, [HS]: 80 }, 70, 77.14, Grade.B],
    // (2 x 40 + 1.5 x 90 + 7 x 90) / 10.5 = 845 / 10.5 = 80.476...
    [{ [CFL]: 40, [HS]: 90 }, 90, 80.48, Grade.B],
    // (2 x 100 + 1.5 x 100 + 7 x 82.86) / 10.5 = 930.02 / 10.5 = 88.573...
    [{ [CFL]: 100, [HS]: 100 }, 82.86, 88.57, Grade.A],
    // (2 x 0 + 1.5 x 50 + 7 x 100) / 10.5 = 775 / 10.5 = 73.8095...
    [{ [CFL]: 0, [HS]: 50 }, 100, 73.81, Grade.B],
  ])("weights the areas: %j, others %p -> %p %s", (overrides, others, overall, grade) => {
    const result = score({ latestAudit: audit(RECENT_AUDIT, areaScores(others, overrides)) });
    expect(result.overall).toBe(overall);
    expect(result.grade).toBe(grade);
  });

  it("grades from the rounded overall: 84.995 rounds to 85.00, grade A", () => {
    const result = score({ latestAudit: audit(RECENT_AUDIT, areaScores(84.995)) });
    expect(result.overall).toBe(85);
    expect(result.grade).toBe(Grade.A);
  });
});

describe("computeSupplierScore: deductions", () => {
  it.each([
    // base, open severities in the area, final, deduction
    [90, [MAJOR], 75, 15],
    [90, [MINOR], 85, 5],
    [90, [MAJOR, MINOR], 70, 20],
    [90, [MAJOR, MAJOR, MINOR, MINOR], 50, 40],
    [90, [OBSERVATION, OBSERVATION], 90, 0],
    [20, [MAJOR, MAJOR], 0, 20], // floor 0
    [3, [MINOR], 0, 3], // floor 0
    [100, [ZERO_TOLERANCE], 0, 100],
    [100, [MINOR, ZERO_TOLERANCE], 0, 100],
  ])("H&S base %p with %j -> %p (deduction %p)", (base, severities, final, deduction) => {
    const result = score({
      latestAudit: audit(RECENT_AUDIT, areaScores(100, { [HS]: base })),
      openFindings: severities.map((s) => finding(HS, s)),
    });
    const hs = areaOf(result, HS);
    expect(hs).toEqual({
      area: HS,
      score: final,
      source: ScoreSource.AUDIT,
      sourceId: "audit-1",
      baseScore: base,
      deduction,
    });
    // Every other area is untouched by findings in H&S.
    expect(result.areas.filter((a) => a.area !== HS).every((a) => a.score === 100)).toBe(true);
    expect(result.overall).toBe(Math.round(((9 * 100 + 1.5 * final) / 10.5) * 100) / 100);
    expect(Math.abs(sum(result.explanation) - result.overall)).toBeLessThanOrEqual(0.01);
  });

  it("hand-computed: H&S 90 with one MAJOR and one MINOR, others 100 -> 95.71, A", () => {
    // (9 x 100 + 1.5 x 70) / 10.5 = 1005 / 10.5 = 95.714...
    const result = score({
      latestAudit: audit(RECENT_AUDIT, areaScores(100, { [HS]: 90 })),
      openFindings: [finding(HS, MAJOR), finding(HS, MINOR)],
    });
    expect(result.overall).toBe(95.71);
    expect(result.grade).toBe(Grade.A);
  });

  it("does not deduct from areas sourced from a self-assessment", () => {
    const result = score({
      latestAudit: audit(RECENT_AUDIT, areaScores(100, { [BE]: null })),
      latestSaq: saq(RECENT_SAQ, areaScores(100)),
      openFindings: [finding(BE, MAJOR)],
    });
    expect(areaOf(result, BE)).toMatchObject({
      source: ScoreSource.SELF_ASSESSMENT,
      score: 70,
      deduction: 0,
    });
  });
});

describe("computeSupplierScore: grade caps", () => {
  it("an open zero-tolerance finding makes the grade E, even in a SAQ-sourced area", () => {
    const result = score({
      latestAudit: audit(RECENT_AUDIT, areaScores(100, { [BE]: null })),
      latestSaq: saq(RECENT_SAQ, areaScores(100)),
      openFindings: [finding(BE, ZERO_TOLERANCE)],
    });
    // BE from SAQ: 70; (9.5 x 100 + 70) / 10.5 = 97.14 would be A.
    expect(result.overall).toBe(97.14);
    expect(areaOf(result, BE)?.score).toBe(70);
    expect(result.grade).toBe(Grade.E);
    expect(result.gradeCapReasons).toEqual(["1 open zero-tolerance finding: grade E"]);
  });

  it("an open zero-tolerance finding in an audited area zeroes it and makes the grade E", () => {
    const result = score({
      latestAudit: audit(RECENT_AUDIT, areaScores(100)),
      openFindings: [finding(CFL, ZERO_TOLERANCE), finding(CFL, ZERO_TOLERANCE)],
    });
    // (10.5 - 2) x 100 / 10.5 = 80.95
    expect(result.overall).toBe(80.95);
    expect(result.grade).toBe(Grade.E);
    expect(result.gradeCapReasons).toEqual(["2 open zero-tolerance findings: grade E"]);
  });

  it("an area without a source caps the grade at C", () => {
    const result = score({ latestAudit: audit(RECENT_AUDIT, areaScores(100, { [BE]: null })) });
    // 9.5 x 100 / 10.5 = 90.48 would be A.
    expect(result.overall).toBe(90.48);
    expect(areaOf(result, BE)).toEqual({
      area: BE,
      score: 0,
      source: ScoreSource.NONE,
      sourceId: null,
      baseScore: null,
      deduction: 0,
    });
    expect(result.grade).toBe(Grade.C);
    expect(result.gradeCapReasons).toEqual([
      "No valid audit, third-party assessment or self-assessment for 1 area (Business ethics): grade at best C",
    ]);
  });

  it.each([
    [100, Grade.C, 1],
    [70, Grade.C, 0], // 9.5 x 70 / 10.5 = 63.33 -> C already: the cap does not bind
    [50, Grade.D, 0],
  ])("NONE cap with other areas %p -> %s (%i reasons)", (others, grade, reasonCount) => {
    const result = score({ latestAudit: audit(RECENT_AUDIT, areaScores(others, { [BE]: null })) });
    expect(result.grade).toBe(grade);
    expect(result.gradeCapReasons).toHaveLength(reasonCount);
  });

  it("lists both caps when both bind", () => {
    const result = score({
      latestAudit: audit(RECENT_AUDIT, areaScores(100, { [BE]: null })),
      openFindings: [finding(HS, ZERO_TOLERANCE)],
    });
    expect(result.grade).toBe(Grade.E);
    expect(result.gradeCapReasons).toHaveLength(2);
  });
});

describe("computeSupplierScore: sources and validity", () => {
  it("discounts a self-assessment to 70 %", () => {
    const result = score({ latestSaq: saq(RECENT_SAQ, areaScores(100)) });
    expect(result.overall).toBe(70);
    expect(result.grade).toBe(Grade.B);
    expect(result.areas.every((a) => a.source === ScoreSource.SELF_ASSESSMENT)).toBe(true);
    expect(result.areas.every((a) => a.baseScore === 100 && a.score === 70)).toBe(true);
    expect(result.validUntil?.toISOString()).toBe("2027-02-01T00:00:00.000Z");
  });

  it("SAQ of 80 everywhere -> 56, grade C", () => {
    const result = score({ latestSaq: saq(RECENT_SAQ, areaScores(80)) });
    expect(result.overall).toBe(56);
    expect(result.grade).toBe(Grade.C);
  });

  it.each([
    // completedAt, expected source of every area
    ["2024-06-01T12:00:01.000Z", ScoreSource.AUDIT], // 1 s short of 24 months
    ["2024-06-01T12:00:00.000Z", ScoreSource.SELF_ASSESSMENT], // exactly 24 months: too old
    ["2023-01-01T00:00:00.000Z", ScoreSource.SELF_ASSESSMENT],
  ])("audit completed %s -> %s", (completedAt, source) => {
    const result = score({
      latestAudit: audit(completedAt, areaScores(90)),
      latestSaq: saq(RECENT_SAQ, areaScores(100)),
    });
    expect(result.areas.every((a) => a.source === source)).toBe(true);
    expect(result.overall).toBe(source === ScoreSource.AUDIT ? 90 : 70);
  });

  it.each([
    ["2025-06-01T12:00:01.000Z", ScoreSource.SELF_ASSESSMENT],
    ["2025-06-01T12:00:00.000Z", ScoreSource.NONE], // exactly 12 months: too old
    ["2024-12-01T00:00:00.000Z", ScoreSource.NONE],
  ])("SAQ submitted %s -> %s", (submittedAt, source) => {
    const result = score({ latestSaq: saq(submittedAt, areaScores(100)) });
    expect(result.areas.every((a) => a.source === source)).toBe(true);
  });

  it("without any valid source every area is NONE: 0, grade E, no validity", () => {
    const result = score({
      latestAudit: audit("2020-01-01T00:00:00.000Z", areaScores(100)),
      latestSaq: saq("2020-01-01T00:00:00.000Z", areaScores(100)),
    });
    expect(result.overall).toBe(0);
    expect(result.grade).toBe(Grade.E);
    expect(result.validUntil).toBeNull();
    expect(result.areas.every((a) => a.source === ScoreSource.NONE)).toBe(true);
    expect(result.explanation).toHaveLength(9);
    expect(sum(result.explanation)).toBe(0);
  });

  it("mixes sources per area: audit where it has a score, SAQ for the rest", () => {
    const result = score({
      latestAudit: audit("2025-06-15T00:00:00.000Z", areaScores(90, { [BE]: null })),
      latestSaq: saq("2026-01-15T00:00:00.000Z", areaScores(50, { [BE]: 80 })),
    });
    expect(areaOf(result, BE)).toMatchObject({ source: ScoreSource.SELF_ASSESSMENT, score: 56 });
    expect(areaOf(result, HS)).toMatchObject({ source: ScoreSource.AUDIT, score: 90 });
    // (9.5 x 90 + 56) / 10.5 = 911 / 10.5 = 86.76
    expect(result.overall).toBe(86.76);
    // SAQ expires first (2027-01-15) before the audit (2027-06-15).
    expect(result.validUntil?.toISOString()).toBe("2027-01-15T00:00:00.000Z");
  });

  it("ignores an unused SAQ for validity", () => {
    const result = score({
      latestAudit: audit("2025-06-15T00:00:00.000Z", areaScores(90)),
      latestSaq: saq("2026-01-15T00:00:00.000Z", areaScores(50)),
    });
    expect(result.validUntil?.toISOString()).toBe("2027-06-15T00:00:00.000Z");
  });

  it("SAQ submitted on 29 Feb expires on 28 Feb next year", () => {
    const result = computeSupplierScore({
      now: new Date("2024-06-01T00:00:00.000Z"),
      latestAudit: null,
      latestSaq: saq("2024-02-29T08:00:00.000Z", areaScores(100)),
      openFindings: [],
    });
    expect(result.validUntil?.toISOString()).toBe("2025-02-28T08:00:00.000Z");
  });

  it.each([
    [null, "2030-01-01T00:00:00.000Z", false],
    ["2027-01-15T00:00:00.000Z", "2027-01-14T23:59:59.999Z", false],
    ["2027-01-15T00:00:00.000Z", "2027-01-15T00:00:00.000Z", true],
    ["2027-01-15T00:00:00.000Z", "2028-01-01T00:00:00.000Z", true],
  ])("isScoreExpired(%p, %s) -> %p", (validUntil, now, expected) => {
    expect(isScoreExpired(validUntil === null ? null : new Date(validUntil), new Date(now))).toBe(
      expected,
    );
  });

  it.each([
    ["audit", { latestAudit: audit(RECENT_AUDIT, areaScores(100, { [HS]: 120 })) }],
    ["SAQ", { latestSaq: saq(RECENT_SAQ, areaScores(-1)) }],
  ])("rejects an out-of-range %s area score", (_name, input) => {
    expect(() => score(input)).toThrow(RangeError);
  });
});

describe("computeSupplierScore: explanation", () => {
  it("explains a mixed score line by line", () => {
    const result = score({
      latestAudit: audit(RECENT_AUDIT, areaScores(100, { [HS]: 90, [BE]: null, [CFL]: null })),
      latestSaq: saq(RECENT_SAQ, areaScores(100, { [CFL]: null })),
      openFindings: [finding(HS, MAJOR), finding(HS, MINOR), finding(HS, MINOR)],
    });
    const labels = result.explanation.map((l) => l.label);
    expect(labels).toContain(
      "Health and safety: audit 2026-03-01 conformance 90 x weight 1.5/10.5",
    );
    expect(labels).toContain("Health and safety: 1 open major finding -15 each x weight 1.5/10.5");
    expect(labels).toContain("Health and safety: 2 open minor findings -5 each x weight 1.5/10.5");
    expect(labels).toContain(
      "Business ethics: self-assessment 2026-02-01 conformance 100 x weight 1/10.5",
    );
    expect(labels).toContain("Business ethics: self-declared, counted at 70 % x weight 1/10.5");
    expect(labels).toContain(
      "Child and forced labour: no audit within 24 months, valid third-party assessment or" +
        " self-assessment within 12 months, counts 0 x weight 2/10.5",
    );
    const hsBase = result.explanation.find((l) => l.label.startsWith("Health and safety: audit"));
    expect(hsBase?.points).toBe(12.8571); // 90 x 1.5 / 10.5
    const discount = result.explanation.find((l) =>
      l.label.startsWith("Business ethics: self-declared"),
    );
    expect(discount?.points).toBe(-2.8571); // -30 x 1 / 10.5
    // (6 x 100 + 1.5 x 65 + 1 x 70 + 2 x 0) / 10.5 = 767.5 / 10.5 = 73.095...
    expect(result.overall).toBe(73.1);
    expect(result.grade).toBe(Grade.C);
    expect(Math.abs(sum(result.explanation) - result.overall)).toBeLessThanOrEqual(0.01);
  });

  it("shows the floor as its own line", () => {
    const result = score({
      latestAudit: audit(RECENT_AUDIT, areaScores(100, { [HS]: 20 })),
      openFindings: [finding(HS, MAJOR), finding(HS, MAJOR)],
    });
    const floor = result.explanation.find((l) => l.label.includes("floor"));
    expect(floor?.points).toBe(1.4286); // +10 x 1.5 / 10.5
  });

  // A small deterministic generator, so a failure can be reproduced from its seed.
  function mulberry32(seed: number): () => number {
    let a = seed;
    return () => {
      a = (a + 0x6d2b79f5) | 0;
      let t = Math.imul(a ^ (a >>> 15), 1 | a);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }

  function randomInput(random: () => number): SupplierScoreInput {
    const randomScores = (): Map<EsgArea, number> => {
      const map = new Map<EsgArea, number>();
      for (const area of ESG_AREAS) {
        if (random() < 0.8) map.set(area, Math.round(random() * 100 * 1e6) / 1e6);
      }
      return map;
    };
    const daysAgo = (maxDays: number): Date => new Date(NOW.getTime() - random() * maxDays * 864e5);
    const severities = [ZERO_TOLERANCE, MAJOR, MINOR, OBSERVATION];
    const findingCount = Math.floor(random() * 8);
    return {
      now: NOW,
      latestAudit:
        random() < 0.8
          ? { auditId: "a", completedAt: daysAgo(1000), areaScores: randomScores() }
          : null,
      latestSaq:
        random() < 0.8
          ? { selfAssessmentId: "s", submittedAt: daysAgo(500), areaScores: randomScores() }
          : null,
      openFindings: Array.from({ length: findingCount }, (_, i) => ({
        findingId: `f${i}`,
        area: ESG_AREAS[Math.floor(random() * ESG_AREAS.length)],
        // Zero tolerance is rarer in practice; keep most inputs about the deduction maths.
        severity: severities[random() < 0.1 ? 0 : 1 + Math.floor(random() * 3)],
      })),
    };
  }

  it.each(Array.from({ length: 200 }, (_, i) => [i + 1]))(
    "random input (seed %i): explanation adds up to overall within 0.01",
    (seed) => {
      const result = computeSupplierScore(randomInput(mulberry32(seed)));
      expect(Math.abs(sum(result.explanation) - result.overall)).toBeLessThanOrEqual(0.01);
      // The per-area rows agree with the overall too (they are rounded to 2 decimals).
      const fromAreas =
        result.areas.reduce((total, a) => {
          const weight = a.area === CFL ? 2 : a.area === HS ? 1.5 : 1;
          return total + a.score * weight;
        }, 0) / 10.5;
      expect(Math.abs(fromAreas - result.overall)).toBeLessThanOrEqual(0.01);
      expect(result.areas.every((a) => a.score >= 0 && a.score <= 100)).toBe(true);
    },
  );
});
