import { GraphQLJSONObject } from "graphql-scalars";
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
import { ThirdPartyScheme } from "../../shared/domain/third-party.enums";
import { Document } from "../document/document.entity";
import { User } from "../identity/user.entity";
import type { ThirdPartyResult } from "../scoring/third-party-scores";
import { Supplier } from "../supplier/supplier.entity";

/**
 * A result of another scheme (SMETA, RBA VAP, amfori BSCI, EcoVadis, SSI) taken over from its
 * report. A record: never edited or deleted (a correction is a withdrawal and a new import);
 * the guard trigger lets only the withdrawal be set, once.
 */
@ObjectType({ description: "A third-party scheme's result, a score source below own audits" })
@Entity({ name: "third_party_assessment" })
@Index("third_party_assessment_supplier_idx", ["supplierId", "validUntil"])
@Check(
  "third_party_assessment_scheme_check",
  `scheme IN ('SMETA', 'RBA_VAP', 'AMFORI_BSCI', 'ECOVADIS', 'SSI')`,
)
@Check("third_party_assessment_validity_check", `valid_until > assessed_at`)
@Check(
  "third_party_assessment_withdrawn_check",
  `(withdrawn_at IS NULL) = (withdrawn_by_id IS NULL) AND (withdrawn_at IS NULL) = (withdraw_reason IS NULL)`,
)
export class ThirdPartyAssessment {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Column({ type: "uuid", name: "supplier_id" })
  supplierId: string;

  @ManyToOne(() => Supplier, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "supplier_id" })
  supplier?: Supplier;

  @Field(() => ThirdPartyScheme)
  @Column({ type: "varchar", length: 16 })
  scheme: ThirdPartyScheme;

  @Field(() => Date, { description: "The day the assessment or audit took place" })
  @Column({ type: "timestamptz", name: "assessed_at" })
  assessedAt: Date;

  @Field(() => Date, { description: "The end of the scheme's own validity period" })
  @Column({ type: "timestamptz", name: "valid_until" })
  validUntil: Date;

  @Column({ type: "uuid", name: "report_document_id" })
  reportDocumentId: string;

  @ManyToOne(() => Document, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "report_document_id" })
  reportDocument?: Document;

  @Field(() => String, {
    nullable: true,
    description: "The report's or audit's number in the scheme",
  })
  @Column({ type: "varchar", length: 100, nullable: true })
  reference: string | null;

  @Field(() => String, {
    nullable: true,
    description: "The audit firm or assessment body",
  })
  @Column({ type: "varchar", length: 200, nullable: true })
  assessor: string | null;

  @Field(() => GraphQLJSONObject, {
    description: "The scheme's own result as entered (scheme-specific fields)",
  })
  @Column({ type: "jsonb" })
  result: ThirdPartyResult;

  @Column({ type: "uuid", name: "imported_by_id" })
  importedById: string;

  @ManyToOne(() => User, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "imported_by_id" })
  importedBy?: User;

  @Field(() => Date)
  @Column({ type: "timestamptz", name: "imported_at" })
  importedAt: Date;

  @Field(() => Date, { nullable: true })
  @Column({ type: "timestamptz", name: "withdrawn_at", nullable: true })
  withdrawnAt: Date | null;

  @Column({ type: "uuid", name: "withdrawn_by_id", nullable: true })
  withdrawnById: string | null;

  @ManyToOne(() => User, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "withdrawn_by_id" })
  withdrawnBy?: User;

  @Field(() => String, { nullable: true })
  @Column({ type: "varchar", length: 2000, name: "withdraw_reason", nullable: true })
  withdrawReason: string | null;
}
