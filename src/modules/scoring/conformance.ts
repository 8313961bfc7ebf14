import { ItemResult } from "../../shared/domain/audit.enums";
import { AnswerType, YesNoChoice } from "../../shared/domain/checklist.enums";
import { EsgArea } from "../../shared/domain/esg-area.enum";
import {
  AREA_SCORE_MAX,
  CHOICE_CONFORMANCE,
  RESULT_CONFORMANCE,
  SCALE_MAX,
} from "./scoring-policy";

export interface AnswerValue {
  choice?: YesNoChoice | null;
  scale?: number | null;
}

/**
 * SPEC 7: conformance of a SAQ answer, 0..1, or null when the item is left out of the score
 * (NOT_APPLICABLE, NUMBER, TEXT, or not answered yet).
 */
export function answerConformance(answerType: AnswerType, answer: AnswerValue): number | null {
  switch (answerType) {
    case AnswerType.YES_NO:
      return answer.choice == null ? null : CHOICE_CONFORMANCE[answer.choice];
    case AnswerType.SCALE_0_4: {
      const scale = answer.scale;
      if (scale == null) return null;
      // Input validation rejects these; a stored bad value must not silently skew a score.
      if (!Number.isInteger(scale) || scale < 0 || scale > SCALE_MAX) {
        throw new RangeError(`scale answer must be an integer 0..${SCALE_MAX}, got ${scale}`);
      }
      return scale / SCALE_MAX;
    }
    case AnswerType.NUMBER:
    case AnswerType.TEXT:
      // Free numbers and texts carry information but no conformance (SPEC 7).
      return null;
  }
}

/** SPEC 7: conformance of an audit item result, 0..1, or null for NOT_APPLICABLE. */
export function resultConformance(result: ItemResult): number | null {
  return RESULT_CONFORMANCE[result];
}

export interface ScoredItem {
  area: EsgArea;
  /** Checklist item weight (1-5). */
  weight: number;
  /** Conformance 0..1, or null when the item is not scored. */
  value: number | null;
}

export interface AreaAggregate {
  /** 0..100, unrounded so callers round once at the end. */
  score: number;
  weightSum: number;
  itemCount: number;
}

/**
 * SPEC 7: area score = 100 x sum(weight x value) / sum(weight) over the area's scored items.
 * Areas without a scored item are absent: "no score from this source", not 0.
 */
export function computeAreaScores(items: readonly ScoredItem[]): Map<EsgArea, AreaAggregate> {
  const sums = new Map<EsgArea, { weighted: number; weightSum: number; itemCount: number }>();
  for (const item of items) {
    if (item.value === null) continue;
    if (!(item.weight >= 0) || !Number.isFinite(item.weight)) {
      throw new RangeError(`item weight must be a finite number >= 0, got ${item.weight}`);
    }
    if (!(item.value >= 0 && item.value <= 1)) {
      throw new RangeError(`conformance must be within 0..1, got ${item.value}`);
    }
    const sum = sums.get(item.area) ?? {
      weighted: 0,
      weightSum: 0,
      itemCount: 0,
    };
    sum.weighted += item.weight * item.value;
    sum.weightSum += item.weight;
    sum.itemCount += 1;
    sums.set(item.area, sum);
  }
  const scores = new Map<EsgArea, AreaAggregate>();
  for (const [area, sum] of sums) {
    // A zero total weight gives no meaningful mean: treat it like "no scored items".
    if (sum.weightSum === 0) continue;
    scores.set(area, {
      score: (AREA_SCORE_MAX * sum.weighted) / sum.weightSum,
      weightSum: sum.weightSum,
      itemCount: sum.itemCount,
    });
  }
  return scores;
}
