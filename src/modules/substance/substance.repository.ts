import { aggregateOf } from "../../database/change";
import type { Tx } from "../../database/transaction";
import { RegulatoryListVersion } from "./regulatory-list-version.entity";
import { Substance } from "./substance.entity";

export const LIST_VERSION = "RegulatoryListVersion";

/** List versions: not versioned rows (a published one never changes); the trail keeps them. */
export const LIST_VERSIONS = aggregateOf(RegulatoryListVersion, LIST_VERSION, {
  versioned: false,
  omit: ["list", "createdBy"],
});

/** A substance to find or add: by CAS, else by EC number, else by its exact name. */
export interface SubstanceKey {
  cas: string | null;
  ec: string | null;
  name: string;
}

/**
 * The substances' ids, in the keys' order, adding the ones the reference data lacks. Found by
 * CAS; one without a CAS by EC number, else by name among those without either. Substances are
 * never edited, so an existing one keeps its name (the list's own wording is on its entry).
 */
export async function resolveSubstances(
  tx: Tx,
  keys: readonly SubstanceKey[],
): Promise<{ ids: string[]; added: number }> {
  const cas = [...new Set(keys.map((k) => k.cas).filter((c): c is string => !!c))];
  const byCas = new Map<string, string>(
    (
      (await tx.manager.query(`SELECT id, cas FROM substance WHERE cas = ANY($1::varchar[])`, [
        cas,
      ])) as { id: string; cas: string }[]
    ).map((row) => [row.cas, row.id]),
  );
  const ids: string[] = [];
  let added = 0;
  for (const key of keys) {
    if (key.cas && byCas.has(key.cas)) {
      ids.push(byCas.get(key.cas)!);
      continue;
    }
    if (!key.cas) {
      const [found] = (await tx.manager.query(
        key.ec
          ? `SELECT id FROM substance WHERE cas IS NULL AND ec_number = $1 ORDER BY created_at, id LIMIT 1`
          : `SELECT id FROM substance WHERE cas IS NULL AND ec_number IS NULL AND name = $1 ORDER BY created_at, id LIMIT 1`,
        [key.ec ?? key.name],
      )) as { id: string }[];
      if (found) {
        ids.push(found.id);
        continue;
      }
    }
    const [row] = (await tx.manager.query(
      `INSERT INTO substance (cas, ec_number, name) VALUES ($1, $2, $3) RETURNING id`,
      [key.cas, key.ec, key.name],
    )) as { id: string }[];
    if (key.cas) byCas.set(key.cas, row.id);
    ids.push(row.id);
    added++;
  }
  return { ids, added };
}

export async function findSubstanceByCas(tx: Tx, cas: string): Promise<Substance | null> {
  return tx.manager.findOneBy(Substance, { cas });
}
