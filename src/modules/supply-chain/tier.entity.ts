import { Field, ID, Int, ObjectType } from "type-graphql";
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { SupplyChainTierSet } from "./tier-set.entity";

/** One stage of a tier set; position 1 is the origin (the raw material), higher is downstream. */
@ObjectType()
@Entity({ name: "supply_chain_tier" })
@Index("supply_chain_tier_code_key", ["tierSetId", "code"], { unique: true })
@Index("supply_chain_tier_position_key", ["tierSetId", "position"], { unique: true })
export class SupplyChainTier {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Field(() => ID)
  @Column({ type: "uuid", name: "tier_set_id" })
  tierSetId: string;

  @ManyToOne(() => SupplyChainTierSet, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "tier_set_id" })
  tierSet?: SupplyChainTierSet;

  @Field(() => String)
  @Column({ type: "varchar", length: 40 })
  code: string;

  @Field(() => String)
  @Column({ type: "varchar", length: 120 })
  name: string;

  @Field(() => Int, {
    description: "1 is the origin tier; the order links must follow upstream to downstream",
  })
  @Column({ type: "int" })
  position: number;
}
