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
import { Supplier } from "./supplier.entity";
import { Traceability } from "../../shared/domain/sustainability.enums";

/**
 * An auditor's or admin's check of a supplier's sustainability attributes, with the evidence it
 * rests on (SPEC 11). Append-only: a new verification supersedes, none is edited.
 */
@ObjectType()
@Entity({ name: "sustainability_verification" })
@Index("sustainability_verification_supplier_idx", ["supplierId", "verifiedAt"])
@Check(
  "sustainability_verification_shares_check",
  `renewable_electricity_share BETWEEN 0 AND 100 AND third_party_verified_material_share BETWEEN 0 AND 100 AND recycled_content_share BETWEEN 0 AND 100`,
)
export class SustainabilityVerification {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Column({ type: "uuid", name: "supplier_id" })
  supplierId: string;

  @ManyToOne(() => Supplier, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "supplier_id" })
  supplier?: Supplier;

  @Field(() => Float)
  @Column({ type: "double precision", name: "renewable_electricity_share" })
  renewableElectricityShare: number;

  @Field(() => Float)
  @Column({ type: "double precision", name: "third_party_verified_material_share" })
  thirdPartyVerifiedMaterialShare: number;

  @Field(() => Float)
  @Column({ type: "double precision", name: "recycled_content_share" })
  recycledContentShare: number;

  @Field(() => Traceability)
  @Column({ type: "varchar", length: 16 })
  traceability: Traceability;

  @Field(() => Boolean)
  @Column({ type: "boolean", name: "sources_from_protected_area" })
  sourcesFromProtectedArea: boolean;

  @Field(() => [Evidence])
  @Column({ type: "jsonb" })
  evidence: Evidence[];

  @Field(() => String, { nullable: true })
  @Column({ type: "varchar", length: 2000, nullable: true })
  note: string | null;

  @Column({ type: "uuid", name: "verified_by_id" })
  verifiedById: string;

  @ManyToOne(() => User, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "verified_by_id" })
  verifiedBy?: User;

  @Field(() => Date)
  @Column({ type: "timestamptz", name: "verified_at" })
  verifiedAt: Date;
}
