import DataLoader from "dataloader";
import { In, type DataSource } from "typeorm";
import { byId, groupBy } from "../../graphql/batch";
import { ChecklistItem } from "./checklist-item.entity";
import { ChecklistItemText } from "./checklist-item-text.entity";
import { textsByLocale, type ItemTexts } from "./checklist-item-texts";
import { Checklist } from "./checklist.entity";

export function checklistLoaders(dataSource: DataSource) {
  const manager = dataSource.manager;
  return {
    checklist: new DataLoader<string, Checklist | null>(async (ids) =>
      byId(await manager.findBy(Checklist, { id: In([...ids]) }), ids),
    ),
    checklistItem: new DataLoader<string, ChecklistItem | null>(async (ids) =>
      byId(await manager.findBy(ChecklistItem, { id: In([...ids]) }), ids),
    ),
    itemsByChecklist: new DataLoader<string, ChecklistItem[]>(async (ids) =>
      groupBy(
        await manager.find(ChecklistItem, {
          where: { checklistId: In([...ids]) },
          order: { order: "ASC", id: "ASC" },
        }),
        ids,
        (item) => item.checklistId,
      ),
    ),
    /** By item id: every locale's text of each item, one statement for a whole checklist. */
    itemTexts: new DataLoader<string, ChecklistItemText[]>(async (ids) =>
      groupBy(
        await manager.findBy(ChecklistItemText, { itemId: In([...ids]) }),
        ids,
        (text) => text.itemId,
      ),
    ),
    /** By checklist id: the texts of all its items (the audit report's one statement). */
    itemTextsByChecklist: new DataLoader<string, Map<string, ItemTexts>>(async (ids) => {
      const rows = (await manager.query(
        `SELECT i.checklist_id AS "checklistId", t.item_id AS "itemId", t.locale,
           t.saq_question AS "saqQuestion", t.audit_question AS "auditQuestion", t.guidance
         FROM checklist_item_text t JOIN checklist_item i ON i.id = t.item_id
         WHERE i.checklist_id = ANY($1::uuid[])`,
        [[...ids]],
      )) as (ChecklistItemText & { checklistId: string })[];
      return groupBy(rows, ids, (row) => row.checklistId).map((texts) => {
        const byItem = new Map<string, ChecklistItemText[]>();
        for (const text of texts)
          byItem.set(text.itemId, [...(byItem.get(text.itemId) ?? []), text]);
        return new Map([...byItem].map(([itemId, itemRows]) => [itemId, textsByLocale(itemRows)]));
      });
    }),
  };
}

declare module "../../graphql/context" {
  interface Loaders extends ReturnType<typeof checklistLoaders> {}
}
