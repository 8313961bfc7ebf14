import type { Tx } from "../../database/transaction";

/**
 * What other modules do after a supplier's sites were written (the protected-area check looks
 * at their coordinates again), in the same transaction. The composition root installs them
 * (src/app/unit-of-work.ts), so this module imports none.
 */
export type SitesSetHandler = (tx: Tx, supplierId: string) => Promise<void>;

const handlers = new Set<SitesSetHandler>();

export function onSitesSet(handler: SitesSetHandler): void {
  handlers.add(handler);
}

export async function sitesSet(tx: Tx, supplierId: string): Promise<void> {
  for (const handler of handlers) await handler(tx, supplierId);
}
