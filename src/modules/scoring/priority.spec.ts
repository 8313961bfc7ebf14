import { ProcurementStatus } from "../../shared/domain/procurement.enums";
import { Traceability } from "../../shared/domain/sustainability.enums";
import { computePriority, PriorityInput } from "./priority";
import { ScoreLine } from "./score-line";

const { APPROVED, CONDITIONAL, SUSPENDED } = ProcurementStatus;

const base: PriorityInput = {
  esgScore: 80,
  sustainability: {
    renewableElectricityShare: 50,
    thirdPartyVerifiedMaterialShare: 40,
    recycledContentShare: 10,
    traceability: Traceability.TIER1,
  },
  status: APPROVED,
  overdueFindingCount: 0,
  adjustments: [],
};

const sum = (lines: ScoreLine[]): number => lines.reduce((total, l) => total + l.points, 0);
const adjustment = (delta: number, reason = "Strategic second source for wafers") => ({
  id: `adj-${delta}`,
  delta,
  reason,
});

describe("computePriority", () => {
  // Base: material = 0.3 x 50 + 0.3 x 40 + 0.2 x 10 + 0.2 x 50 = 15 + 12 + 2 + 10 = 39;
  // priority = 0.6 x 80 + 0.4 x 39 = 48 + 15.6 = 63.6.
  it.each<[string, Partial<PriorityInput>, number, number]>([
    ["base example", {}, 63.6, 39],
    ["conditional -10", { status: CONDITIONAL }, 53.6, 39],
    ["suspended has no rule adjustment", { status: SUSPENDED }, 63.6, 39],
    ["1 overdue finding -5", { overdueFindingCount: 1 }, 58.6, 39],
    ["3 overdue findings -15", { overdueFindingCount: 3 }, 48.6, 39],
    ["4 overdue findings -20", { overdueFindingCount: 4 }, 43.6, 39],
    ["6 overdue findings capped at -20", { overdueFindingCount: 6 }, 43.6, 39],
    [
      "conditional with 10 overdue: -10 - 20",
      { status: CONDITIONAL, overdueFindingCount: 10 },
      33.6,
      39,
    ],
    [
      "manual adjustments add up",
      { adjustments: [adjustment(12.5), adjustment(-4)] },
      72.1, // 63.6 + 12.5 - 4
      39,
    ],
    [
      // 0.6 x 72.35 = 43.41; material = 9.99 + 3.75 + 1.54 + 20 = 35.28; 0.4 x 35.28 = 14.112
      "decimals",
      {
        esgScore: 72.35,
        sustainability: {
          renewableElectricityShare: 33.3,
          thirdPartyVerifiedMaterialShare: 12.5,
          recycledContentShare: 7.7,
          traceability: Traceability.TO_ORIGIN,
        },
      },
      57.52, // 57.522
      35.28,
    ],
    [
      // 0.6 x 100 + 0.4 x 100 = 100, + 30 -> 130, clamped to 100
      "clamped high",
      {
        esgScore: 100,
        sustainability: {
          renewableElectricityShare: 100,
          thirdPartyVerifiedMaterialShare: 100,
          recycledContentShare: 100,
          traceability: Traceability.TO_ORIGIN,
        },
        adjustments: [adjustment(30)],
      },
      100,
      100,
    ],
    [
      // 0.6 x 10 + 0 - 10 - 20 - 30 = -54, clamped to 0
      "clamped low",
      {
        esgScore: 10,
        sustainability: {
          renewableElectricityShare: 0,
          thirdPartyVerifiedMaterialShare: 0,
          recycledContentShare: 0,
          traceability: Traceability.NONE,
        },
        status: CONDITIONAL,
        overdueFindingCount: 5,
        adjustments: [adjustment(-30)],
      },
      0,
      0,
    ],
  ])("%s -> %p (material %p)", (_name, overrides, priorityScore, materialScore) => {
    const result = computePriority({ ...base, ...overrides });
    expect(result.priorityScore).toBe(priorityScore);
    expect(result.materialScore).toBe(materialScore);
    expect(Math.abs(sum(result.explanation) - result.priorityScore)).toBeLessThanOrEqual(0.01);
  });

  it("explains every component", () => {
    const result = computePriority({
      ...base,
      status: CONDITIONAL,
      overdueFindingCount: 6,
      adjustments: [adjustment(5, "Only certified polysilicon source in region")],
    });
    expect(result.explanation).toEqual([
      { label: "ESG score 80 x 0.6", points: 48 },
      { label: "Renewable electricity 50 % x 0.3 x 0.4", points: 6 },
      { label: "Third-party verified material 40 % x 0.3 x 0.4", points: 4.8 },
      { label: "Recycled content 10 % x 0.2 x 0.4", points: 0.8 },
      { label: "Traceability tier 1 (50 points) x 0.2 x 0.4", points: 4 },
      { label: "Conditional procurement status", points: -10 },
      { label: "6 overdue findings -5 each, at most -20", points: -20 },
      { label: "Manual adjustment: Only certified polysilicon source in region", points: 5 },
    ]);
    expect(result.priorityScore).toBe(38.6);
  });

  const perfect = {
    renewableElectricityShare: 100,
    thirdPartyVerifiedMaterialShare: 100,
    recycledContentShare: 100,
    traceability: Traceability.TO_ORIGIN,
  };
  const nothing = {
    renewableElectricityShare: 0,
    thirdPartyVerifiedMaterialShare: 0,
    recycledContentShare: 0,
    traceability: Traceability.NONE,
  };

  it.each<[string, Partial<PriorityInput>, number, number | null]>([
    // 100 + 30 = 130 -> 100
    [
      "above 100",
      { esgScore: 100, sustainability: perfect, adjustments: [adjustment(30)] },
      100,
      -30,
    ],
    // 100 - 90 = 10: inside the range, no clamp line
    [
      "inside the range",
      {
        esgScore: 100,
        sustainability: perfect,
        adjustments: [adjustment(-30), adjustment(-30), adjustment(-30)],
      },
      10,
      null,
    ],
    // 0 - 10 - 5 = -15 -> 0
    [
      "below 0",
      { esgScore: 0, sustainability: nothing, status: CONDITIONAL, overdueFindingCount: 1 },
      0,
      15,
    ],
  ])("clamping %s -> %p, clamp line %p", (_name, overrides, priorityScore, clampPoints) => {
    const result = computePriority({ ...base, ...overrides });
    expect(result.priorityScore).toBe(priorityScore);
    const clampLines = result.explanation.filter((l) => l.label === "Clamped to 0-100");
    expect(clampLines).toEqual(
      clampPoints === null ? [] : [{ label: "Clamped to 0-100", points: clampPoints }],
    );
    expect(Math.abs(sum(result.explanation) - result.priorityScore)).toBeLessThanOrEqual(0.01);
  });

  it("adds no clamp line when the score is exactly 100", () => {
    const result = computePriority({
      ...base,
      esgScore: 100,
      sustainability: perfect,
    });
    expect(result.priorityScore).toBe(100);
    expect(result.explanation.some((l) => l.label.startsWith("Clamped"))).toBe(false);
  });

  it.each(Array.from({ length: 100 }, (_, i) => [i]))(
    "random input %i: lines add up to the priority score within 0.01",
    (i) => {
      // Deterministic spread of inputs without a generator: primes walk the ranges.
      const pick = (prime: number, max: number) => ((i * prime) % 1000) * (max / 999);
      const result = computePriority({
        esgScore: Math.round(pick(37, 100) * 100) / 100,
        sustainability: {
          renewableElectricityShare: pick(53, 100),
          thirdPartyVerifiedMaterialShare: pick(71, 100),
          recycledContentShare: pick(97, 100),
          traceability: [Traceability.NONE, Traceability.TIER1, Traceability.TO_ORIGIN][i % 3],
        },
        status: i % 4 === 0 ? CONDITIONAL : APPROVED,
        overdueFindingCount: i % 7,
        adjustments: Array.from({ length: i % 4 }, (_, k) =>
          adjustment(Math.round((pick(13 + k, 60) - 30) * 10) / 10),
        ),
      });
      expect(result.priorityScore).toBeGreaterThanOrEqual(0);
      expect(result.priorityScore).toBeLessThanOrEqual(100);
      expect(Math.abs(sum(result.explanation) - result.priorityScore)).toBeLessThanOrEqual(0.01);
    },
  );
});
