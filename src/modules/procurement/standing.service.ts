import type { DataSource, EntityManager } from "typeorm";
import type { Tx } from "../../database/transaction";
import type { Clock } from "../../shared/clock";
import { RankingEntry } from "./ranking-entry.entity";
import { ScoreSnapshot } from "./score-snapshot.entity";
import type { RecomputeCause } from "./standing.hook";
import { computeStanding, type ComputedStanding } from "./standing.compute";
import { loadStandingInputs } from "./standing-inputs";
import { SupplierStanding } from "./supplier-standing.entity";

/** Causes that change the evidence behind a score: each stores a snapshot even if unchanged. */
const SCORE_EVENTS: ReadonlySet<RecomputeCause> = new Set([
  "AUDIT_COMPLETED",
  "CORRECTIVE_ACTION_VERIFIED",
  "SELF_ASSESSMENT_SUBMITTED",
  "SELF_ASSESSMENT_REVIEWED",
  "SELF_ASSESSMENT_RETURNED",
]);

function sameScore(stored: SupplierStanding | null, computed: ComputedStanding): boolean {
  const score = computed.score;
  if (!stored || stored.scoreOverall === null || !score)
    return !score && (!stored || stored.scoreOverall === null);
  return (
    stored.scoreOverall === score.overall &&
    stored.grade === score.grade &&
    JSON.stringify(stored.scoreAreas) === JSON.stringify(score.areas)
  );
}

/** Writes a computed standing: the current row, its ranking rows, and a snapshot when due. */
async function persistStanding(
  manager: EntityManager,
  supplierId: string,
  archived: boolean,
  names: { name: string; country: string },
  computed: ComputedStanding,
  cause: RecomputeCause,
  now: Date,
): Promise<void> {
  const stored = await manager.findOneBy(SupplierStanding, { supplierId });
  const score = computed.score;
  if (score && (SCORE_EVENTS.has(cause) || !sameScore(stored, computed))) {
    await manager.insert(ScoreSnapshot, {
      supplierId,
      overall: score.overall,
      grade: score.grade,
      areas: score.areas,
      explanation: score.explanation,
      cause,
      computedAt: now,
      validUntil: score.validUntil,
      formulaVersion: score.formulaVersion,
      statusAt: { status: computed.status, reasons: computed.statusReasons },
    });
  }
  const all = computed.priorities.values().next().value!;
  await manager.upsert(
    SupplierStanding,
    {
      supplierId,
      scoreOverall: score?.overall ?? null,
      grade: score?.grade ?? null,
      scoreAreas: score?.areas ?? null,
      scoreExplanation: score?.explanation ?? null,
      scoreComputedAt: score ? now : null,
      scoreValidUntil: score?.validUntil ?? null,
      formulaVersion: score?.formulaVersion ?? null,
      status: computed.status,
      statusReasons: computed.statusReasons,
      materialScore: all.result.materialScore,
      openZeroToleranceCount: computed.openZeroToleranceCount,
      overdueFindingCount: computed.overdueFindingCount,
      lastCompletedAuditAt: computed.lastCompletedAuditAt,
      nextAuditDue: computed.nextAuditDue,
      nextChangeAt: computed.nextChangeAt,
      computedAt: now,
    },
    ["supplierId"],
  );
  await manager.delete(RankingEntry, { supplierId });
  if (archived) return;
  await manager.insert(
    RankingEntry,
    [...computed.priorities].map(([scopeId, { result, adjustmentIds }]) => ({
      scopeId,
      supplierId,
      priorityScore: result.priorityScore,
      esgScore: computed.rankingScore.overall,
      supplierName: names.name,
      country: names.country,
      grade: computed.rankingScore.grade,
      status: computed.status,
      explanation: result.explanation,
      adjustmentIds,
    })),
  );
}

/**
 * Recomputes one supplier's score, status, priority and ranking rows inside the caller's
 * transaction (the hook of every change that affects them).
 */
export async function recomputeStanding(
  tx: Tx,
  supplierId: string,
  cause: RecomputeCause,
): Promise<void> {
  await recomputeWith(tx.manager, supplierId, cause, tx.now);
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
      const due = (await manager.query(
        `SELECT s.id FROM supplier s
         LEFT JOIN supplier_standing st ON st.supplier_id = s.id
         WHERE st.supplier_id IS NULL OR st.next_change_at <= $1
         ORDER BY s.id LIMIT $2 FOR UPDATE OF s SKIP LOCKED`,
        [now, batchSize],
      )) as { id: string }[];
      for (const { id } of due) await recomputeWith(manager, id, "TIME_PASSED", now);
      return due.length;
    });
    refreshed += done;
    if (done < batchSize) return refreshed;
  }
}
