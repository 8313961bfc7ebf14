import { Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, PrimaryGeneratedColumn } from "typeorm";

/** An ordered list of production stages (PV, BATTERY), seeded; material categories point at one. */
@ObjectType()
@Entity({ name: "supply_chain_tier_set" })
export class SupplyChainTierSet {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Field(() => String)
  @Column({ type: "varchar", length: 40, unique: true })
  code: string;

  @Field(() => String)
  @Column({ type: "varchar", length: 120 })
  name: string;
}
