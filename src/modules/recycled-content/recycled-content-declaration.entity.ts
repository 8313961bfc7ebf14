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
import { Evidence } from "../evidence/evidence";
import { User } from "../identity/user.entity";
import { NUMERIC } from "../substance/numeric";
import { MaterialCategory } from "../supplier/material-category.entity";
import { Supplier } from "../supplier/supplier.entity";
import { Element, RecycledContentMethod } from "./recycled-content.enums";

const FRACTION = { type: "numeric", precision: 7, scale: 6, transformer: NUMERIC } as const;

/**
 * A supplier's statement of the recycled content of one element in what it sells in one
 * material category, for a range of months. A record: never edited; a newer declaration
 * supersedes it for the months both cover. The one change is its verification, once.
 */
@ObjectType()
@Entity({ name: "recycled_content_declaration" })
@Index("recycled_content_declaration_lookup_idx", [
  "supplierId",
  "categoryId",
  "element",
  "validFrom",
])
@Index("recycled_content_declaration_element_idx", ["element", "categoryId"])
@Check(
  "recycled_content_declaration_element_check",
  `element IN ('LI', 'CO', 'NI', 'PB', 'AL', 'SI')`,
)
@Check("recycled_content_declaration_method_check", `method IN ('MASS_BALANCE', 'SEGREGATED')`)
@Check(
  "recycled_content_declaration_months_check",
  `EXTRACT(DAY FROM valid_from) = 1 AND EXTRACT(DAY FROM valid_to) = 1 AND valid_to >= valid_from`,
)
@Check(
  "recycled_content_declaration_fractions_check",
  `element_fraction > 0 AND element_fraction <= 1 AND pre_consumer_fraction >= 0 AND post_consumer_fraction >= 0 AND recycled_fraction = pre_consumer_fraction + post_consumer_fraction AND recycled_fraction <= 1`,
)
@Check(
  "recycled_content_declaration_verified_check",
  `(verified_at IS NULL) = (verified_by_id IS NULL) AND (verification_note IS NULL OR verified_at IS NOT NULL)`,
)
export class RecycledContentDeclaration {
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

  @Field(() => Element)
  @Column({ type: "varchar", length: 2 })
  element: Element;

  /** The first month covered (the 1st, `YYYY-MM-DD`). */
  @Column({ type: "date", name: "valid_from" })
  validFrom: string;

  /** The last month covered, inclusive (the 1st of it). */
  @Column({ type: "date", name: "valid_to" })
  validTo: string;

  @Field(() => Float, { description: "Mass of the element per mass purchased (0-1]" })
  @Column({ ...FRACTION, name: "element_fraction" })
  elementFraction: number;

  @Field(() => Float, { description: "Recycled share of that element, pre + post (0-1)" })
  @Column({ ...FRACTION, name: "recycled_fraction" })
  recycledFraction: number;

  @Field(() => Float, { description: "From manufacturing waste (0-1 of the element)" })
  @Column({ ...FRACTION, name: "pre_consumer_fraction" })
  preConsumerFraction: number;

  @Field(() => Float, { description: "From post-consumer waste (0-1 of the element)" })
  @Column({ ...FRACTION, name: "post_consumer_fraction" })
  postConsumerFraction: number;

  @Field(() => RecycledContentMethod)
  @Column({ type: "varchar", length: 16 })
  method: RecycledContentMethod;

  @Field(() => [Evidence])
  @Column({ type: "jsonb" })
  evidence: Evidence[];

  @Column({ type: "uuid", name: "declared_by_id" })
  declaredById: string;

  @ManyToOne(() => User, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "declared_by_id" })
  declaredBy?: User;

  @Field(() => Date)
  @Column({ type: "timestamptz", name: "declared_at" })
  declaredAt: Date;

  @Column({ type: "uuid", name: "verified_by_id", nullable: true })
  verifiedById: string | null;

  @ManyToOne(() => User, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "verified_by_id" })
  verifiedBy?: User;

  @Field(() => Date, { nullable: true })
  @Column({ type: "timestamptz", name: "verified_at", nullable: true })
  verifiedAt: Date | null;

  @Field(() => String, { nullable: true })
  @Column({ type: "varchar", length: 2000, name: "verification_note", nullable: true })
  verificationNote: string | null;
}
