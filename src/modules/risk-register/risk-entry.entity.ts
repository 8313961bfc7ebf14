import { Field, ID, Int, ObjectType } from "type-graphql";
import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from "typeorm";
import { User } from "../identity/user.entity";
import { Substance } from "../substance/substance.entity";
import { MaterialCategory } from "../supplier/material-category.entity";
import { Supplier } from "../supplier/supplier.entity";
import { ApplicationStage } from "./risk-register.enums";

/**
 * One line of the company's hazardous-substance inventory (identify), with its current
 * analysis (the latest assessment's factors). `priority` is stored for the ordering, always
 * likelihood x exposure x severity (a check holds it); the assessments keep the history.
 */
@ObjectType()
@Entity({ name: "risk_entry" })
@Index("risk_entry_priority_idx", ["priority", "id"])
@Index("risk_entry_category_idx", ["categoryId"])
@Index("risk_entry_substance_idx", ["substanceId"])
@Check(
  "risk_entry_stage_check",
  `stage IN ('DESIGN', 'RAW_MATERIAL', 'PRODUCTION', 'PACKAGING', 'USE', 'END_OF_LIFE')`,
)
@Check(
  "risk_entry_factors_check",
  `likelihood BETWEEN 1 AND 5 AND exposure BETWEEN 1 AND 5 AND severity BETWEEN 1 AND 5`,
)
@Check("risk_entry_priority_check", `priority = likelihood * exposure * severity`)
export class RiskEntry {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Column({ type: "uuid", name: "substance_id" })
  substanceId: string;

  @ManyToOne(() => Substance, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "substance_id" })
  substance?: Substance;

  @Field(() => ApplicationStage)
  @Column({ type: "varchar", length: 16 })
  stage: ApplicationStage;

  @Field(() => String, { description: "The site or product line where it is used" })
  @Column({ type: "varchar", length: 200 })
  location: string;

  @Column({ type: "uuid", name: "supplier_id", nullable: true })
  supplierId: string | null;

  @ManyToOne(() => Supplier, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "supplier_id" })
  supplier?: Supplier;

  @Column({ type: "uuid", name: "category_id", nullable: true })
  categoryId: string | null;

  @ManyToOne(() => MaterialCategory, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "category_id" })
  category?: MaterialCategory;

  @Field(() => Int, { description: "Likelihood of occurrence, 1-5 (latest assessment)" })
  @Column({ type: "smallint" })
  likelihood: number;

  @Field(() => Int, { description: "Frequency of exposure, 1-5 (latest assessment)" })
  @Column({ type: "smallint" })
  exposure: number;

  @Field(() => Int, { description: "Severity of consequences, 1-5 (latest assessment)" })
  @Column({ type: "smallint" })
  severity: number;

  @Field(() => Int, { description: "likelihood x exposure x severity, 1-125: orders the work" })
  @Column({ type: "smallint" })
  priority: number;

  @Field(() => Date)
  @Column({ type: "timestamptz", name: "last_assessed_at" })
  lastAssessedAt: Date;

  /** Set by an edit of the stage or site, cleared by the next assessment. */
  @Column({ type: "boolean", name: "process_changed", default: false })
  processChanged: boolean;

  @Field(() => Int)
  @Column({ type: "int" })
  version: number;

  @Column({ type: "uuid", name: "created_by_id" })
  createdById: string;

  @ManyToOne(() => User, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "created_by_id" })
  createdBy?: User;

  @Field(() => Date)
  @Column({ type: "timestamptz", name: "created_at" })
  createdAt: Date;

  @Field(() => Date)
  @Column({ type: "timestamptz", name: "updated_at" })
  updatedAt: Date;
}
