import { onBeforeCommit } from "../database/transaction";
import { recomputeTouchedSuppliers } from "../modules/procurement/standing.touched";

/**
 * Wires the cross-module effects into every transaction: the suppliers a change touched
 * (`tx.touchSupplier`) get their standing recomputed once, before commit. Called wherever
 * services run: `createServer`, the demo seed. Calling it again changes nothing.
 */
export function installUnitOfWork(): void {
  onBeforeCommit(recomputeTouchedSuppliers);
}
