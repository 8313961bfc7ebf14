import { Column, Entity, Index, JoinColumn, OneToOne, PrimaryColumn } from "typeorm";
import { Supplier } from "../supplier/supplier.entity";
import type { AreaScoreResult } from "../scoring/supplier-score";
import type { ScoreLine } from "../scoring/score-line";
import { Grade, ProcurementStatus } from "../../shared/domain/procurement.enums";

/**
 * A supplier's current score, status and priority, maintained in the transaction of every
 * change that affects them and refreshed when time alone changes them (`nextChangeAt`).
 */
@Entity({ name: "supplier_standing" })
@Index("supplier_standing_next_change_idx", ["nextChangeAt"])
export class SupplierStanding {
  @PrimaryColumn({ type: "uuid", name: "supplier_id" })
  supplierId: string;

  @OneToOne(() => Supplier, { onDelete: "CASCADE" })
  @JoinColumn({ name: "supplier_id" })
  supplier?: Supplier;

  /** Null until the supplier has any evidence (audit or self-assessment). */
  @Column({ type: "double precision", name: "score_overall", nullable: true })
  scoreOverall: number | null;

  @Column({ type: "varchar", length: 1, nullable: true })
  grade: Grade | null;

  @Column({ type: "jsonb", name: "score_areas", nullable: true })
  scoreAreas: AreaScoreResult[] | null;

  @Column({ type: "jsonb", name: "score_explanation", nullable: true })
  scoreExplanation: ScoreLine[] | null;

  @Column({ type: "timestamptz", name: "score_computed_at", nullable: true })
  scoreComputedAt: Date | null;

  @Column({ type: "timestamptz", name: "score_valid_until", nullable: true })
  scoreValidUntil: Date | null;

  @Column({ type: "varchar", length: 20, name: "formula_version", nullable: true })
  formulaVersion: string | null;

  @Column({ type: "varchar", length: 16 })
  status: ProcurementStatus;

  @Column({ type: "jsonb", name: "status_reasons", default: () => "'[]'" })
  statusReasons: string[];

  @Column({ type: "double precision", name: "material_score" })
  materialScore: number;

  @Column({ type: "int", name: "open_zero_tolerance_count", default: 0 })
  openZeroToleranceCount: number;

  @Column({ type: "int", name: "overdue_finding_count", default: 0 })
  overdueFindingCount: number;

  @Column({ type: "timestamptz", name: "last_completed_audit_at", nullable: true })
  lastCompletedAuditAt: Date | null;

  @Column({ type: "timestamptz", name: "next_audit_due" })
  nextAuditDue: Date;

  /** When time alone will change this standing (a due date passing, an expiry); null: never. */
  @Column({ type: "timestamptz", name: "next_change_at", nullable: true })
  nextChangeAt: Date | null;

  @Column({ type: "timestamptz", name: "computed_at" })
  computedAt: Date;
}
