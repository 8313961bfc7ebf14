import type { EntityManager } from "typeorm";
import { ItemResult, Severity } from "../audit/audit.enums";
import { AnswerType, YesNoChoice } from "../checklist/checklist.enums";
import { EsgArea } from "../checklist/esg-area.enum";
import { answerConformance, computeAreaScores, resultConformance } from "../scoring/conformance";
import { Supplier } from "../supplier/supplier.entity";
import { PriorityAdjustment } from "./priority-adjustment.entity";

export interface OpenFindingRow {
  id: string;
  area: EsgArea;
  severity: Severity;
  dueDate: Date | null;
}

/** Everything a supplier's score, status and priority are computed from, read in one place. */
export interface StandingInputs {
  supplier: Supplier;
  latestAudit: { id: string; completedAt: Date; areaScores: Map<EsgArea, number> } | null;
  latestSaq: { id: string; submittedAt: Date; areaScores: Map<EsgArea, number> } | null;
  openFindings: OpenFindingRow[];
  adjustments: PriorityAdjustment[];
  categoryIds: string[];
}

function scoresOf(
  items: Array<{ area: EsgArea; weight: number; value: number | null }>,
): Map<EsgArea, number> {
  return new Map([...computeAreaScores(items)].map(([area, result]) => [area, result.score]));
}

/**
 * Reads the inputs, locking the supplier row first: recomputations of one supplier are
 * serialised, so concurrent completions, verifications and adjustments cannot interleave.
 */
export async function loadStandingInputs(
  manager: EntityManager,
  supplierId: string,
  now: Date,
  options: { lock: boolean } = { lock: true },
): Promise<StandingInputs | null> {
  const supplier = await manager.findOne(Supplier, {
    where: { id: supplierId },
    ...(options.lock ? { lock: { mode: "pessimistic_write" as const } } : {}),
  });
  if (!supplier) return null;

  const [audit] = (await manager.query(
    `SELECT id, completed_at FROM audit WHERE supplier_id = $1 AND status = 'COMPLETED'
     ORDER BY completed_at DESC, id DESC LIMIT 1`,
    [supplierId],
  )) as { id: string; completed_at: Date }[];
  let latestAudit: StandingInputs["latestAudit"] = null;
  if (audit) {
    const rows = (await manager.query(
      `SELECT ci.area, ci.weight, r.result FROM audit_item_result r
       JOIN checklist_item ci ON ci.id = r.item_id WHERE r.audit_id = $1`,
      [audit.id],
    )) as { area: EsgArea; weight: number; result: ItemResult }[];
    latestAudit = {
      id: audit.id,
      completedAt: audit.completed_at,
      areaScores: scoresOf(
        rows.map((r) => ({ area: r.area, weight: r.weight, value: resultConformance(r.result) })),
      ),
    };
  }

  const [saq] = (await manager.query(
    `SELECT id, submitted_at FROM self_assessment
     WHERE supplier_id = $1 AND status IN ('SUBMITTED', 'REVIEWED') AND submitted_at IS NOT NULL
     ORDER BY submitted_at DESC, id DESC LIMIT 1`,
    [supplierId],
  )) as { id: string; submitted_at: Date }[];
  let latestSaq: StandingInputs["latestSaq"] = null;
  if (saq) {
    const rows = (await manager.query(
      `SELECT ci.area, ci.weight, ci.answer_type, a.choice, a.scale FROM self_assessment_answer a
       JOIN checklist_item ci ON ci.id = a.item_id WHERE a.self_assessment_id = $1`,
      [saq.id],
    )) as {
      area: EsgArea;
      weight: number;
      answer_type: AnswerType;
      choice: YesNoChoice | null;
      scale: number | null;
    }[];
    latestSaq = {
      id: saq.id,
      submittedAt: saq.submitted_at,
      areaScores: scoresOf(
        rows.map((r) => ({
          area: r.area,
          weight: r.weight,
          value: answerConformance(r.answer_type, r),
        })),
      ),
    };
  }

  const openFindings = (
    (await manager.query(
      `SELECT f.id, f.area, f.severity, f.due_date FROM finding f JOIN audit a ON a.id = f.audit_id
       WHERE f.supplier_id = $1 AND a.status = 'COMPLETED' AND f.status = 'OPEN'`,
      [supplierId],
    )) as { id: string; area: EsgArea; severity: Severity; due_date: Date | null }[]
  ).map((f) => ({ id: f.id, area: f.area, severity: f.severity, dueDate: f.due_date }));

  const adjustments = await manager
    .createQueryBuilder(PriorityAdjustment, "p")
    .where("p.supplierId = :supplierId AND p.revokedAt IS NULL", { supplierId })
    .andWhere("(p.expiresAt IS NULL OR p.expiresAt > :now)", { now })
    .orderBy("p.createdAt", "ASC")
    .getMany();

  const categoryIds = (
    (await manager.query(`SELECT category_id FROM supplier_category WHERE supplier_id = $1`, [
      supplierId,
    ])) as {
      category_id: string;
    }[]
  ).map((row) => row.category_id);

  return { supplier, latestAudit, latestSaq, openFindings, adjustments, categoryIds };
}
