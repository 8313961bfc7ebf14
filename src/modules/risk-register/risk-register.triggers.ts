import type { Tx } from "../../database/transaction";

/**
 * Records the categories a supplier is about to gain (call before its links are replaced): the
 * register's "new supplier for the entry's category" trigger. Categories it already had are
 * not new.
 */
export async function recordCategoriesGained(
  tx: Tx,
  supplierId: string,
  categoryIds: readonly string[],
): Promise<void> {
  if (categoryIds.length === 0) return;
  await tx.manager.query(
    `INSERT INTO category_supplier_addition (category_id, supplier_id, added_at)
     SELECT c, $1::uuid, $3::timestamptz FROM unnest($2::uuid[]) AS c
      WHERE NOT EXISTS (SELECT 1 FROM supplier_category sc
                         WHERE sc.supplier_id = $1::uuid AND sc.category_id = c)`,
    [supplierId, [...categoryIds], tx.now],
  );
}
