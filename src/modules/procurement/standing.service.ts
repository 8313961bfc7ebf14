import type { DataSource, EntityManager } from "typeorm";
import type { Tx } from "../../database/transaction";
import type { Clock } from "../../shared/clock";
import type { RecomputeCause } from "../../shared/domain/recompute-cause";
import { computeStanding, type ComputedStanding } from "./standing.compute";
import { loadStandingInputs } from "./standing-inputs";
import { notifyStatusChange } from "./status-change.notifications";
import {
  insertScoreSnapshot,
  lockDueSupplierIds,
  writeStanding,
  type StoredScore,
} from "./standing.repository";

/** Causes that change the evidence behind a score: each stores a snapshot even if unchanged. */
const SCORE_EVENTS: ReadonlySet<RecomputeCause> = new Set([
  "AUDIT_COMPLETED",
  "CORRECTIVE_ACTION_VERIFIED",
  "SELF_ASSESSMENT_SUBMITTED",
  "SELF_ASSESSMENT_REVIEWED",
  "SELF_ASSESSMENT_RETURNED",
]);

export function isScoreEvent(cause: RecomputeCause): boolean {
  return SCORE_EVENTS.has(cause);
}

function sameScore(stored: StoredScore | null, computed: ComputedStanding): boolean {
  const score = computed.score;
  if (!stored || stored.scoreOverall === null || !score)
    return !score && (!stored || stored.scoreOverall === null);
  return (
    stored.scoreOverall === score.overall &&
    stored.grade === score.grade &&
    JSON.stringify(stored.scoreAreas) === JSON.stringify(score.areas)
  );
}

/**
 * Writes a computed standing: the current row, its ranking rows, and a snapshot when due. A
 * score event's snapshot goes with the rest in one statement; otherwise it depends on the
 * stored score that statement returns.
 */
async function persistStanding(
  manager: EntityManager,
  supplierId: string,
  archived: boolean,
  names: { name: string; country: string },
  computed: ComputedStanding,
  cause: RecomputeCause,
  now: Date,
): Promise<void> {
  const { score } = computed;
  const scoreEvent = SCORE_EVENTS.has(cause);
  const stored = await writeStanding(manager, supplierId, {
    archived,
    names,
    computed,
    cause,
    now,
    snapshot: scoreEvent,
  });
  if (score && !scoreEvent && !sameScore(stored, computed))
    await insertScoreSnapshot(manager, supplierId, { ...computed, score }, cause, now);
  if (stored && stored.status !== computed.status)
    await notifyStatusChange(manager, supplierId, stored.status, computed, now);
}

/**
 * Recomputes one supplier's score, status, priority and ranking rows inside the caller's
 * transaction (before commit, for every supplier the transaction touched).
 */
export async function recomputeStanding(
  tx: Tx,
  supplierId: string,
  cause: RecomputeCause,
): Promise<void> {
  await recomputeWith(tx.manager, supplierId, cause, tx.now);
  // A standing read earlier in this request (with its supplier, say) is stale now.
  tx.ctx.loaders.standing.clear(supplierId);
}

export async function recomputeWith(
  manager: EntityManager,
  supplierId: string,
  cause: RecomputeCause,
  now: Date,
): Promise<void> {
  const inputs = await loadStandingInputs(manager, supplierId, now);
  if (!inputs) return;
  const computed = computeStanding(inputs, now);
  const { supplier } = inputs;
  await persistStanding(manager, supplierId, supplier.archived, supplier, computed, cause, now);
}

/**
 * Time alone changes standings (a due date passes, a score or adjustment expires): recompute
 * those whose `nextChangeAt` has come, and suppliers that have none yet. SKIP LOCKED lets
 * several server instances share the work.
 */
export async function refreshDueStandings(
  dataSource: DataSource,
  clock: Clock,
  batchSize = 200,
): Promise<number> {
  let refreshed = 0;
  for (;;) {
    const now = clock.now();
    const done = await dataSource.transaction(async (manager) => {
      const due = await lockDueSupplierIds(manager, now, batchSize);
      for (const id of due) await recomputeWith(manager, id, "TIME_PASSED", now);
      return due.length;
    });
    refreshed += done;
    if (done < batchSize) return refreshed;
  }
}
