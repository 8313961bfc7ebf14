import { Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from "typeorm";
import { MaterialCategory } from "../supplier/material-category.entity";
import { SupplyChainTier } from "./tier.entity";
import { SupplyChainTierSet } from "./tier-set.entity";

/**
 * The tier set a material category's maps use, and the tier its suppliers stand at (a map's
 * root). Admin-changed; a category without a row has no supply-chain map.
 */
@ObjectType()
@Entity({ name: "category_tier_set" })
export class CategoryTierSet {
  @Field(() => ID)
  @PrimaryColumn({ type: "uuid", name: "category_id" })
  categoryId: string;

  @ManyToOne(() => MaterialCategory, { onDelete: "CASCADE" })
  @JoinColumn({ name: "category_id" })
  category?: MaterialCategory;

  @Field(() => ID)
  @Column({ type: "uuid", name: "tier_set_id" })
  tierSetId: string;

  @ManyToOne(() => SupplyChainTierSet, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "tier_set_id" })
  tierSet?: SupplyChainTierSet;

  @Field(() => ID)
  @Column({ type: "uuid", name: "top_tier_id" })
  topTierId: string;

  @ManyToOne(() => SupplyChainTier, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "top_tier_id" })
  topTier?: SupplyChainTier;

  @Field(() => Date)
  @Column({ type: "timestamptz", name: "updated_at" })
  updatedAt: Date;
}
