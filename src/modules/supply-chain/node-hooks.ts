import type { Tx } from "../../database/transaction";

/** The nodes one map change added, edited or removed (removed ones are already deleted). */
export interface NodesChanged {
  supplierId: string;
  categoryId: string;
  mapId: string;
  /** Added or edited nodes: their rows hold the new name, region and coordinates. */
  changedNodeIds: readonly string[];
  /** Deleted nodes; rows referencing them with ON DELETE CASCADE are gone with them. */
  removedNodeIds: readonly string[];
}

/**
 * What other modules do when a map's nodes change (screening re-matches names and regions,
 * protected areas re-check coordinates), in the same transaction, after the change is written.
 * The composition root installs them (src/app/unit-of-work.ts), so this module imports none.
 * A handler whose verdict moves touches the supplier (`tx.touchSupplier`) itself.
 */
export type NodesChangedHandler = (tx: Tx, change: NodesChanged) => Promise<void>;

const handlers = new Set<NodesChangedHandler>();

export function onNodesChanged(handler: NodesChangedHandler): void {
  handlers.add(handler);
}

export async function nodesChanged(tx: Tx, change: NodesChanged): Promise<void> {
  if (change.changedNodeIds.length === 0 && change.removedNodeIds.length === 0) return;
  for (const handler of handlers) await handler(tx, change);
}
