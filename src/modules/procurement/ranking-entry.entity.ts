import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from "typeorm";
import { Supplier } from "../supplier/supplier.entity";
import type { ScoreLine } from "../scoring/score-line";
import type { TargetSubstanceFlag } from "../scoring/target-substance-flags";
import { Grade, ProcurementStatus } from "../../shared/domain/procurement.enums";

/**
 * The scope of the ranking across all material categories: the nil UUID, stored in
 * ranking_entry.scope_id (no material category has it). Used for nothing else.
 */
export const ALL_CATEGORIES_SCOPE = "00000000-0000-0000-0000-000000000000";

/**
 * One row per supplier and ranking scope (every material category it supplies, plus the
 * all-categories scope), kept in ranking order by an index so a page is a short index scan
 * whatever the number of suppliers. Category-scoped adjustments make the scopes differ.
 */
@Entity({ name: "ranking_entry" })
// (scope_id, priority_score DESC, esg_score DESC, supplier_name, supplier_id): in the migration.
@Index("ranking_entry_order_idx", { synchronize: false })
// Every filter of a ranking: its totalCount is an index-only scan, not one heap page per row
// (rows are wide and scattered, 5 ms for one category at 100 000 suppliers without it).
@Index("ranking_entry_count_idx", ["scopeId", "status", "grade", "country"])
// Each recomputation replaces one supplier's rows: without it, a scan of the primary key
// (scope_id first) that grows with the supplier count (8 ms at 100 000 on PostgreSQL 15).
@Index("ranking_entry_supplier_idx", ["supplierId"])
export class RankingEntry {
  @PrimaryColumn({ type: "uuid", name: "scope_id" })
  scopeId: string;

  @PrimaryColumn({ type: "uuid", name: "supplier_id" })
  supplierId: string;

  @ManyToOne(() => Supplier, { onDelete: "CASCADE" })
  @JoinColumn({ name: "supplier_id" })
  supplier?: Supplier;

  @Column({ type: "double precision", name: "priority_score" })
  priorityScore: number;

  @Column({ type: "double precision", name: "esg_score" })
  esgScore: number;

  @Column({ type: "varchar", length: 200, name: "supplier_name" })
  supplierName: string;

  @Column({ type: "char", length: 2 })
  country: string;

  @Column({ type: "varchar", length: 1 })
  grade: Grade;

  @Column({ type: "varchar", length: 16 })
  status: ProcurementStatus;

  @Column({ type: "jsonb" })
  explanation: ScoreLine[];

  @Column({ type: "jsonb", name: "adjustment_ids", default: () => "'[]'" })
  adjustmentIds: string[];

  /** Issue 16: the target substances flagged on the row; stored so a page reads no more. */
  @Column({ type: "jsonb", name: "target_substances", default: () => "'[]'" })
  targetSubstances: TargetSubstanceFlag[];
}
