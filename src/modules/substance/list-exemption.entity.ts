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
import { NUMERIC } from "./numeric";
import { RegulatoryList } from "./regulatory-list.entity";
import { SubstanceGroup } from "./substance-group.entity";
import { Substance } from "./substance.entity";

/**
 * An exemption of a list (RoHS Annex III style): a code a declaration claims, valid between two
 * days. Never edited: a renewal with a new expiry is a new row with the same code, an earlier
 * end a `ListExemptionExpiry`.
 */
@ObjectType()
@Entity({ name: "list_exemption" })
@Index("list_exemption_code_key", ["listId", "code", "validFrom"], { unique: true })
@Check("list_exemption_target_check", `substance_id IS NULL OR group_id IS NULL`)
@Check("list_exemption_validity_check", `expires_at IS NULL OR expires_at >= valid_from`)
@Check(
  "list_exemption_max_check",
  `max_percent IS NULL OR (max_percent > 0 AND max_percent <= 100)`,
)
export class ListExemption {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Column({ type: "uuid", name: "list_id" })
  listId: string;

  @ManyToOne(() => RegulatoryList, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "list_id" })
  list?: RegulatoryList;

  @Field(() => String, { description: 'As the regulation numbers it, e.g. "7(a)"' })
  @Column({ type: "varchar", length: 40 })
  code: string;

  @Field(() => String)
  @Column({ type: "varchar", length: 2000 })
  text: string;

  /** The substance it covers; null with `groupId` null: any entry of the list. */
  @Column({ type: "uuid", name: "substance_id", nullable: true })
  substanceId: string | null;

  @ManyToOne(() => Substance, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "substance_id" })
  substance?: Substance;

  @Column({ type: "uuid", name: "group_id", nullable: true })
  groupId: string | null;

  @ManyToOne(() => SubstanceGroup, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "group_id" })
  group?: SubstanceGroup;

  @Field(() => Float, {
    nullable: true,
    description: "The most it allows, percent w/w (6(c): lead up to 4); null: no ceiling",
  })
  @Column({
    type: "numeric",
    precision: 10,
    scale: 6,
    name: "max_percent",
    nullable: true,
    transformer: NUMERIC,
  })
  maxPercent: number | null;

  @Field(() => String, { description: "First day it applies (ISO day)" })
  @Column({ type: "date", name: "valid_from" })
  validFrom: string;

  /** As adopted; `ListExemption.expiresAt` in the schema is the effective one. */
  @Column({ type: "date", name: "expires_at", nullable: true })
  expiresAt: string | null;
}
