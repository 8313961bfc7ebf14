import type { EntityManager } from "typeorm";
import type { RecomputeCause } from "../../shared/domain/recompute-cause";
import type { ComputedStanding } from "./standing.compute";
import type { SupplierStanding } from "./supplier-standing.entity";

/*
 * The standing's statements, hand-written: they run in every completion and verification, and
 * once per supplier when a data set is loaded. jsonb values go as JSON text, as TypeORM sends them.
 */
const json = (value: unknown) =>
  value === null || value === undefined ? null : JSON.stringify(value);

export type StoredScore = Pick<
  SupplierStanding,
  "scoreOverall" | "grade" | "scoreAreas" | "status"
>;

/** Only what a score comparison (and a status change) needs, without the whole standing. */
export async function storedScore(
  manager: EntityManager,
  supplierId: string,
): Promise<StoredScore | null> {
  const [stored = null] = (
    (await manager.query(
      `SELECT score_overall, grade, score_areas, status FROM supplier_standing
        WHERE supplier_id = $1`,
      [supplierId],
    )) as {
      score_overall: number | null;
      grade: StoredScore["grade"];
      score_areas: StoredScore["scoreAreas"];
      status: StoredScore["status"];
    }[]
  ).map((row) => ({
    scoreOverall: row.score_overall,
    grade: row.grade,
    scoreAreas: row.score_areas,
    status: row.status,
  }));
  return stored;
}

/** Appends the score history row of a computed standing that has a score. */
export async function insertScoreSnapshot(
  manager: EntityManager,
  supplierId: string,
  computed: ComputedStanding & { score: NonNullable<ComputedStanding["score"]> },
  cause: RecomputeCause,
  now: Date,
): Promise<void> {
  const score = computed.score;
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

/** Stores the supplier's current standing (one row per supplier). */
export async function upsertStanding(
  manager: EntityManager,
  supplierId: string,
  computed: ComputedStanding,
  now: Date,
): Promise<void> {
  const score = computed.score;
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
}

/** Replaces the supplier's ranking rows, one per scope; an archived supplier has none. */
export async function replaceRankingEntries(
  manager: EntityManager,
  supplierId: string,
  archived: boolean,
  names: { name: string; country: string },
  computed: ComputedStanding,
): Promise<void> {
  await manager.query(`DELETE FROM ranking_entry WHERE supplier_id = $1`, [supplierId]);
  if (archived) return;
  const params: unknown[] = [];
  const rows = [...computed.priorities].map(
    ([scopeId, { result, adjustmentIds, targetSubstances }]) => {
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
        json(targetSubstances),
      );
      const first = params.length - 10;
      return `(${Array.from({ length: 11 }, (_, i) => `$${first + i}`).join(", ")})`;
    },
  );
  await manager.query(
    `INSERT INTO ranking_entry (scope_id, supplier_id, priority_score, esg_score, supplier_name,
       country, grade, status, explanation, adjustment_ids, target_substances)
     VALUES ${rows.join(", ")}`,
    params,
  );
}

/**
 * Locks up to `batchSize` suppliers whose standing is due (its `next_change_at` has come, or
 * it has none yet); SKIP LOCKED lets several server instances share the work.
 */
export async function lockDueSupplierIds(
  manager: EntityManager,
  now: Date,
  batchSize: number,
): Promise<string[]> {
  const due = (await manager.query(
    `SELECT s.id FROM supplier s
     LEFT JOIN supplier_standing st ON st.supplier_id = s.id
     WHERE st.supplier_id IS NULL OR st.next_change_at <= $1
     ORDER BY s.id LIMIT $2 FOR UPDATE OF s SKIP LOCKED`,
    [now, batchSize],
  )) as { id: string }[];
  return due.map((row) => row.id);
}
