import { Field, ID, ObjectType } from "type-graphql";
import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from "typeorm";
import { Document } from "../document/document.entity";
import { User } from "../identity/user.entity";
import { CertificateType } from "./certificate-type";
import { Supplier } from "./supplier.entity";

/**
 * A certificate a supplier holds (ISO 14001, SA8000...). A record: never edited or deleted (a
 * renewal is a new certificate); only its verification is filled in, once (the table's guard
 * trigger holds it to that).
 */
@ObjectType()
@Entity({ name: "certificate" })
@Index("certificate_supplier_idx", ["supplierId", "validUntil"])
@Check(
  "certificate_kind_check",
  `kind IN ('ISO_14001', 'ISO_45001', 'ISO_9001', 'ISO_50001', 'SA8000', 'SSI', 'OTHER')`,
)
@Check("certificate_other_type_check", `(kind = 'OTHER') = (other_type IS NOT NULL)`)
@Check("certificate_validity_check", `valid_from IS NULL OR valid_until > valid_from`)
@Check("certificate_verified_check", `(verified_at IS NULL) = (verified_by_id IS NULL)`)
@Check(
  "certificate_verification_note_check",
  `verification_note IS NULL OR verified_at IS NOT NULL`,
)
export class Certificate {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Column({ type: "uuid", name: "supplier_id" })
  supplierId: string;

  @ManyToOne(() => Supplier, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "supplier_id" })
  supplier?: Supplier;

  @Field(() => CertificateType)
  @Column({ type: "varchar", length: 16 })
  kind: CertificateType;

  /** The standard's name when `kind` is OTHER; null otherwise. */
  @Column({ type: "varchar", length: 100, name: "other_type", nullable: true })
  otherType: string | null;

  @Field(() => String)
  @Column({ type: "varchar", length: 200 })
  issuer: string;

  @Field(() => String, { nullable: true })
  @Column({ type: "varchar", length: 100, nullable: true })
  number: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: "timestamptz", name: "valid_from", nullable: true })
  validFrom: Date | null;

  @Field(() => Date)
  @Column({ type: "timestamptz", name: "valid_until" })
  validUntil: Date;

  @Column({ type: "uuid", name: "document_id", nullable: true })
  documentId: string | null;

  @ManyToOne(() => Document, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "document_id" })
  document?: Document;

  @Column({ type: "uuid", name: "added_by_id" })
  addedById: string;

  @ManyToOne(() => User, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "added_by_id" })
  addedBy?: User;

  @Field(() => Date)
  @Column({ type: "timestamptz", name: "added_at" })
  addedAt: Date;

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
