import { ItemResult } from "../../shared/domain/audit.enums";
import { AnswerType, YesNoChoice } from "../../shared/domain/checklist.enums";
import { EsgArea } from "../../shared/domain/esg-area.enum";
import { answerConformance, computeAreaScores, resultConformance } from "./conformance";

describe("answerConformance", () => {
  it.each([
    [AnswerType.YES_NO, { choice: YesNoChoice.YES }, 1],
    [AnswerType.YES_NO, { choice: YesNoChoice.NO }, 0],
    [AnswerType.YES_NO, { choice: YesNoChoice.NOT_APPLICABLE }, null],
    [AnswerType.YES_NO, { choice: null }, null],
    [AnswerType.YES_NO, {}, null],
    [AnswerType.SCALE_0_4, { scale: 0 }, 0],
    [AnswerType.SCALE_0_4, { scale: 1 }, 0.25],
    [AnswerType.SCALE_0_4, { scale: 2 }, 0.5],
    [AnswerType.SCALE_0_4, { scale: 3 }, 0.75],
    [AnswerType.SCALE_0_4, { scale: 4 }, 1],
    [AnswerType.SCALE_0_4, { scale: null }, null],
    [AnswerType.NUMBER, { scale: 3 }, null],
    [AnswerType.TEXT, { choice: YesNoChoice.YES }, null],
  ])("%s %j -> %p", (type, answer, expected) => {
    expect(answerConformance(type, answer)).toBe(expected);
  });

  it.each([-1, 5, 2.5])("rejects scale %p", (scale) => {
    expect(() => answerConformance(AnswerType.SCALE_0_4, { scale })).toThrow(RangeError);
  });
});

describe("resultConformance", () => {
  it.each([
    [ItemResult.CONFORMS, 1],
    [ItemResult.PARTIAL, 0.5],
    [ItemResult.NONCONFORMS, 0],
    [ItemResult.NOT_APPLICABLE, null],
  ])("%s -> %p", (result, expected) => {
    expect(resultConformance(result)).toBe(expected);
  });
});

describe("computeAreaScores", () => {
  const { ENVIRONMENT: ENV, HEALTH_AND_SAFETY: HS, BUSINESS_ETHICS: BE } = EsgArea;
  const r = resultConformance;

  it.each([
    ["all conform", [{ area: ENV, weight: 3, value: r(ItemResult.CONFORMS) }], 100, 3, 1],
    [
      // (3 x 1 + 1 x 0) / 4 = 75
      "weights",
      [
        { area: ENV, weight: 3, value: r(ItemResult.CONFORMS) },
        { area: ENV, weight: 1, value: r(ItemResult.NONCONFORMS) },
      ],
      75,
      4,
      2,
    ],
    [
      // (2 x 0.5 + 2 x 1) / 4 = 75
      "partial",
      [
        { area: ENV, weight: 2, value: r(ItemResult.PARTIAL) },
        { area: ENV, weight: 2, value: r(ItemResult.CONFORMS) },
      ],
      75,
      4,
      2,
    ],
    [
      // N/A item of weight 5 is left out: 1 x 0.5 / 1 = 50
      "N/A excluded",
      [
        { area: ENV, weight: 5, value: r(ItemResult.NOT_APPLICABLE) },
        { area: ENV, weight: 1, value: r(ItemResult.PARTIAL) },
      ],
      50,
      1,
      1,
    ],
    [
      // (4 x 3/4 + 1 x 1/4 + 1 x YES) / 6 = (3 + 0.25 + 1) / 6 = 70.8333...
      "scale answers",
      [
        { area: ENV, weight: 4, value: answerConformance(AnswerType.SCALE_0_4, { scale: 3 }) },
        { area: ENV, weight: 1, value: answerConformance(AnswerType.SCALE_0_4, { scale: 1 }) },
        {
          area: ENV,
          weight: 1,
          value: answerConformance(AnswerType.YES_NO, { choice: YesNoChoice.YES }),
        },
        { area: ENV, weight: 5, value: answerConformance(AnswerType.TEXT, {}) },
      ],
      (100 * 4.25) / 6,
      6,
      3,
    ],
  ])("%s", (_name, items, score, weightSum, itemCount) => {
    const result = computeAreaScores(items).get(ENV);
    expect(result?.score).toBeCloseTo(score, 10);
    expect(result?.weightSum).toBe(weightSum);
    expect(result?.itemCount).toBe(itemCount);
  });

  it("keeps areas apart and leaves out areas without scored items", () => {
    const scores = computeAreaScores([
      { area: ENV, weight: 1, value: 1 },
      { area: HS, weight: 2, value: 0 },
      { area: BE, weight: 3, value: null },
    ]);
    expect(scores.get(ENV)?.score).toBe(100);
    expect(scores.get(HS)?.score).toBe(0);
    expect(scores.has(BE)).toBe(false);
    expect([...scores.keys()].sort()).toEqual([ENV, HS].sort());
  });

  it("returns an empty map for no items", () => {
    expect(computeAreaScores([]).size).toBe(0);
  });

  it.each([
    [{ area: ENV, weight: -1, value: 1 }],
    [{ area: ENV, weight: 1, value: 1.5 }],
    [{ area: ENV, weight: 1, value: Number.NaN }],
  ])("rejects %j", (item) => {
    expect(() => computeAreaScores([item])).toThrow(RangeError);
  });
});
