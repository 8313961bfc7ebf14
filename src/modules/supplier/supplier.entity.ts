import { Field, Float, ID, Int, ObjectType } from "type-graphql";
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from "typeorm";
import { Traceability } from "./traceability.enum";

@ObjectType({
  description: "Attributes procurement uses to prefer lower-impact materials",
})
export class Sustainability {
  @Field(() => Float, {
    description: "Share of electricity from renewable sources, 0-100 %",
  })
  @Column({
    type: "double precision",
    name: "renewable_electricity_share",
    default: 0,
  })
  renewableElectricityShare: number;

  @Field(() => Float, {
    description: "Share of material verified by a third party, 0-100 %",
  })
  @Column({
    type: "double precision",
    name: "third_party_verified_material_share",
    default: 0,
  })
  thirdPartyVerifiedMaterialShare: number;

  @Field(() => Float, { description: "Recycled content, 0-100 %" })
  @Column({
    type: "double precision",
    name: "recycled_content_share",
    default: 0,
  })
  recycledContentShare: number;

  @Field(() => Traceability)
  @Column({ type: "varchar", length: 16, default: Traceability.NONE })
  traceability: Traceability;

  @Field(() => Boolean, {
    description: "Raw materials from globally or nationally significant biodiversity areas",
  })
  @Column({
    type: "boolean",
    name: "sources_from_protected_area",
    default: false,
  })
  sourcesFromProtectedArea: boolean;
}

@ObjectType()
@Entity({ name: "supplier" })
@Index("supplier_name_id_idx", ["name", "id"])
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

  @Field(() => String, { description: "ISO 3166-1 alpha-2" })
  @Column({ type: "char", length: 2 })
  country: string;

  @Field(() => String)
  @Column({ type: "varchar", length: 254, name: "contact_email" })
  contactEmail: string;

  @Field(() => Sustainability)
  @Column(() => Sustainability, { prefix: false })
  sustainability: Sustainability;

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
