import type { DataSource, EntityManager } from "typeorm";
import type { Tx } from "../../database/transaction";
import type { Clock } from "../../shared/clock";
import type { RecomputeCause } from "../../shared/domain/recompute-cause";
import { computeStanding, type ComputedStanding } from "./standing.compute";
import { loadStandingInputs } from "./standing-inputs";
import type { SupplierStanding } from "./supplier-standing.entity";

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

type StoredScore = Pick<SupplierStanding, "scoreOverall" | "grade" | "scoreAreas">;

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
  // Only what sameScore compares, without hydrating the whole standing.
  const [stored = null] = (
    (await manager.query(
      `SELECT score_overall, grade, score_areas FROM supplier_standing WHERE supplier_id = $1`,
      [supplierId],
    )) as {
      score_overall: number | null;
      grade: StoredScore["grade"];
      score_areas: StoredScore["scoreAreas"];
    }[]
  ).map((row) => ({
    scoreOverall: row.score_overall,
    grade: row.grade,
    scoreAreas: row.score_areas,
  }));
  const score = computed.score;
  // Hand-written statements: this runs in every completion and verification, and once per
  // supplier when a data set is loaded; jsonb values go as JSON text, as TypeORM sends them.
  const json = (value: unknown) =>
    value === null || value === undefined ? null : JSON.stringify(value);
  if (score && (SCORE_EVENTS.has(cause) || !sameScore(stored, computed))) {
    await manager.query(
      `INSERT INTO score_snapshot (supplier_id, overall, grade, areas, explanation, cause,
         computed_at, valid_until, formula_version, status_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
      [
        supplierId,
        score.overall,
        score.grade,
        json(score.areas),
        json(score.explanation),
        cause,
        now,
        score.validUntil,
        score.formulaVersion,
        json({ status: computed.status, reasons: computed.statusReasons }),
      ],
    );
  }
  const all = computed.priorities.values().next().value!;
  await manager.query(
    `INSERT INTO supplier_standing (supplier_id, score_overall, grade, score_areas,
       score_explanation, score_computed_at, score_valid_until, formula_version, status,
       status_reasons, material_score, open_zero_tolerance_count, overdue_finding_count,
       last_completed_audit_at, next_audit_due, next_change_at, computed_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17)
     ON CONFLICT (supplier_id) DO UPDATE SET score_overall = EXCLUDED.score_overall,
       grade = EXCLUDED.grade, score_areas = EXCLUDED.score_areas,
       score_explanation = EXCLUDED.score_explanation,
       score_computed_at = EXCLUDED.score_computed_at,
       score_valid_until = EXCLUDED.score_valid_until,
       formula_version = EXCLUDED.formula_version, status = EXCLUDED.status,
       status_reasons = EXCLUDED.status_reasons, material_score = EXCLUDED.material_score,
       open_zero_tolerance_count = EXCLUDED.open_zero_tolerance_count,
       overdue_finding_count = EXCLUDED.overdue_finding_count,
       last_completed_audit_at = EXCLUDED.last_completed_audit_at,
       next_audit_due = EXCLUDED.next_audit_due, next_change_at = EXCLUDED.next_change_at,
       computed_at = EXCLUDED.computed_at`,
    [
      supplierId,
      score?.overall ?? null,
      score?.grade ?? null,
      json(score?.areas),
      json(score?.explanation),
      score ? now : null,
      score?.validUntil ?? null,
      score?.formulaVersion ?? null,
      computed.status,
      json(computed.statusReasons),
      all.result.materialScore,
      computed.openZeroToleranceCount,
      computed.overdueFindingCount,
      computed.lastCompletedAuditAt,
      computed.nextAuditDue,
      computed.nextChangeAt,
      now,
    ],
  );
  await manager.query(`DELETE FROM ranking_entry WHERE supplier_id = $1`, [supplierId]);
  if (archived) return;
  const params: unknown[] = [];
  const rows = [...computed.priorities].map(([scopeId, { result, adjustmentIds }]) => {
    params.push(
      scopeId,
      supplierId,
      result.priorityScore,
      computed.rankingScore.overall,
      names.name,
      names.country,
      computed.rankingScore.grade,
      computed.status,
      json(result.explanation),
      json(adjustmentIds),
    );
    const first = params.length - 9;
    return `(${Array.from({ length: 10 }, (_, i) => `$${first + i}`).join(", ")})`;
  });
  await manager.query(
    `INSERT INTO ranking_entry (scope_id, supplier_id, priority_score, esg_score, supplier_name,
       country, grade, status, explanation, adjustment_ids)
     VALUES ${rows.join(", ")}`,
    params,
  );
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
