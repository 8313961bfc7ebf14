import { Field, ID, Int, ObjectType } from "type-graphql";
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from "typeorm";
import { Checklist } from "../checklist/checklist.entity";
import { Supplier } from "../supplier/supplier.entity";
import { SelfAssessmentStatus } from "../../shared/domain/self-assessment.enums";

@ObjectType()
@Entity({ name: "self_assessment" })
@Index("self_assessment_supplier_idx", ["supplierId", "checklistId", "status"])
// Partial unique index (one open SAQ per supplier and checklist) lives in the migration.
@Index("self_assessment_one_open_key", { synchronize: false })
export class SelfAssessment {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Column({ type: "uuid", name: "supplier_id" })
  supplierId: string;

  @ManyToOne(() => Supplier, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "supplier_id" })
  supplier?: Supplier;

  /** The exact published version answered, so old answers stay interpretable. */
  @Column({ type: "uuid", name: "checklist_id" })
  checklistId: string;

  @ManyToOne(() => Checklist, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "checklist_id" })
  checklist?: Checklist;

  @Field(() => SelfAssessmentStatus)
  @Column({ type: "varchar", length: 16, default: SelfAssessmentStatus.DRAFT })
  status: SelfAssessmentStatus;

  @Field(() => Date, { nullable: true })
  @Column({ type: "timestamptz", name: "submitted_at", nullable: true })
  submittedAt: Date | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: "timestamptz", name: "reviewed_at", nullable: true })
  reviewedAt: Date | null;

  @Field(() => String, { nullable: true })
  @Column({ type: "varchar", length: 2000, name: "return_reason", nullable: true })
  returnReason: string | null;

  @Field(() => Int, { description: "Send it back as expectedVersion when editing" })
  @Column({ type: "int", default: 1 })
  version: number;

  @Column({ type: "uuid", name: "created_by_id", nullable: true })
  createdById: string | null;

  @Field(() => Date)
  @CreateDateColumn({ type: "timestamptz", name: "created_at" })
  createdAt: Date;

  @Field(() => Date)
  @UpdateDateColumn({ type: "timestamptz", name: "updated_at" })
  updatedAt: Date;
}
