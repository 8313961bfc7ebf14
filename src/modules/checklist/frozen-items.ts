import { In, type EntityManager } from "typeorm";
import { ChecklistStatus } from "../../shared/domain/checklist.enums";
import { ChecklistItem } from "./checklist-item.entity";

/** Checklists whose items one process keeps; there are a handful, one per published version. */
const CAPACITY = 200;

/**
 * The items of published and retired checklists, kept per process: the database refuses every
 * change to them (trigger `checklist_item_guard`), so a copy cannot go stale, and every SAQ
 * save, finding, result and audit completion would otherwise read the same 40 rows again.
 */
const frozen = new Map<string, readonly ChecklistItem[]>();

/**
 * A checklist's items in the editor's order (`sort_order`, then id). Read-only: the entities of
 * a frozen checklist are shared by every request of the process.
 */
export async function checklistItems(
  manager: EntityManager,
  checklistId: string,
): Promise<ChecklistItem[]> {
  const cached = frozen.get(checklistId);
  if (cached) return [...cached];
  const order = { order: "ASC", id: "ASC" } as const;
  // Only a frozen checklist's items come back here; a draft's (or none) are read plainly.
  const items = await manager.find(ChecklistItem, {
    where: {
      checklistId,
      checklist: { status: In([ChecklistStatus.PUBLISHED, ChecklistStatus.RETIRED]) },
    },
    order,
  });
  if (items.length === 0) return manager.find(ChecklistItem, { where: { checklistId }, order });
  if (frozen.size >= CAPACITY) frozen.delete(frozen.keys().next().value as string);
  frozen.set(checklistId, items);
  return [...items];
}
