import type { ChecklistItem } from "./checklist-item.entity";
import type { ChecklistItemInput } from "./checklist.inputs";

export type ItemValues = Omit<ChecklistItem, "id" | "checklistId" | "checklist">;

export function itemSnapshot(item: ItemValues): Record<string, unknown> {
  const { code, area, question, guidance, answerType, weight, zeroTolerance, evidenceRequired } =
    item;
  return { code, area, question, guidance, answerType, weight, zeroTolerance, evidenceRequired };
}

export const normaliseCode = (code: string): string => code.trim().toUpperCase();

export function toItemValues(item: ChecklistItemInput, index: number): ItemValues {
  return {
    code: normaliseCode(item.code),
    area: item.area,
    question: item.question.trim(),
    guidance: item.guidance?.trim() ?? "",
    answerType: item.answerType,
    weight: item.weight,
    zeroTolerance: item.zeroTolerance ?? false,
    evidenceRequired: item.evidenceRequired ?? false,
    order: index + 1,
  };
}
