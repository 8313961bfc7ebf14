import type { Tx } from "../../database/transaction";

/**
 * What other modules do when a supplier's categories are set (the risk register marks the
 * new categories' entries due), in the same transaction, before the links are replaced. The
 * composition root installs them (src/app/unit-of-work.ts), so this module imports none.
 */
export type CategoriesSetHandler = (
  tx: Tx,
  supplierId: string,
  categoryIds: readonly string[],
) => Promise<void>;

const handlers = new Set<CategoriesSetHandler>();

export function onCategoriesSet(handler: CategoriesSetHandler): void {
  handlers.add(handler);
}

export async function categoriesSet(
  tx: Tx,
  supplierId: string,
  categoryIds: readonly string[],
): Promise<void> {
  for (const handler of handlers) await handler(tx, supplierId, categoryIds);
}
