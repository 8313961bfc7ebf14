import { Grade } from "../../shared/domain/procurement.enums";
import { GRADE_ORDER, GRADE_THRESHOLDS, LOWEST_GRADE } from "./scoring-policy";

/** SPEC 7: A >= 85, B >= 70, C >= 55, D >= 40, else E. Pass the overall as shown (rounded). */
export function gradeForScore(score: number): Grade {
  for (const threshold of GRADE_THRESHOLDS) {
    if (score >= threshold.min) return threshold.grade;
  }
  return LOWEST_GRADE;
}

/** True when `grade` is better than `other` (A is best). */
export function isBetterGrade(grade: Grade, other: Grade): boolean {
  return GRADE_ORDER.indexOf(grade) < GRADE_ORDER.indexOf(other);
}
