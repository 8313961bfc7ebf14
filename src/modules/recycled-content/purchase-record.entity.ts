import { Field, Float, ID, ObjectType } from "type-graphql";
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
import { NUMERIC } from "../substance/numeric";
import { MaterialCategory } from "../supplier/material-category.entity";
import { Supplier } from "../supplier/supplier.entity";

/**
 * What was bought from a supplier in one material category in one month (from the ERP). A
 * record is never deleted or edited: a wrong one is voided, with a reason, and a corrected one
 * added. The ERP reference is unique, so importing the same file twice counts nothing twice.
 */
@ObjectType()
@Entity({ name: "purchase_record" })
@Index("purchase_record_category_period_idx", ["categoryId", "period"])
@Index("purchase_record_supplier_category_period_idx", ["supplierId", "categoryId", "period"])
@Index("purchase_record_reference_key", ["reference"], {
  unique: true,
  where: "reference IS NOT NULL",
})
@Check("purchase_record_quantity_check", `quantity_kg > 0`)
@Check("purchase_record_period_check", `EXTRACT(DAY FROM period) = 1`)
@Check(
  "purchase_record_void_check",
  `(voided_at IS NULL) = (voided_by_id IS NULL) AND (voided_at IS NULL) = (void_reason IS NULL)`,
)
export class PurchaseRecord {
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

  /** The 1st of the month (`YYYY-MM-DD`; `date` reads back as a string). */
  @Column({ type: "date" })
  period: string;

  @Field(() => Float)
  @Column({ type: "numeric", precision: 18, scale: 3, name: "quantity_kg", transformer: NUMERIC })
  quantityKg: number;

  @Field(() => String, { nullable: true, description: "The ERP's reference, unique when given" })
  @Column({ type: "varchar", length: 100, nullable: true })
  reference: string | null;

  @Column({ type: "uuid", name: "created_by_id" })
  createdById: string;

  @ManyToOne(() => User, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "created_by_id" })
  createdBy?: User;

  @Field(() => Date)
  @Column({ type: "timestamptz", name: "created_at" })
  createdAt: Date;

  /** Null for a record entered by hand; else the uploaded file it came from. */
  @Field(() => ID, { nullable: true })
  @Column({ type: "uuid", name: "source_document_id", nullable: true })
  sourceDocumentId: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: "timestamptz", name: "voided_at", nullable: true })
  voidedAt: Date | null;

  @Column({ type: "uuid", name: "voided_by_id", nullable: true })
  voidedById: string | null;

  @ManyToOne(() => User, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "voided_by_id" })
  voidedBy?: User;

  @Field(() => String, { nullable: true })
  @Column({ type: "varchar", length: 2000, name: "void_reason", nullable: true })
  voidReason: string | null;
}
