import { Field, ID, Int, ObjectType } from "type-graphql";
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from "typeorm";
import { ChecklistItem } from "../checklist/checklist-item.entity";
import { EsgArea } from "../../shared/domain/esg-area.enum";
import { Evidence } from "../evidence/evidence";
import { Supplier } from "../supplier/supplier.entity";
import { Audit } from "./audit.entity";
import { FindingStatus, Severity } from "../../shared/domain/audit.enums";

@ObjectType()
@Entity({ name: "finding" })
@Index("finding_audit_idx", ["auditId"])
@Index("finding_supplier_status_idx", ["supplierId", "status"])
@Index("finding_open_due_idx", ["status", "dueDate"])
// GIN over to_tsvector('simple', description), written by hand in its migration.
@Index("finding_description_search_idx", { synchronize: false })
@Check("finding_likelihood_check", `likelihood BETWEEN 1 AND 5`)
@Check("finding_impact_check", `impact BETWEEN 1 AND 5`)
@Check("finding_risk_score_check", `risk_score = likelihood * impact`)
export class Finding {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Column({ type: "uuid", name: "audit_id" })
  auditId: string;

  @ManyToOne(() => Audit, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "audit_id" })
  audit?: Audit;

  /** Denormalised from the audit: open findings per supplier drive scores and status. */
  @Column({ type: "uuid", name: "supplier_id" })
  supplierId: string;

  @ManyToOne(() => Supplier, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "supplier_id" })
  supplier?: Supplier;

  @Field(() => EsgArea)
  @Column({ type: "varchar", length: 32 })
  area: EsgArea;

  @Column({ type: "uuid", name: "item_id", nullable: true })
  itemId: string | null;

  @ManyToOne(() => ChecklistItem, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "item_id" })
  item?: ChecklistItem;

  @Field(() => Severity)
  @Column({ type: "varchar", length: 16 })
  severity: Severity;

  @Field(() => Int)
  @Column({ type: "int" })
  likelihood: number;

  @Field(() => Int)
  @Column({ type: "int" })
  impact: number;

  @Field(() => Int, { description: "likelihood x impact" })
  @Column({ type: "int", name: "risk_score" })
  riskScore: number;

  @Field(() => FindingStatus)
  @Column({ type: "varchar", length: 16, default: FindingStatus.OPEN })
  status: FindingStatus;

  /** Bumped by every edit and by withdrawal: `expectedVersion` refuses a stale form. */
  @Field(() => Int)
  @Column({ type: "int", default: 1 })
  version: number;

  @Field(() => String)
  @Column({ type: "varchar", length: 4000 })
  description: string;

  @Field(() => [Evidence])
  @Column({ type: "jsonb", default: () => "'[]'" })
  evidence: Evidence[];

  /** Set when the audit completes (SPEC 6 deadlines). */
  @Field(() => Date, { nullable: true })
  @Column({ type: "timestamptz", name: "cap_due_date", nullable: true })
  capDueDate: Date | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: "timestamptz", name: "due_date", nullable: true })
  dueDate: Date | null;

  @Field(() => Boolean)
  @Column({ type: "boolean", default: false })
  repeat: boolean;

  @Field(() => Date, { nullable: true })
  @Column({ type: "timestamptz", name: "closed_at", nullable: true })
  closedAt: Date | null;

  /** A withdrawn finding stays on record (status WITHDRAWN) but counts for nothing. */
  @Field(() => Date, { nullable: true })
  @Column({ type: "timestamptz", name: "withdrawn_at", nullable: true })
  withdrawnAt: Date | null;

  @Field(() => String, { nullable: true, description: "Why the lead auditor withdrew it" })
  @Column({ type: "varchar", length: 2000, name: "withdrawal_reason", nullable: true })
  withdrawalReason: string | null;

  @Column({ type: "uuid", name: "recorded_by_id", nullable: true })
  recordedById: string | null;

  @Field(() => Date)
  @CreateDateColumn({ type: "timestamptz", name: "created_at" })
  createdAt: Date;
}
