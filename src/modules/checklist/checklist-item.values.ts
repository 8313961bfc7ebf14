import type { ChecklistItem } from "./checklist-item.entity";
import type { ItemTexts } from "./checklist-item-texts";
import type { ChecklistItemInput } from "./checklist.inputs";

export type ItemValues = Omit<ChecklistItem, "id" | "checklistId" | "checklist">;

export function itemSnapshot(item: ItemValues, texts: ItemTexts): Record<string, unknown> {
  const { code, area, answerType, weight, zeroTolerance, evidenceRequired } = item;
  return { code, area, answerType, weight, zeroTolerance, evidenceRequired, texts };
}

export const normaliseCode = (code: string): string => code.trim().toUpperCase();

export function toItemValues(item: ChecklistItemInput, index: number): ItemValues {
  return {
    code: normaliseCode(item.code),
    area: item.area,
    answerType: item.answerType,
    weight: item.weight,
    zeroTolerance: item.zeroTolerance ?? false,
    evidenceRequired: item.evidenceRequired ?? false,
    order: index + 1,
  };
}
