import { AnswerType, YesNoChoice } from "../../shared/domain/checklist.enums";
import { ESG_AREAS, EsgArea } from "../../shared/domain/esg-area.enum";
import { AreaScore } from "../scoring/area-score.type";
import { answerConformance, computeAreaScores } from "../scoring/conformance";
import { roundTo } from "../scoring/rounding";
import { SCORE_DECIMALS } from "../scoring/scoring-policy";
import { ScoreSource } from "../../shared/domain/procurement.enums";

export interface ScoredChecklistItem {
  id: string;
  area: EsgArea;
  weight: number;
  answerType: AnswerType;
}

export interface GivenAnswer {
  itemId: string;
  choice: YesNoChoice | null;
  scale: number | null;
}

/** SPEC 5: answered items / items, 0..1; answers to items of another checklist do not count. */
export function completion(
  items: readonly { id: string }[],
  answers: readonly { itemId: string }[],
): number {
  if (items.length === 0) return 0;
  const itemIds = new Set(items.map((item) => item.id));
  const answered = new Set(answers.map((a) => a.itemId).filter((id) => itemIds.has(id)));
  return answered.size / items.length;
}

/**
 * SPEC 7: the SAQ's own area scores (0-100, unrounded, not discounted), from the answers given
 * so far. Unanswered, NOT_APPLICABLE, NUMBER and TEXT items are left out; an area with no scored
 * item has no entry. The scoring module discounts these when it computes the supplier score.
 */
export function selfAssessmentAreaScores(
  items: readonly ScoredChecklistItem[],
  answers: readonly GivenAnswer[],
): Map<EsgArea, number> {
  const byItem = new Map(answers.map((answer) => [answer.itemId, answer]));
  const scored = items.map((item) => {
    const answer = byItem.get(item.id);
    return {
      area: item.area,
      weight: item.weight,
      value: answer ? answerConformance(item.answerType, answer) : null,
    };
  });
  const scores = new Map<EsgArea, number>();
  for (const [area, aggregate] of computeAreaScores(scored)) scores.set(area, aggregate.score);
  return scores;
}

/** The GraphQL rows, in the order of the ESG areas, rounded for display. */
export function toAreaScoreRows(scores: ReadonlyMap<EsgArea, number>): AreaScore[] {
  return ESG_AREAS.filter((area) => scores.has(area)).map((area) => ({
    area,
    score: roundTo(scores.get(area) as number, SCORE_DECIMALS),
    source: ScoreSource.SELF_ASSESSMENT,
  }));
}
