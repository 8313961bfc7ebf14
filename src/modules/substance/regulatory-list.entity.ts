import { Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, PrimaryGeneratedColumn } from "typeorm";

/** A regulation's list of restricted substances (RoHS Annex II, the REACH candidate list...). */
@ObjectType()
@Entity({ name: "regulatory_list" })
export class RegulatoryList {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Field(() => String, { description: "ROHS, REACH_SVHC, BATTERY_ANNEX_I" })
  @Column({ type: "varchar", length: 40, unique: true })
  code: string;

  @Field(() => String)
  @Column({ type: "varchar", length: 300 })
  name: string;

  /** Whether it applies to a material category that has no applicability row (a new one). */
  @Field(() => Boolean, {
    description: "Applies to a material category not set otherwise (one created later)",
  })
  @Column({ type: "boolean", name: "applies_by_default" })
  appliesByDefault: boolean;
}
