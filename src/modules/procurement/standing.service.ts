import type { Tx } from "../../database/transaction";
import type { RecomputeCause } from "./standing.hook";

// Filled in by the scoring issue (in progress in this session).
export async function recomputeStanding(
  _tx: Tx,
  _supplierId: string,
  _cause: RecomputeCause,
): Promise<void> {}
