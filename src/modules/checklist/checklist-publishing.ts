import { AnswerType } from "../../shared/domain/checklist.enums";
import { ESG_AREAS } from "../../shared/domain/esg-area.enum";
import type { FieldProblem } from "../../shared/errors";
import { AREA_LABELS } from "../scoring/explanation-format";
import type { ChecklistItem } from "./checklist-item.entity";

/** Answer types that give a conformance value (SPEC 7); number and text answers are not scored. */
const SCORED: readonly AnswerType[] = [AnswerType.YES_NO, AnswerType.SCALE_0_4];

/**
 * What stops a draft from being published, as the editor shows it: a published version never
 * changes (SPEC 4), so a checklist nobody could score is caught now. An area with questions but
 * none scored would give every supplier no score there (source NONE, grade at best C) however
 * well it answers. Areas without any question are allowed: small topic checklists are normal.
 */
export function publishProblems(items: readonly Pick<ChecklistItem, "area" | "answerType">[]) {
  const problems: FieldProblem[] = [];
  if (items.length === 0)
    problems.push({ path: "items", message: "A checklist needs at least one question" });
  for (const area of ESG_AREAS) {
    const inArea = items.filter((item) => item.area === area);
    if (inArea.length > 0 && !inArea.some((item) => SCORED.includes(item.answerType))) {
      problems.push({
        path: `items.${area}`,
        message: `${AREA_LABELS[area]} has only number or text questions, which are not scored: add a yes/no or 0-4 scale question`,
      });
    }
  }
  return problems;
}
