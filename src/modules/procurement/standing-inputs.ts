import type { EntityManager } from "typeorm";
import { ItemResult, Severity } from "../../shared/domain/audit.enums";
import { AnswerType, YesNoChoice } from "../../shared/domain/checklist.enums";
import { EsgArea } from "../../shared/domain/esg-area.enum";
import { answerConformance, computeAreaScores, resultConformance } from "../scoring/conformance";
import type { Supplier } from "../supplier/supplier.entity";
import { SUPPLIER_COLUMNS, supplierFromRow, type SupplierRow } from "../supplier/supplier.row";
import type { SustainabilityVerificationInput } from "../scoring/effective-sustainability";
import type { Traceability } from "../../shared/domain/sustainability.enums";
import type { PriorityAdjustment } from "./priority-adjustment.entity";
import type { AcceptedDeclarationInput } from "../scoring/procurement-status";
import type { RecycledDeclarationInput } from "../scoring/category-recycled-share";
import type { ProtectedAreaFlagInput } from "../scoring/procurement-status";
import type { TargetSubstanceFlag } from "../scoring/target-substance-flags";
import { loadTargets, targetsPresent } from "../declaration/declaration-compliance";
import type { HomogeneousMaterial } from "../declaration/declaration.content";
import { ADJUSTMENT_COLUMNS, adjustmentFromRow, type AdjustmentRow } from "./adjustment.repository";
import type { CategoryTraceability } from "../scoring/map-traceability";
import { loadCategoryTraceability } from "../supply-chain/supply-chain.repository";
import {
  SCREENING_HITS_COLUMN,
  screeningStandingOf,
  type ScreeningHitRow,
  type ScreeningStanding,
} from "./screening-standing";
import type { ThirdPartySourceInput } from "../scoring/supplier-score";
import { thirdPartyAreaScores, type ThirdPartyResult } from "../scoring/third-party-scores";

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
  /** Third-party results not withdrawn and within their scheme's validity (issue 19). */
  thirdParty: ThirdPartySourceInput[];
  openFindings: OpenFindingRow[];
  adjustments: PriorityAdjustment[];
  categoryIds: string[];
  /** The latest sustainability verification, valid or not (SPEC 11). */
  verification: SustainabilityVerificationInput | null;
  /**
   * Accepted, unexpired material declarations with a violation or a target substance
   * (issue 16); their expiry is a moment the standing changes.
   */
  declarations: AcceptedDeclarationInput[];
  /** The company's target substances those declarations contain, by the targets in force. */
  targetSubstances: TargetSubstanceFlag[];
  /** Open protected-area flags of the supplier's sites and map nodes, one per area and kind. */
  protectedAreaFlags: ProtectedAreaFlagInput[];
  /** Recycled-content declarations in force this month, the latest per category and element. */
  recycledContent: RecycledDeclarationInput[];
  /** When a recycled-content declaration of the supplier starts or ends counting; null: none. */
  recycledContentChangesAt: Date | null;
  /** Per category of the supplier, what its supply-chain map gives for traceability (issue 18). */
  traceability: (CategoryTraceability & { categoryId: string })[];
  /** Screening hits that block, and when a rebuttal in force expires (issue 18). */
  screening: ScreeningStanding;
}

function scoresOf(
  items: Array<{ area: EsgArea; weight: number; value: number | null }>,
): Map<EsgArea, number> {
  return new Map([...computeAreaScores(items)].map(([area, result]) => [area, result.score]));
}

interface RecycledDeclarationRow {
  id: string;
  category_id: string;
  element: string;
  /** `YYYY-MM-DD`, the 1st of the month. */
  valid_from: string;
  valid_to: string;
  element_fraction: number;
  recycled_fraction: number;
  verified: boolean;
}

const firstOfMonth = (at: Date) => new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), 1));
const monthAfter = (day: string) =>
  new Date(Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)), 1));

/**
 * Issue 17: per category and element the latest declared one covering the current month counts
 * (as in the portfolio figure); the next month one starts or stops counting is a change moment.
 * `rows` come latest declared first.
 */
function recycledContentOf(
  rows: readonly RecycledDeclarationRow[],
  now: Date,
): Pick<StandingInputs, "recycledContent" | "recycledContentChangesAt"> {
  const month = firstOfMonth(now).toISOString().slice(0, 10);
  const inForce = new Map<string, RecycledDeclarationInput>();
  let changesAt: number | null = null;
  for (const row of rows) {
    const at =
      row.valid_from > month ? Date.parse(row.valid_from) : monthAfter(row.valid_to).getTime();
    changesAt = changesAt === null ? at : Math.min(changesAt, at);
    const key = `${row.category_id}/${row.element}`;
    if (row.valid_from > month || inForce.has(key)) continue;
    inForce.set(key, {
      id: row.id,
      categoryId: row.category_id,
      element: row.element,
      validFrom: row.valid_from.slice(0, 7),
      validTo: row.valid_to.slice(0, 7),
      elementFraction: Number(row.element_fraction),
      recycledFraction: Number(row.recycled_fraction),
      verified: row.verified,
    });
  }
  return {
    recycledContent: [...inForce.values()],
    recycledContentChangesAt: changesAt === null ? null : new Date(changesAt),
  };
}

interface ThirdPartyRow {
  id: string;
  scheme: ThirdPartyResult["scheme"];
  assessed_at: string;
  valid_until: string;
  result: ThirdPartyResult;
}

/** Issue 18: open protected-area flags block until an auditor or admin clears them. */
interface ProtectedAreaColumns {
  protected_area_flags: ProtectedAreaFlagInput[];
}

interface VerificationColumns {
  v_verified_at: Date | null;
  v_renewable: number | null;
  v_third_party: number | null;
  v_recycled: number | null;
  v_traceability: Traceability | null;
  v_protected: boolean | null;
}

/** Timestamps inside json_agg arrive as ISO strings. */
type Json<T> = {
  [K in keyof T]: T[K] extends Date ? string : T[K] extends Date | null ? string | null : T[K];
};

const dateOrNull = (value: string | null) => (value === null ? null : new Date(value));

/** The supplier's records the statement brings along as JSON arrays, one column each. */
interface RecordColumns {
  audit_rows: {
    id: string;
    completed_at: string;
    area: EsgArea;
    weight: number;
    result: ItemResult;
  }[];
  saq_rows: {
    id: string;
    submitted_at: string;
    area: EsgArea;
    weight: number;
    answer_type: AnswerType;
    choice: YesNoChoice | null;
    scale: number | null;
    answer_id: string | null;
  }[];
  open_findings: { id: string; area: EsgArea; severity: Severity; due_date: string | null }[];
  adjustments: Json<AdjustmentRow>[];
  accepted_declarations: {
    id: string;
    category_id: string;
    part_number: string;
    part_name: string | null;
    valid_until: string;
    accepted_compliance: { compliant: boolean; violations: string[] };
    materials: HomogeneousMaterial[];
  }[];
}

/**
 * Reads the inputs, locking the supplier row first: recomputations of one supplier are
 * serialised, so concurrent completions, verifications and adjustments cannot interleave.
 *
 * Every audit completion, CAP verification and SAQ decision runs this inside its transaction,
 * and the seeding of large data sets runs it per supplier: hence hand-written SQL, and the
 * supplier's records (latest audit and SAQ with their rows, open findings, adjustments,
 * accepted declarations) as JSON columns of the supplier's statement: the lock, that statement
 * and the map's, rather than eight, and no query-builder or hydration cost.
 */
export async function loadStandingInputs(
  manager: EntityManager,
  supplierId: string,
  now: Date,
  options: { lock: boolean } = { lock: true },
): Promise<StandingInputs | null> {
  // The lock first, on its own: a statement reads one snapshot, taken before any wait for the
  // lock, so reading under it would miss what the transaction waited for had committed.
  if (options.lock)
    await manager.query(`SELECT 1 FROM supplier WHERE id = $1 FOR UPDATE`, [supplierId]);
  const [supplierRow] = (await manager.query(
    `SELECT ${SUPPLIER_COLUMNS},
       ARRAY(SELECT category_id::text FROM supplier_category WHERE supplier_id = s.id) AS category_ids,
       v.verified_at AS v_verified_at, v.renewable_electricity_share AS v_renewable,
       v.third_party_verified_material_share AS v_third_party, v.recycled_content_share AS v_recycled,
       v.traceability AS v_traceability, v.sources_from_protected_area AS v_protected,
       COALESCE((SELECT json_agg(DISTINCT jsonb_build_object('target', f.target, 'area', a.name))
         FROM protected_area_flag f JOIN protected_area a ON a.id = f.area_id
         WHERE f.supplier_id = s.id AND f.state = 'OPEN'), '[]') AS protected_area_flags,
       ${SCREENING_HITS_COLUMN},
       COALESCE((SELECT json_agg(json_build_object('id', d.id, 'category_id', d.category_id,
           'element', d.element, 'valid_from', d.valid_from, 'valid_to', d.valid_to,
           'element_fraction', d.element_fraction, 'recycled_fraction', d.recycled_fraction,
           'verified', d.verified_at IS NOT NULL) ORDER BY d.declared_at DESC, d.id DESC)
         FROM recycled_content_declaration d WHERE d.supplier_id = s.id AND d.valid_to >= $2),
         '[]') AS recycled_declarations,
       COALESCE((SELECT json_agg(json_build_object('id', t.id, 'scheme', t.scheme,
           'assessed_at', t.assessed_at, 'valid_until', t.valid_until, 'result', t.result)
           ORDER BY t.assessed_at DESC, t.id DESC)
         FROM third_party_assessment t
         WHERE t.supplier_id = s.id AND t.withdrawn_at IS NULL AND t.valid_until > $3),
         '[]') AS third_party,
       COALESCE((SELECT json_agg(json_build_object('id', a.id, 'completed_at', a.completed_at,
           'area', ci.area, 'weight', ci.weight, 'result', r.result))
         FROM (SELECT id, completed_at FROM audit WHERE supplier_id = s.id AND status = 'COMPLETED'
               ORDER BY completed_at DESC, id DESC LIMIT 1) a
         LEFT JOIN audit_item_result r ON r.audit_id = a.id
         LEFT JOIN checklist_item ci ON ci.id = r.item_id), '[]') AS audit_rows,
       COALESCE((SELECT json_agg(json_build_object('id', sa.id, 'submitted_at', sa.submitted_at,
           'area', ci.area, 'weight', ci.weight, 'answer_type', ci.answer_type,
           'choice', an.choice, 'scale', an.scale, 'answer_id', an.id))
         FROM (SELECT id, submitted_at FROM self_assessment
               WHERE supplier_id = s.id AND status IN ('SUBMITTED', 'REVIEWED')
                 AND submitted_at IS NOT NULL
               ORDER BY submitted_at DESC, id DESC LIMIT 1) sa
         LEFT JOIN self_assessment_answer an ON an.self_assessment_id = sa.id
         LEFT JOIN checklist_item ci ON ci.id = an.item_id), '[]') AS saq_rows,
       COALESCE((SELECT json_agg(json_build_object('id', f.id, 'area', f.area,
           'severity', f.severity, 'due_date', f.due_date))
         FROM finding f JOIN audit fa ON fa.id = f.audit_id
         WHERE f.supplier_id = s.id AND fa.status = 'COMPLETED' AND f.status = 'OPEN'),
         '[]') AS open_findings,
       COALESCE((SELECT json_agg(p ORDER BY p.created_at ASC)
         FROM (SELECT ${ADJUSTMENT_COLUMNS} FROM priority_adjustment
               WHERE supplier_id = s.id AND revoked_at IS NULL
                 AND (expires_at IS NULL OR expires_at > $3)) p), '[]') AS adjustments,
       COALESCE((SELECT json_agg(d ORDER BY d.part_number, d.id)
         FROM (SELECT id, category_id, part_number, part_name, valid_until, accepted_compliance,
                 materials
               FROM material_declaration
               WHERE supplier_id = s.id AND status = 'ACCEPTED' AND valid_until > $3) d),
         '[]') AS accepted_declarations
     FROM supplier s
     LEFT JOIN LATERAL (SELECT * FROM sustainability_verification
       WHERE supplier_id = s.id ORDER BY verified_at DESC, id DESC LIMIT 1) v ON true
     WHERE s.id = $1`,
    [supplierId, firstOfMonth(now).toISOString().slice(0, 10), now],
  )) as (SupplierRow & {
    category_ids: string[];
    recycled_declarations: RecycledDeclarationRow[];
    third_party: ThirdPartyRow[];
    screening_hits: ScreeningHitRow[];
  } & VerificationColumns &
    ProtectedAreaColumns &
    RecordColumns)[];
  if (!supplierRow) return null;
  const supplier = supplierFromRow(supplierRow);
  const verification: SustainabilityVerificationInput | null = supplierRow.v_verified_at
    ? {
        verifiedAt: supplierRow.v_verified_at,
        values: {
          renewableElectricityShare: supplierRow.v_renewable!,
          thirdPartyVerifiedMaterialShare: supplierRow.v_third_party!,
          recycledContentShare: supplierRow.v_recycled!,
          traceability: supplierRow.v_traceability!,
          sourcesFromProtectedArea: supplierRow.v_protected!,
        },
      }
    : null;

  // The latest completed audit and its results; one row with null results if it has none.
  const auditRows = supplierRow.audit_rows;
  let latestAudit: StandingInputs["latestAudit"] = null;
  if (auditRows.length > 0) {
    const rows = auditRows.filter((r) => r.result !== null);
    latestAudit = {
      id: auditRows[0].id,
      completedAt: new Date(auditRows[0].completed_at),
      areaScores: scoresOf(
        rows.map((r) => ({ area: r.area, weight: r.weight, value: resultConformance(r.result) })),
      ),
    };
  }

  // The latest submitted self-assessment and its answers, the same way.
  const saqRows = supplierRow.saq_rows;
  let latestSaq: StandingInputs["latestSaq"] = null;
  if (saqRows.length > 0) {
    const rows = saqRows.filter((r) => r.answer_id !== null);
    latestSaq = {
      id: saqRows[0].id,
      submittedAt: new Date(saqRows[0].submitted_at),
      areaScores: scoresOf(
        rows.map((r) => ({
          area: r.area,
          weight: r.weight,
          value: answerConformance(r.answer_type, r),
        })),
      ),
    };
  }

  const openFindings = supplierRow.open_findings.map((f) => ({
    id: f.id,
    area: f.area,
    severity: f.severity,
    dueDate: dateOrNull(f.due_date),
  }));
  const adjustments = supplierRow.adjustments.map((row) =>
    adjustmentFromRow({
      ...row,
      created_at: new Date(row.created_at),
      expires_at: dateOrNull(row.expires_at),
      revoked_at: dateOrNull(row.revoked_at),
    }),
  );

  // Compliance was computed when the reviewer accepted it (declaration/declaration.service.ts);
  // target substances are matched against the targets in force, group members included.
  const accepted = supplierRow.accepted_declarations.map((d) => ({
    ...d,
    valid_until: new Date(d.valid_until),
  }));
  const targets = accepted.some((d) => d.materials.length > 0) ? await loadTargets(manager) : [];
  const targetSubstances: TargetSubstanceFlag[] = accepted.flatMap((d) =>
    targetsPresent(d, targets).map((t) => ({
      substanceName: t.name,
      cas: t.cas,
      kind: t.kind,
      material: t.material,
      declarationId: d.id,
      partNumber: d.part_number,
      partName: d.part_name,
      categoryId: d.category_id,
    })),
  );
  const flagged = new Set(targetSubstances.map((t) => t.declarationId));
  const declarations = accepted
    .filter((d) => d.accepted_compliance.violations.length > 0 || flagged.has(d.id))
    .map((d) => ({
      id: d.id,
      part: d.part_name ? `${d.part_number} (${d.part_name})` : d.part_number,
      validUntil: d.valid_until,
      violations: d.accepted_compliance.violations,
    }));

  const traceability = await loadCategoryTraceability(manager, supplierId);

  return {
    supplier,
    screening: screeningStandingOf(supplierRow.screening_hits),
    declarations,
    targetSubstances,
    ...recycledContentOf(supplierRow.recycled_declarations, now),
    protectedAreaFlags: [...supplierRow.protected_area_flags].sort(
      (a, b) => a.area.localeCompare(b.area) || a.target.localeCompare(b.target),
    ),
    latestAudit,
    latestSaq,
    thirdParty: supplierRow.third_party.map((t) => ({
      assessmentId: t.id,
      scheme: t.scheme,
      assessedAt: new Date(t.assessed_at),
      validUntil: new Date(t.valid_until),
      areaScores: thirdPartyAreaScores(t.result),
    })),
    openFindings,
    adjustments,
    categoryIds: supplierRow.category_ids,
    traceability,
    verification,
  };
}
