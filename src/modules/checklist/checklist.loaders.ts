import DataLoader from "dataloader";
import { In, type DataSource } from "typeorm";
import { byId, groupBy } from "../../graphql/batch";
import { ChecklistItem } from "./checklist-item.entity";
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
  };
}

declare module "../../graphql/context" {
  interface Loaders extends ReturnType<typeof checklistLoaders> {}
}
