import { In } from "typeorm";
import type { Tx } from "../../database/transaction";
import { ChecklistItemText } from "./checklist-item-text.entity";
import { textRows, textsByLocale, type ItemTexts } from "./checklist-item-texts";

/** The texts of the given items, in one statement; an item without any gets `{}`. */
export async function readTexts(
  tx: Tx,
  itemIds: readonly string[],
): Promise<Map<string, ItemTexts>> {
  const rows =
    itemIds.length === 0
      ? []
      : await tx.manager.findBy(ChecklistItemText, { itemId: In([...itemIds]) });
  const byItem = new Map<string, ChecklistItemText[]>(itemIds.map((id) => [id, []]));
  for (const row of rows) byItem.get(row.itemId)?.push(row);
  return new Map([...byItem].map(([id, itemRows]) => [id, textsByLocale(itemRows)]));
}

/** Inserts the texts of new items (of a draft: the database refuses them on any other). */
export async function insertTexts(
  tx: Tx,
  texts: readonly { itemId: string; texts: ItemTexts }[],
): Promise<void> {
  const rows = texts.flatMap((item) => textRows(item.itemId, item.texts));
  if (rows.length > 0) await tx.manager.insert(ChecklistItemText, rows);
}

/** Replaces an item's texts with `texts`. */
export async function replaceTexts(tx: Tx, itemId: string, texts: ItemTexts): Promise<void> {
  await tx.manager.delete(ChecklistItemText, { itemId });
  await insertTexts(tx, [{ itemId, texts }]);
}
