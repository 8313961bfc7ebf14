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
  UpdateDateColumn,
} from "typeorm";
import { Evidence } from "../evidence/evidence";
import { MaterialCategory } from "../supplier/material-category.entity";
import { Supplier } from "../supplier/supplier.entity";
import { DeclarationClass, DeclarationStatus } from "./declaration.enums";
import { HomogeneousMaterial, ListStatement } from "./declaration.content";

/**
 * What the reviewer accepted, computed at acceptance: procurement's status rule reads it
 * (`procurement/standing-inputs.ts`), so a recompute needs no list evaluation.
 */
export interface AcceptedCompliance {
  compliant: boolean;
  /** One readable line per violation. */
  violations: string[];
  /** The ELIMINATE target substances present, by name. */
  eliminate: string[];
}

@ObjectType()
@Entity({ name: "material_declaration" })
@Index("material_declaration_supplier_idx", ["supplierId", "status"])
@Check("material_declaration_class_check", `declaration_class IN ('A', 'C', 'D')`)
@Check(
  "material_declaration_status_check",
  `status IN ('DRAFT', 'SUBMITTED', 'ACCEPTED', 'REJECTED')`,
)
export class MaterialDeclaration {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Column({ type: "uuid", name: "supplier_id" })
  supplierId: string;

  @ManyToOne(() => Supplier, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "supplier_id" })
  supplier?: Supplier;

  @Column({ type: "uuid", name: "category_id" })
  categoryId: string;

  @ManyToOne(() => MaterialCategory, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "category_id" })
  category?: MaterialCategory;

  @Field(() => String)
  @Column({ type: "varchar", length: 200, name: "part_number" })
  partNumber: string;

  @Field(() => String, { nullable: true })
  @Column({ type: "varchar", length: 200, name: "part_name", nullable: true })
  partName: string | null;

  @Field(() => DeclarationClass)
  @Column({ type: "varchar", length: 1, name: "declaration_class" })
  declarationClass: DeclarationClass;

  @Field(() => DeclarationStatus)
  @Column({ type: "varchar", length: 16, default: DeclarationStatus.DRAFT })
  status: DeclarationStatus;

  @Field(() => [ListStatement], { description: "Class A: one statement per list" })
  @Column({ type: "jsonb", default: () => "'[]'" })
  statements: ListStatement[];

  @Field(() => [HomogeneousMaterial], { description: "Class C: the homogeneous materials" })
  @Column({ type: "jsonb", default: () => "'[]'" })
  materials: HomogeneousMaterial[];

  @Field(() => [Evidence], { description: "Test reports and other proof" })
  @Column({ type: "jsonb", default: () => "'[]'" })
  evidence: Evidence[];

  @Field(() => Date, {
    nullable: true,
    description: "When the supplier declared it (the lists in force then judge it); null: now",
  })
  @Column({ type: "timestamptz", name: "declared_at", nullable: true })
  declaredAt: Date | null;

  @Field(() => Date)
  @Column({ type: "timestamptz", name: "valid_until" })
  validUntil: Date;

  @Field(() => ID, { nullable: true, description: "The IPC-1752A file it was imported from" })
  @Column({ type: "uuid", name: "source_document_id", nullable: true })
  sourceDocumentId: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: "varchar", length: 2000, name: "reject_reason", nullable: true })
  rejectReason: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: "timestamptz", name: "submitted_at", nullable: true })
  submittedAt: Date | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: "timestamptz", name: "reviewed_at", nullable: true })
  reviewedAt: Date | null;

  @Column({ type: "uuid", name: "reviewed_by_id", nullable: true })
  reviewedById: string | null;

  @Column({ type: "jsonb", name: "accepted_compliance", nullable: true })
  acceptedCompliance: AcceptedCompliance | null;

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
