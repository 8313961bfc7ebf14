import { AnswerType, YesNoChoice } from "../../shared/domain/checklist.enums";
import { EsgArea } from "../../shared/domain/esg-area.enum";
import {
  completion,
  selfAssessmentAreaScores,
  toAreaScoreRows,
  type GivenAnswer,
  type ScoredChecklistItem,
} from "./self-assessment.scores";

const { ENVIRONMENT: ENV, HEALTH_AND_SAFETY: HS, BUSINESS_ETHICS: BE } = EsgArea;
const { YES, NO, NOT_APPLICABLE: NA } = YesNoChoice;

let next = 0;
function item(area: EsgArea, answerType: AnswerType, weight: number): ScoredChecklistItem {
  return { id: `item-${++next}`, area, answerType, weight };
}
const yes = (i: ScoredChecklistItem, choice: YesNoChoice): GivenAnswer => ({
  itemId: i.id,
  choice,
  scale: null,
});
const scale = (i: ScoredChecklistItem, value: number): GivenAnswer => ({
  itemId: i.id,
  choice: null,
  scale: value,
});

describe("selfAssessmentAreaScores", () => {
  const y1 = item(ENV, AnswerType.YES_NO, 1);
  const y3 = item(ENV, AnswerType.YES_NO, 3);
  const s2 = item(ENV, AnswerType.SCALE_0_4, 2);
  const s4 = item(ENV, AnswerType.SCALE_0_4, 4);
  const n5 = item(ENV, AnswerType.NUMBER, 5);
  const t5 = item(ENV, AnswerType.TEXT, 5);
  const all = [y1, y3, s2, s4, n5, t5];

  it.each<[string, GivenAnswer[], number | undefined]>([
    ["all compliant", [yes(y1, YES), yes(y3, YES), scale(s2, 4), scale(s4, 4)], 100],
    // (1 x 0 + 3 x 1) / 4 = 75: the weights decide, not the number of items.
    ["weights", [yes(y1, NO), yes(y3, YES)], 75],
    // (1 x 1 + 3 x 0) / 4 = 25
    ["weights the other way", [yes(y1, YES), yes(y3, NO)], 25],
    // scale 2 of 4 is half conformance: (2 x 0.5 + 4 x 1) / 6 = 83.33
    ["partial via scale", [scale(s2, 2), scale(s4, 4)], (100 * 5) / 6],
    // (4 x 0.25) / 4 = 25
    ["scale 1", [scale(s4, 1)], 25],
    ["scale 0", [scale(s4, 0)], 0],
    // N/A on the heavy item leaves only the light one: 1 x 0 / 1 = 0
    ["N/A excluded", [yes(y3, NA), yes(y1, NO)], 0],
    ["only N/A: no score", [yes(y3, NA), yes(y1, NA)], undefined],
    [
      "NUMBER and TEXT answers do not count",
      [yes(y1, YES), { itemId: n5.id, choice: null, scale: null }],
      100,
    ],
    ["unanswered items do not count", [yes(y3, NO)], 0],
    ["nothing answered: no score", [], undefined],
  ])("%s", (_name, answers, expected) => {
    const score = selfAssessmentAreaScores(all, answers).get(ENV);
    if (expected === undefined) expect(score).toBeUndefined();
    else expect(score).toBeCloseTo(expected, 10);
  });

  it("keeps areas apart and omits areas without scored items", () => {
    const env = item(ENV, AnswerType.YES_NO, 2);
    const hs = item(HS, AnswerType.SCALE_0_4, 3);
    const be = item(BE, AnswerType.TEXT, 1);
    const scores = selfAssessmentAreaScores(
      [env, hs, be],
      [yes(env, YES), scale(hs, 3), { itemId: be.id, choice: null, scale: null }],
    );
    expect([...scores.entries()]).toEqual([
      [ENV, 100],
      [HS, 75],
    ]);
  });
});

describe("toAreaScoreRows", () => {
  it("lists areas in ESG order, rounded to 2 decimals, as SELF_ASSESSMENT", () => {
    const rows = toAreaScoreRows(
      new Map([
        [BE, 200 / 3],
        [ENV, 100],
      ]),
    );
    expect(rows).toEqual([
      { area: ENV, score: 100, source: "SELF_ASSESSMENT" },
      { area: BE, score: 66.67, source: "SELF_ASSESSMENT" },
    ]);
  });
});

describe("completion", () => {
  const items = [{ id: "a" }, { id: "b" }, { id: "c" }, { id: "d" }];
  it.each([
    [[], 0],
    [[{ itemId: "a" }], 0.25],
    [[{ itemId: "a" }, { itemId: "c" }, { itemId: "d" }], 0.75],
    [[{ itemId: "a" }, { itemId: "b" }, { itemId: "c" }, { itemId: "d" }], 1],
    [[{ itemId: "a" }, { itemId: "zz" }], 0.25],
  ])("%j -> %p", (answers, expected) => {
    expect(completion(items, answers)).toBe(expected);
  });

  it("is 0 for a checklist without items", () => {
    expect(completion([], [{ itemId: "a" }])).toBe(0);
  });
});
