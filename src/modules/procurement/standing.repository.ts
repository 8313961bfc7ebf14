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

/** Positional parameters of one statement built from several parts. */
class Params {
  readonly values: unknown[] = [];
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

function snapshotInsert(
  p: Params,
  supplierId: string,
  computed: ComputedStanding & { score: NonNullable<ComputedStanding["score"]> },
  cause: RecomputeCause,
  now: Date,
): string {
  const score = computed.score;
  const values = [
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
  ].map((value) => p.add(value));
  return `INSERT INTO score_snapshot (supplier_id, overall, grade, areas, explanation, cause,
       computed_at, valid_until, formula_version, status_at)
     VALUES (${values.join(", ")})`;
}

function standingUpsert(
  p: Params,
  supplierId: string,
  computed: ComputedStanding,
  now: Date,
): string {
  const score = computed.score;
  const all = computed.priorities.values().next().value!;
  const values = [
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
  ].map((value) => p.add(value));
  return `INSERT INTO supplier_standing (supplier_id, score_overall, grade, score_areas,
       score_explanation, score_computed_at, score_valid_until, formula_version, status,
       status_reasons, material_score, open_zero_tolerance_count, overdue_finding_count,
       last_completed_audit_at, next_audit_due, next_change_at, computed_at)
     VALUES (${values.join(", ")})
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
       computed_at = EXCLUDED.computed_at`;
}

/**
 * The supplier's ranking rows, one per scope (an archived supplier has none): rows of scopes it
 * left deleted, the others inserted or overwritten. The two touch different rows, so they can
 * run as parts of one statement.
 */
function rankingWrites(
  p: Params,
  supplierId: string,
  archived: boolean,
  names: { name: string; country: string },
  computed: ComputedStanding,
): string[] {
  const supplier = p.add(supplierId);
  if (archived) return [`DELETE FROM ranking_entry WHERE supplier_id = ${supplier}`];
  const scopes = [...computed.priorities.keys()];
  const rows = [...computed.priorities].map(
    ([scopeId, { result, adjustmentIds, targetSubstances }]) =>
      `(${[
        p.add(scopeId),
        supplier,
        p.add(result.priorityScore),
        p.add(computed.rankingScore.overall),
        p.add(names.name),
        p.add(names.country),
        p.add(computed.rankingScore.grade),
        p.add(computed.status),
        p.add(json(result.explanation)),
        p.add(json(adjustmentIds)),
        p.add(json(targetSubstances)),
      ].join(", ")})`,
  );
  return [
    `DELETE FROM ranking_entry
      WHERE supplier_id = ${supplier} AND NOT (scope_id = ANY(${p.add(scopes)}::uuid[]))`,
    `INSERT INTO ranking_entry (scope_id, supplier_id, priority_score, esg_score, supplier_name,
       country, grade, status, explanation, adjustment_ids, target_substances)
     VALUES ${rows.join(", ")}
     ON CONFLICT (scope_id, supplier_id) DO UPDATE SET
       priority_score = EXCLUDED.priority_score, esg_score = EXCLUDED.esg_score,
       supplier_name = EXCLUDED.supplier_name, country = EXCLUDED.country,
       grade = EXCLUDED.grade, status = EXCLUDED.status, explanation = EXCLUDED.explanation,
       adjustment_ids = EXCLUDED.adjustment_ids, target_substances = EXCLUDED.target_substances`,
  ];
}

/**
 * Writes a computed standing in one statement: the current row, its ranking rows and, with
 * `snapshot`, the score history row; returns the score and status stored before (read in the
 * same statement, which sees the table as it was when it began), null for a first standing.
 */
export async function writeStanding(
  manager: EntityManager,
  supplierId: string,
  write: {
    archived: boolean;
    names: { name: string; country: string };
    computed: ComputedStanding;
    cause: RecomputeCause;
    now: Date;
    snapshot: boolean;
  },
): Promise<StoredScore | null> {
  const { computed, now } = write;
  const p = new Params();
  const supplier = p.add(supplierId);
  const parts = [
    ...(write.snapshot && computed.score
      ? [snapshotInsert(p, supplierId, { ...computed, score: computed.score }, write.cause, now)]
      : []),
    standingUpsert(p, supplierId, computed, now),
    ...rankingWrites(p, supplierId, write.archived, write.names, computed),
  ];
  const rows = (await manager.query(
    `WITH stored AS (SELECT score_overall, grade, score_areas, status FROM supplier_standing
        WHERE supplier_id = ${supplier}),
     ${parts.map((sql, i) => `w${i} AS (${sql})`).join(",\n     ")}
     SELECT * FROM stored`,
    p.values,
  )) as {
    score_overall: number | null;
    grade: StoredScore["grade"];
    score_areas: StoredScore["scoreAreas"];
    status: StoredScore["status"];
  }[];
  const [stored = null] = rows.map((row) => ({
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
  const p = new Params();
  await manager.query(snapshotInsert(p, supplierId, computed, cause, now), p.values);
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
