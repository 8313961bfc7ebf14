import { Field, ID, Int, ObjectType } from "type-graphql";
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from "typeorm";
import { Checklist } from "../checklist/checklist.entity";
import { User } from "../identity/user.entity";
import { SupplierSite } from "../supplier/supplier-site.entity";
import { Supplier } from "../supplier/supplier.entity";
import { AuditStatus, AuditType } from "../../shared/domain/audit.enums";

@ObjectType()
@Entity({ name: "audit" })
@Index("audit_supplier_completed_idx", ["supplierId", "completedAt"])
@Index("audit_status_planned_idx", ["status", "plannedDate"])
@Index("audit_lead_auditor_idx", ["leadAuditorId", "status"])
export class Audit {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Column({ type: "uuid", name: "supplier_id" })
  supplierId: string;

  @ManyToOne(() => Supplier, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "supplier_id" })
  supplier?: Supplier;

  @Column({ type: "uuid", name: "site_id", nullable: true })
  siteId: string | null;

  @ManyToOne(() => SupplierSite, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "site_id" })
  site?: SupplierSite;

  /** The exact published checklist version audited against. */
  @Column({ type: "uuid", name: "checklist_id" })
  checklistId: string;

  @ManyToOne(() => Checklist, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "checklist_id" })
  checklist?: Checklist;

  @Field(() => AuditType)
  @Column({ type: "varchar", length: 16 })
  type: AuditType;

  @Field(() => AuditStatus)
  @Column({ type: "varchar", length: 16, default: AuditStatus.PLANNED })
  status: AuditStatus;

  @Column({ type: "uuid", name: "lead_auditor_id" })
  leadAuditorId: string;

  @ManyToOne(() => User, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "lead_auditor_id" })
  leadAuditor?: User;

  @Field(() => String, { nullable: true, description: "Third-party audit firm, if any" })
  @Column({ type: "varchar", length: 200, name: "audit_firm", nullable: true })
  auditFirm: string | null;

  @Field(() => Date)
  @Column({ type: "timestamptz", name: "planned_date" })
  plannedDate: Date;

  @Field(() => Date, { nullable: true })
  @Column({ type: "timestamptz", name: "started_at", nullable: true })
  startedAt: Date | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: "timestamptz", name: "completed_at", nullable: true })
  completedAt: Date | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: "timestamptz", name: "cancelled_at", nullable: true })
  cancelledAt: Date | null;

  @Field(() => String, { nullable: true })
  @Column({ type: "varchar", length: 2000, name: "cancel_reason", nullable: true })
  cancelReason: string | null;

  @Field(() => Int)
  @Column({ type: "int", default: 1 })
  version: number;

  @Field(() => Date)
  @CreateDateColumn({ type: "timestamptz", name: "created_at" })
  createdAt: Date;
}
