import { Field, ID, Int, ObjectType } from "type-graphql";
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from "typeorm";
import { Traceability } from "../../shared/domain/sustainability.enums";

/**
 * The supplier's own statement of its sustainability attributes (SPEC 3 and 11). These columns
 * are what the supplier declared; procurement and scoring use the effective values derived from
 * them and from verifications (scoring/effective-sustainability.ts).
 */
export class DeclaredSustainabilityColumns {
  @Column({ type: "double precision", name: "renewable_electricity_share", default: 0 })
  renewableElectricityShare: number;

  @Column({ type: "double precision", name: "third_party_verified_material_share", default: 0 })
  thirdPartyVerifiedMaterialShare: number;

  @Column({ type: "double precision", name: "recycled_content_share", default: 0 })
  recycledContentShare: number;

  @Column({ type: "varchar", length: 16, default: Traceability.NONE })
  traceability: Traceability;

  @Column({ type: "boolean", name: "sources_from_protected_area", default: false })
  sourcesFromProtectedArea: boolean;
}

@ObjectType()
@Entity({ name: "supplier" })
@Index("supplier_name_id_idx", ["name", "id"])
@Index("supplier_external_id_key", ["externalId"], { unique: true })
@Check(
  "supplier_shares_check",
  `renewable_electricity_share BETWEEN 0 AND 100 AND third_party_verified_material_share BETWEEN 0 AND 100 AND recycled_content_share BETWEEN 0 AND 100`,
)
export class Supplier {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Field(() => String)
  @Column({ type: "varchar", length: 200 })
  name: string;

  @Field(() => String, { nullable: true })
  @Column({ type: "varchar", length: 200, name: "legal_name", nullable: true })
  legalName: string | null;

  @Field(() => String, { nullable: true })
  @Column({
    type: "varchar",
    length: 64,
    name: "registration_number",
    nullable: true,
  })
  registrationNumber: string | null;

  /** The buyer's ERP vendor id: the key a bulk import matches rows by (null: never imported). */
  @Field(() => String, {
    nullable: true,
    description: "The ERP vendor id; bulk imports match by it",
  })
  @Column({ type: "varchar", length: 64, name: "external_id", nullable: true })
  externalId: string | null;

  @Field(() => String, { description: "ISO 3166-1 alpha-2" })
  @Column({ type: "char", length: 2 })
  country: string;

  @Field(() => String)
  @Column({ type: "varchar", length: 254, name: "contact_email" })
  contactEmail: string;

  @Column(() => DeclaredSustainabilityColumns, { prefix: false })
  declared: DeclaredSustainabilityColumns;

  /** When the supplier (or an admin for it) last declared its attributes; null: never. */
  @Column({ type: "timestamptz", name: "sustainability_declared_at", nullable: true })
  sustainabilityDeclaredAt: Date | null;

  /**
   * The latest "sources from a protected area" from anyone (a declaration or a verification of
   * `true`); only a later valid verification of `false` lifts it (SPEC 11).
   */
  @Column({ type: "timestamptz", name: "protected_area_flagged_at", nullable: true })
  protectedAreaFlaggedAt: Date | null;

  /** Set by an admin; blocks procurement regardless of scores (SPEC 8). */
  @Column({ type: "boolean", name: "blocked_by_admin", default: false })
  blockedByAdmin: boolean;

  @Column({
    type: "varchar",
    length: 500,
    name: "block_reason",
    nullable: true,
  })
  blockReason: string | null;

  @Field(() => Boolean)
  @Column({ type: "boolean", default: false })
  archived: boolean;

  @Field(() => Date, { nullable: true })
  @Column({ type: "timestamptz", name: "archived_at", nullable: true })
  archivedAt: Date | null;

  @Field(() => Int, {
    description: "Send it back as expectedVersion when editing",
  })
  @Column({ type: "int", default: 1 })
  version: number;

  @Field(() => Date)
  @CreateDateColumn({ type: "timestamptz", name: "created_at" })
  createdAt: Date;

  @Field(() => Date)
  @UpdateDateColumn({ type: "timestamptz", name: "updated_at" })
  updatedAt: Date;
}
