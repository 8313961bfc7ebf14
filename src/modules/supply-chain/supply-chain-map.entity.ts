import { Field, ID, Int, ObjectType } from "type-graphql";
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { MaterialCategory } from "../supplier/material-category.entity";
import { Supplier } from "../supplier/supplier.entity";
import { SupplyChainTierSet } from "./tier-set.entity";

/**
 * A supplier's upstream chain for one material category. Every change to its nodes and links
 * (and every verification) bumps `version`: edits name the version they read.
 */
@ObjectType()
@Entity({ name: "supply_chain_map" })
@Index("supply_chain_map_supplier_category_key", ["supplierId", "categoryId"], { unique: true })
export class SupplyChainMap {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Field(() => ID)
  @Column({ type: "uuid", name: "supplier_id" })
  supplierId: string;

  @ManyToOne(() => Supplier, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "supplier_id" })
  supplier?: Supplier;

  @Field(() => ID)
  @Column({ type: "uuid", name: "category_id" })
  categoryId: string;

  @ManyToOne(() => MaterialCategory, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "category_id" })
  category?: MaterialCategory;

  /** Fixed when the map is drawn: its nodes' tiers are this set's. */
  @Field(() => ID)
  @Column({ type: "uuid", name: "tier_set_id" })
  tierSetId: string;

  @ManyToOne(() => SupplyChainTierSet, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "tier_set_id" })
  tierSet?: SupplyChainTierSet;

  @Field(() => Int)
  @Column({ type: "int", default: 1 })
  version: number;

  @Field(() => Date)
  @Column({ type: "timestamptz", name: "created_at" })
  createdAt: Date;

  @Field(() => Date)
  @Column({ type: "timestamptz", name: "updated_at" })
  updatedAt: Date;
}
